import { AsyncLocalStorage } from 'node:async_hooks';
import type { Principal } from './principal';

/** The statements of the current tenant transaction: rows of `sql` with bound `params`. */
export interface TenantDb {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows are typed by the caller, as with EntityManager.query
  query<T = any>(sql: string, params?: readonly unknown[]): Promise<T>;
  /**
   * A read that ends the transaction when it is the unit of work's first statement: it travels
   * with the opening and `COMMIT` in one write (one round trip), and any statement after it runs
   * in a new transaction of its own (another snapshot). Otherwise the same as `query`. For a
   * read whose answer usually settles the request: a kept board's version probe.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows are typed by the caller
  queryEnding?<T = any>(sql: string, params?: readonly unknown[]): Promise<T>;
}

interface TenantStore {
  readonly manager: TenantDb;
  readonly principal: Principal;
}

const storage = new AsyncLocalStorage<TenantStore>();

/** Thrown when code that must run inside a tenant transaction runs outside one. */
export class MissingTenantTransactionError extends Error {
  constructor() {
    super('No tenant transaction is active: database work must run inside TenantTransactionRunner.run()');
    this.name = 'MissingTenantTransactionError';
  }
}

/** Runs `fn` with `manager` as the current tenant transaction. */
export function withTenantStore<T>(store: TenantStore, fn: () => Promise<T>): Promise<T> {
  return storage.run(store, fn);
}

/**
 * The EntityManager of the current request's transaction. Repositories call this for
 * every query; it throws outside a transaction so that no query can run without the
 * principal's settings (the lesson of Vendure #1603).
 */
export function currentManager(): TenantDb {
  const store = storage.getStore();
  if (!store) throw new MissingTenantTransactionError();
  return store.manager;
}

/** `TenantDb.queryEnding` on the current transaction (`query` where the manager has no such read). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows are typed by the caller
export function queryEnding<T = any>(sql: string, params?: readonly unknown[]): Promise<T> {
  const manager = currentManager();
  return manager.queryEnding ? manager.queryEnding<T>(sql, params) : manager.query<T>(sql, params);
}

/** The principal of the current tenant transaction. */
export function currentPrincipal(): Principal {
  const store = storage.getStore();
  if (!store) throw new MissingTenantTransactionError();
  return store.principal;
}

/** True when called inside a tenant transaction. */
export function inTenantTransaction(): boolean {
  return storage.getStore() !== undefined;
}
