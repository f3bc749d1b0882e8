import type { DataSource, EntityManager } from 'typeorm';
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
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dataSource.transaction(async (manager) => {
          const { sql, params } = settingsStatement(principal, options);
          await manager.query(sql, params);
          return withTenantStore({ manager, principal }, () => work(manager));
        });
      } catch (error) {
        const code = (error as { driverError?: { code?: string }; code?: string }).driverError?.code;
        if (attempt >= MAX_ATTEMPTS || !code || !RETRYABLE.has(code)) throw error;
      }
    }
  }
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
