import { escapeLiteral, type Pool } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { isDatabaseUnavailable } from './errors';
import { principalSettings, type Principal } from './principal';
import { withTenantStore, inTenantTransaction, currentPrincipal, currentManager } from './tenant-context';

// 40001 serialization_failure, 40P01 deadlock_detected: safe to retry the whole transaction.
const RETRYABLE = new Set(['40001', '40P01']);
const MAX_ATTEMPTS = 3;

/** Options of one unit of work. */
export interface RunOptions {
  /** Written to `app.request_id`, so the audit log can name the request. */
  requestId?: string;
}

/** Builds the single statement that opens every tenant transaction. */
export function settingsStatement(p: Principal, options: RunOptions = {}): { sql: string; params: string[] } {
  const settings = [...principalSettings(p), ['app.request_id', options.requestId ?? ''] as [string, string]];
  const calls = settings.map((_, i) => `set_config($${i * 2 + 1}, $${i * 2 + 2}, true)`);
  return { sql: `select ${calls.join(', ')}`, params: settings.flat() };
}

/**
 * Opens one transaction per unit of work, whose first statement sets the principal with
 * transaction-local `set_config(..., true)`, so a pooled connection (PgBouncer in
 * transaction mode) never carries one request's tenant into the next.
 */
export class TenantTransactionRunner {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * One read statement under the principal's settings in a single round trip: the
   * settings and the statement travel as one simple-query message, which PostgreSQL runs as
   * one implicit transaction (so the transaction-local settings end with it). For the hot
   * per-request checks; parameters are inlined as escaped literals.
   */
  async readOnce<T>(principal: Principal, sql: string, params: readonly (string | number | boolean | null)[] = []): Promise<T[]> {
    try {
      return await this.once<T>(principal, sql, params);
    } catch (error) {
      // A read: once more on a fresh connection when the one it got was broken.
      if (!isDatabaseUnavailable(error)) throw error;
      return this.once<T>(principal, sql, params);
    }
  }

  /**
   * One statement that writes, under the principal's settings in a single round trip (as
   * `readOnce`, never retried): for the per-request counters (rate limits).
   */
  async writeOnce<T>(principal: Principal, sql: string, params: readonly (string | number | boolean | null)[] = []): Promise<T[]> {
    return this.once<T>(principal, sql, params);
  }

  private async once<T>(principal: Principal, sql: string, params: readonly (string | number | boolean | null)[]): Promise<T[]> {
    const settings = settingsStatement(principal);
    const text = `${inline(settings.sql, settings.params)}; ${inline(sql, params)}`;
    this.dataSource.logger.logQuery(text);
    const pool = (this.dataSource.driver as unknown as { master: Pool }).master;
    const results = (await pool.query(text)) as unknown as { rows: T[] }[];
    return results[results.length - 1].rows;
  }

  /**
   * Runs `work` in a tenant transaction for `principal`. Nested calls with the same
   * principal join the open transaction; deadlocks and serialization failures retry.
   */
  async run<T>(principal: Principal, work: (manager: EntityManager) => Promise<T>, options: RunOptions = {}): Promise<T> {
    if (inTenantTransaction()) {
      if (!samePrincipal(currentPrincipal(), principal)) {
        throw new Error('A tenant transaction cannot be nested under another principal');
      }
      return work(currentManager());
    }
    let reconnected = false;
    for (let attempt = 1; ; attempt++) {
      let started = false;
      try {
        return await this.dataSource.transaction(async (manager) => {
          const { sql, params } = settingsStatement(principal, options);
          await manager.query(sql, params);
          started = true;
          return withTenantStore({ manager, principal }, () => work(manager));
        });
      } catch (error) {
        // The connection broke before the work sent anything (connecting, BEGIN or the
        // settings): nothing was read or written, so once more on a fresh connection.
        if (!started && !reconnected && isDatabaseUnavailable(error)) {
          reconnected = true;
          continue;
        }
        const code = (error as { driverError?: { code?: string }; code?: string }).driverError?.code;
        if (attempt >= MAX_ATTEMPTS || !code || !RETRYABLE.has(code)) throw error;
      }
    }
  }
}

/** Inlines `$n` parameters as SQL literals (strings, numbers, booleans, null). */
function inline(sql: string, params: readonly (string | number | boolean | null)[]): string {
  return sql.replace(/\$(\d+)/g, (_, n: string) => {
    const value = params[Number(n) - 1];
    if (value === null || value === undefined) return 'null';
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new Error('non-finite parameter');
      return String(value);
    }
    if (typeof value === 'boolean') return value ? 'true' : 'false';
    return escapeLiteral(value);
  });
}

function samePrincipal(a: Principal, b: Principal): boolean {
  return (
    a.userId === b.userId &&
    a.role === b.role &&
    a.provinceId === b.provinceId &&
    a.regionId === b.regionId &&
    (a.apiKeyId ?? null) === (b.apiKeyId ?? null)
  );
}
