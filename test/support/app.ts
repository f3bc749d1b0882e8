import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { TenantTransactionRunner, type Principal } from '@rapor/db';
import type { RequestContext } from '@rapor/platform';
import { loadConfig } from '../../apps/api/src/config/config';
import { createApp } from '../../apps/api/src/server';
import type { TestDatabase } from './database';
import { runAs } from './services';

/** Counts the SQL statements the application sends (the one-statement-per-list proof). */
export class QueryCounter {
  statements: string[] = [];
  reset(): void {
    this.statements = [];
  }
  /** Statements other than transaction control and the principal's settings. */
  get dataStatements(): string[] {
    return this.statements.filter((s) => !/^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|select set_config)/i.test(s.trim()));
  }
}

export interface TestApp {
  app: INestApplication;
  queries: QueryCounter;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{ status: number; data: T | null; errors?: { message: string; extensions: Record<string, unknown> }[] }>;
  /** Runs `fn` in one tenant transaction of the application's runner as `principal` (fixtures through the real services). */
  as<T>(principal: Principal, fn: (ctx: RequestContext) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Boots the real application on a test database, connected as the unprivileged API role. */
export async function startTestApp(db: TestDatabase, env: Record<string, string> = {}): Promise<TestApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: db.apiUrl,
    JWT_SECRET: 'test-secret-test-secret-test-secret-0123',
    LOG_LEVEL: 'silent',
    DATABASE_POOL_SIZE: '4',
    ...env,
  });
  const queries = new QueryCounter();
  const app = await createApp(config, { logQuery: (sql) => queries.statements.push(sql) });
  await app.init();
  return {
    app,
    queries,
    async gql(query, variables, headers = {}) {
      const res = await request(app.getHttpServer())
        .post('/graphql')
        .set({ 'content-type': 'application/json', ...headers })
        .send({ query, variables });
      return { status: res.status, data: res.body.data ?? null, errors: res.body.errors };
    },
    as: (principal, fn) => runAs(app.get(TenantTransactionRunner), principal, fn),
    close: () => app.close(),
  };
}
