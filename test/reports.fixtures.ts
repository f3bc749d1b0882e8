import { AssessmentsRepository, AssessmentsService } from '@rapor/assessments';
import { createDataSource, TenantTransactionRunner } from '@rapor/db';
import { RequestContext } from '@rapor/platform';
import {
  bearer,
  createFixtureUser,
  createTestDatabase,
  login,
  reviewerOf,
  uniqueEmail,
  type TestDatabase,
} from './support';
import { startTestApp, type TestApp } from './support/app';

/** Who calls, in the reports' end-to-end tests. */
export const CALLERS = ['operator', 'reviewer35', 'admin3578', 'viewer3579', 'reviewer19'] as const;
export type Caller = (typeof CALLERS)[number];

/** Report API keys of the tests: Jawa Timur (35), Kota Surabaya (35.78), Bangka Belitung (19). */
export const KEY_SCOPES = {
  key35: { provinceCode: '35' },
  key3578: { regionCode: '35.78' },
  key19: { provinceCode: '19' },
} as const;
export type KeyName = keyof typeof KEY_SCOPES;

export interface ReportsWorld {
  db: TestDatabase;
  t: TestApp;
  /** Headers of a signed-in caller or an API key. */
  as(who: Caller | KeyName): Record<string, string>;
  secrets: Record<KeyName, string>;
  close(): Promise<void>;
}

const KEY_CREATORS: Record<KeyName, Caller> = { key35: 'reviewer35', key3578: 'admin3578', key19: 'reviewer19' };

/**
 * Publishes official composite results of one framework and year for a province, through the
 * product's own services as the province's reviewer.
 */
export async function publishOfficialResults(
  apiUrl: string,
  provinceCode: string,
  frameworkCode: string,
  year: number,
  rows: [string, string][],
): Promise<void> {
  const ds = await createDataSource({ url: apiUrl, poolSize: 1 }).initialize();
  const runner = new TenantTransactionRunner(ds);
  const service = new AssessmentsService(new AssessmentsRepository());
  const reviewer = reviewerOf(provinceCode);
  const as = <T>(fn: (ctx: RequestContext) => Promise<T>) =>
    runner.run(reviewer, () => fn(new RequestContext('report-fixture', reviewer)));
  try {
    const period = await as((c) => service.openPeriod(c, { provinceCode, frameworkCode, year, version: null, deadline: null }));
    const raw = rows.map(([region, value], i) => ({ line: i + 2, region, value, category: null, source: 'test fixture' }));
    const report = await as((c) => service.importOfficialResults(c, period.id, raw, { dryRun: false, source: 'test fixture' }));
    if (!report.valid) throw new Error(`fixture import failed: ${JSON.stringify(report.rows)}`);
    await as((c) => service.closeEntry(c, period.id));
    await as((c) => service.publish(c, period.id));
  } finally {
    await ds.destroy();
  }
}

/**
 * A test database with (unless `data: false`) the demo template (Jawa Timur, 35: published RB,
 * SAKIP, IKM, IPP, Ombudsman and Opini BPK results, and a live SAKIP 2024 period) and SAKIP
 * 2023 published for Bangka Belitung (19); the API serving it (with `env`), signed-in callers
 * and report API keys.
 */
export async function startReportsWorld(options: { env?: Record<string, string>; data?: boolean } = {}): Promise<ReportsWorld> {
  const data = options.data !== false;
  const db = await createTestDatabase({ demo: data });
  if (data) {
    await publishOfficialResults(db.apiUrl, '19', 'SAKIP', 2023, [
      ['19.71', '71.5'],
      ['19.01', '64.25'],
      ['19.04', '58'],
    ]);
  }
  // Per-key rate limits off unless a test sets them (its suites make hundreds of requests).
  const t = await startTestApp(db, { API_KEY_RATE_LIMIT: '0', ...options.env });
  const specs: Record<Caller, Parameters<typeof createFixtureUser>[1]> = {
    operator: { operator: true },
    reviewer35: { reviewerOf: ['35'] },
    admin3578: { regions: { '35.78': 'admin' } },
    viewer3579: { regions: { '35.79': 'viewer' } },
    reviewer19: { reviewerOf: ['19'] },
  };
  const tokens = {} as Record<Caller, string>;
  for (const who of CALLERS) {
    const user = await createFixtureUser(db, { ...specs[who], email: uniqueEmail(who) });
    tokens[who] = (await login(t, user)).accessToken;
  }
  const secrets = {} as Record<KeyName, string>;
  for (const [name, scope] of Object.entries(KEY_SCOPES) as [KeyName, (typeof KEY_SCOPES)[KeyName]][]) {
    const res = await t.gql<{ createApiKey: { secret: string } }>(
      `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`,
      { input: { name: `reports ${name}`, ...scope } },
      bearer(tokens[KEY_CREATORS[name]]),
    );
    if (!res.data) throw new Error(`creating API key ${name} failed: ${JSON.stringify(res.errors)}`);
    secrets[name] = res.data.createApiKey.secret;
  }
  return {
    db,
    t,
    secrets,
    as: (who) => (who in secrets ? { 'x-api-key': secrets[who as KeyName] } : bearer(tokens[who as Caller])),
    async close() {
      await t.close();
      await db.drop();
    },
  };
}
