import { Module, type DynamicModule, type INestApplicationContext, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppError, DbModule, TenantTransactionRunner, type DataSourceConfig, type Principal } from '@rapor/db';
import { RequestContext } from '@rapor/platform';
import { createTestDatabase, type TestDatabase, type TestDatabaseOptions } from './database';

/** Feature modules wired as in the API, on a fresh test database, connected as the unprivileged API role. */
export interface ServiceHarness {
  db: TestDatabase;
  app: INestApplicationContext;
  runner: TenantTransactionRunner;
  /** Runs `fn` in one tenant transaction as `principal`, with a request context, like a GraphQL root field. */
  as<T>(principal: Principal, fn: (ctx: RequestContext) => Promise<T>): Promise<T>;
  /** Runs raw SQL as `principal` (the API role, under row-level security). */
  sql<T = Record<string, unknown>>(principal: Principal, sql: string, params?: unknown[]): Promise<T[]>;
  /** `'ok'` when the raw SQL succeeds as `principal`, else the SQLSTATE it failed with (e.g. `42501`). */
  sqlState(principal: Principal, sql: string, params?: unknown[]): Promise<string>;
  close(): Promise<void>;
}

let requests = 0;

/** Runs `fn` on `runner` in one tenant transaction as `principal`, with a request context of its own, like a GraphQL root field. */
export function runAs<T>(runner: TenantTransactionRunner, principal: Principal, fn: (ctx: RequestContext) => Promise<T>): Promise<T> {
  const ctx = new RequestContext(`test-request-${++requests}`, principal);
  return runner.run(principal, () => fn(ctx), { requestId: ctx.requestId });
}

/** The database module's settings a spec may change (e.g. `logQuery` to count the statements sent). */
export type HarnessDatabaseOptions = Omit<DataSourceConfig, 'url'>;

/** Boots `modules` (and the database module) without HTTP, for service-level integration tests; `clone` picks the template (e.g. the demo one). */
export async function startServiceHarness(
  modules: (Type | DynamicModule)[],
  database: HarnessDatabaseOptions = {},
  clone: TestDatabaseOptions = {},
): Promise<ServiceHarness> {
  const db = await createTestDatabase(clone);
  @Module({ imports: [DbModule.forRoot({ poolSize: 3, ...database, url: db.apiUrl }), ...modules] })
  class HarnessModule {}
  const app = await NestFactory.createApplicationContext(HarnessModule, { logger: false });
  const runner = app.get(TenantTransactionRunner);
  return {
    db,
    app,
    runner,
    as: (principal, fn) => runAs(runner, principal, fn),
    sql: (principal, sql, params = []) => runner.run(principal, (m) => m.query(sql, params)),
    sqlState: (principal, sql, params = []) =>
      runner.run(principal, (m) => m.query(sql, params)).then(
        () => 'ok',
        (error: { driverError?: { code?: string } }) => error.driverError?.code ?? String(error),
      ),
    async close() {
      await app.close();
      await db.drop();
    },
  };
}

/** The error a promise rejects with; fails the test when it resolves. */
export async function failure(promise: Promise<unknown>): Promise<AppError & { driverError?: { code?: string } }> {
  try {
    await promise;
  } catch (error) {
    return error as AppError & { driverError?: { code?: string } };
  }
  throw new Error('expected a failure, but it succeeded');
}
