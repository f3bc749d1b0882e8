import type { PoolClient } from 'pg';
import { QueryFailedError, type DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { isDatabaseUnavailable } from './errors';
import { preparedName } from './prepared';
import { principalSettings, type Principal } from './principal';
import { withTenantStore, inTenantTransaction, currentPrincipal, currentManager, type TenantDb } from './tenant-context';

// 40001 serialization_failure, 40P01 deadlock_detected: safe to retry the whole transaction.
const RETRYABLE = new Set(['40001', '40P01']);
const MAX_ATTEMPTS = 3;

/** A bound parameter of a statement. */
export type SqlParam = string | number | boolean | null | Date | Buffer | readonly unknown[] | Record<string, unknown>;

/** Options of one unit of work. */
export interface RunOptions {
  /** Written to `app.request_id`, so the audit log can name the request. */
  requestId?: string;
  /**
   * A statement that travels with the opening (after `BEGIN` and the settings, before the work's
   * first statement) and whose rows `verify` must accept before any answer reaches the work; when
   * it throws, the transaction rolls back and the run fails with its error. The work sending
   * nothing still sends it. The session re-check of a GraphQL query rides here. A check the
   * database accepted once (the same object) is not sent again.
   */
  check?: OpeningCheck;
}

/** See `RunOptions.check`. */
export interface OpeningCheck {
  readonly sql: string;
  readonly params: readonly SqlParam[];
  verify(rows: unknown[]): void;
}

// Opening checks the database already accepted. A check object belongs to one request (the
// authentication guard makes one per request): once answered, it vouches for that request's
// later transactions as the check before the transaction once did, and is not sent again.
const accepted = new WeakSet<OpeningCheck>();

/** Builds the single statement that opens every tenant transaction. */
export function settingsStatement(p: Principal, options: RunOptions = {}): { sql: string; params: string[] } {
  const settings = [...principalSettings(p), ['app.request_id', options.requestId ?? ''] as [string, string]];
  const calls = settings.map((_, i) => `set_config($${i * 2 + 1}, $${i * 2 + 2}, true)`);
  return { sql: `select ${calls.join(', ')}`, params: settings.flat() };
}

/**
 * One tenant transaction on one pooled connection (pg in pipeline mode). Nothing is sent until
 * the work's first statement: `BEGIN`, the principal's settings and that statement then leave
 * in one write and are answered in one round trip; each later statement is one more. A unit of
 * work that sends nothing costs no round trip at all.
 *
 * A first statement sent with `queryEnding` ends the transaction in the same write:
 * `BEGIN READ ONLY`, the settings, the opening check, the read and `COMMIT` (one round trip).
 * Read only, so nothing can be kept even when the opening check then refuses; the settings are
 * transaction-local, so the connection goes back to the pool without them; an error in any of
 * the statements aborts the transaction, and its `COMMIT` becomes a rollback. A statement after
 * it opens a new transaction (`BEGIN` and the settings again, without the check: it was answered).
 */
class PipelinedTransaction implements TenantDb {
  /** Statements written but not yet sent: `BEGIN` and the settings, until the first statement. */
  private head: { sql: string; params: readonly unknown[] }[];
  private readonly settings: { sql: string; params: string[] };
  /** The opening check, until it was sent. */
  private check: OpeningCheck | undefined;
  /** Resolves once `BEGIN` and the settings succeeded (of each transaction so far); rejects with their error. */
  private opened: Promise<unknown> | null = null;
  private begun = false;

  constructor(
    private readonly client: PoolClient,
    private readonly log: (sql: string) => void,
    principal: Principal,
    options: RunOptions,
  ) {
    this.settings = settingsStatement(principal, options);
    this.head = this.opening();
    this.check = options.check && !accepted.has(options.check) ? options.check : undefined;
    if (this.check) this.head.push({ sql: this.check.sql, params: this.check.params });
  }

  /** `BEGIN` and the principal's settings: the head of every transaction of this unit of work. */
  private opening(): { sql: string; params: readonly unknown[] }[] {
    return [
      { sql: 'BEGIN', params: [] },
      { sql: this.settings.sql, params: this.settings.params },
    ];
  }

  /** True once `BEGIN` and the settings were answered: the work may have read or written. */
  get started(): Promise<boolean> {
    return this.opened ? this.opened.then(() => true, () => false) : Promise.resolve(false);
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows are typed by the caller
  async query<T = any>(sql: string, params?: readonly unknown[]): Promise<T> {
    return (await this.batch([{ sql, params }]))[0] as T;
  }

  /** Sends `statements` (after `BEGIN` and the settings when not yet sent) in one write; their rows. */
  async batch(statements: readonly { sql: string; params?: readonly unknown[] }[]): Promise<unknown[][]> {
    const stream = (this.client as unknown as { connection: { stream: { cork(): void; uncork(): void } } }).connection.stream;
    stream.cork();
    let sent: Promise<unknown[]>[];
    try {
      if (!this.begun) {
        this.begun = true;
        const head = this.head.map((s) => this.send(s.sql, s.params));
        const check = this.check;
        this.check = undefined;
        // A later transaction of the unit of work (after `queryEnding`) still answers with the
        // first one's refusal: a refused check is never outlived by a statement after it.
        const before = this.opened;
        const opening = Promise.all(head).then((answers) => {
          if (!check) return;
          check.verify(answers[2]);
          accepted.add(check);
        });
        this.opened = before ? Promise.all([before, opening]) : opening;
        this.head = [];
      }
      sent = statements.map((s) => this.send(s.sql, s.params));
    } finally {
      stream.uncork();
    }
    // Settle everything before answering, so no rejection goes unobserved; the opening's error
    // (a broken connection, a refused setting) is the one to report.
    const [opening, ...results] = await Promise.allSettled([this.opened, ...sent]);
    if (opening.status === 'rejected') throw opening.reason;
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;
    return results.map((r) => (r as PromiseFulfilledResult<unknown[]>).value);
  }

  /** See `TenantDb.queryEnding`. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows are typed by the caller
  async queryEnding<T = any>(sql: string, params?: readonly unknown[]): Promise<T> {
    if (this.begun) return this.query<T>(sql, params);
    this.head[0] = { sql: 'BEGIN READ ONLY', params: [] };
    // Ended once written: whatever the answers, this transaction is over (COMMIT or, after an
    // error, its rollback), so a statement after it opens the next one.
    const answers = this.batch([{ sql, params }, { sql: 'COMMIT', params: [] }]);
    this.begun = false;
    this.head = this.opening();
    return (await answers)[0] as T;
  }

  /** Ends the transaction: `COMMIT` when anything was sent (the opening check always is); fails when the check did. */
  async commit(): Promise<void> {
    if (!this.begun && this.check) {
      await this.batch([{ sql: 'COMMIT', params: [] }]);
      return;
    }
    if (this.opened) await this.opened;
    if (this.begun) await this.send('COMMIT', []);
  }

  /**
   * The work failed: when its opening check has not been sent yet, sends it now, so that a
   * refused check wins over the work's own error (as when the check ran before the work).
   */
  async verifyBeforeFailing(): Promise<void> {
    if (!this.begun && this.check) await this.batch([{ sql: 'ROLLBACK', params: [] }]);
    else if (this.opened) await this.opened;
  }

  async rollback(): Promise<void> {
    if (this.begun) await this.send('ROLLBACK', []);
  }

  /** Runs `sql` and commits, in one round trip (with the opening when nothing was sent yet). */
  async queryAndCommit<T>(sql: string, params: readonly unknown[]): Promise<T[]> {
    const [rows] = await this.batch([{ sql, params }, { sql: 'COMMIT', params: [] }]);
    return rows as T[];
  }

  private send(sql: string, params: readonly unknown[] | undefined): Promise<unknown[]> {
    this.log(sql);
    const name = preparedName(sql);
    const values = params as unknown[] | undefined;
    const query = name ? this.client.query({ name, text: sql, values }) : this.client.query(sql, values);
    return query.then(
      // As EntityManager.query answers: UPDATE and DELETE give [rows, affected count].
      ({ command, rows, rowCount }) => (command === 'UPDATE' || command === 'DELETE' ? [rows, rowCount] : rows),
      (error: Error) => {
        throw new QueryFailedError(sql, values, error);
      },
    );
  }
}

/**
 * Opens one transaction per unit of work, whose first statement sets the principal with
 * transaction-local `set_config(..., true)`, so a pooled connection (PgBouncer in
 * transaction mode) never carries one request's tenant into the next. The only way the API
 * runs SQL as a tenant.
 */
export class TenantTransactionRunner {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * One statement in a transaction of its own under the principal's settings, with bound
   * parameters, in one round trip (`BEGIN`, settings, the statement and `COMMIT` leave in one
   * write): the per-request checks (session, API key, rate limit). `retry` once more on a fresh
   * connection when the one it got was broken (reads only).
   */
  async single<T>(principal: Principal, sql: string, params: readonly SqlParam[] = [], options: { retry?: boolean } = {}): Promise<T[]> {
    try {
      return await this.transaction(principal, {}, (tx) => tx.queryAndCommit<T>(sql, params), false);
    } catch (error) {
      if (!options.retry || !isDatabaseUnavailable(error)) throw error;
      return this.transaction(principal, {}, (tx) => tx.queryAndCommit<T>(sql, params), false);
    }
  }

  /**
   * Runs `work` in a tenant transaction for `principal`. Nested calls with the same
   * principal join the open transaction; deadlocks and serialization failures retry.
   */
  async run<T>(principal: Principal, work: (db: TenantDb) => Promise<T>, options: RunOptions = {}): Promise<T> {
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
        return await this.transaction(
          principal,
          options,
          async (tx) => {
            try {
              let result: T;
              try {
                result = await withTenantStore({ manager: tx, principal }, () => work(tx));
              } catch (error) {
                await tx.verifyBeforeFailing();
                throw error;
              }
              await tx.commit();
              return result;
            } finally {
              started = await tx.started;
            }
          },
          true,
        );
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

  /** Checks a connection out for `body`; rolls back on failure and gives a broken connection up. */
  private async transaction<T>(
    principal: Principal,
    options: RunOptions,
    body: (tx: PipelinedTransaction) => Promise<T>,
    rollback: boolean,
  ): Promise<T> {
    const [client, giveBack] = (await (this.dataSource.driver as PostgresDriver).obtainMasterConnection()) as [PoolClient, (err?: unknown) => void];
    // A checked-out connection has no listener of the pool's: a server that goes away (restart,
    // administrator command) would otherwise be an unhandled 'error' event.
    let lost: unknown = undefined;
    const onError = (error: unknown) => (lost = error);
    client.on('error', onError);
    const release = (broken?: unknown) => {
      client.removeListener('error', onError);
      giveBack(broken ?? lost);
    };
    const tx = new PipelinedTransaction(client, (sql) => this.dataSource.logger.logQuery(sql), principal, options);
    try {
      const result = await body(tx);
      release();
      return result;
    } catch (error) {
      // A one-shot statement's COMMIT travelled with it, so its connection is idle again.
      let broken: unknown = isDatabaseUnavailable(error) ? error : undefined;
      if (rollback && !broken) await tx.rollback().catch((e: unknown) => (broken = e));
      release(broken);
      throw error;
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
