import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { migrate, startEmbeddedPostgres, startLocalDatabase, withCredentials, type LocalDatabase } from '@rapor/db';
import { seedReferenceData } from '@rapor/regions';
import { startTestApp, type TestApp } from './support/app';
import { bearer, createFixtureUser, login } from './support/auth';
import type { TestDatabase } from './support/database';

const SAVE = `mutation($input: SaveReportInput!) { saveReport(input: $input) { id } }`;

// PostgreSQL restarts under a bounded write loop (its own embedded server: the shared test
// server cannot stop). While it is away the API answers 503 SERVICE_UNAVAILABLE, never an
// internal error; it recovers by itself once PostgreSQL is back; no acknowledged write is lost.
describe('PostgreSQL restart under writes', () => {
  const folder = mkdtempSync(join(tmpdir(), 'rapor-restart-'));
  chmodSync(folder, 0o755); // as root, the postgres user must be able to enter it
  let local: LocalDatabase;
  let server: LocalDatabase['server'];
  let t: TestApp;
  let headers: Record<string, string>;

  beforeAll(async () => {
    local = await startLocalDatabase({ folder, database: 'rapor' });
    server = local.server;
    await migrate(local.ownerUrl);
    await seedReferenceData(local.ownerUrl);
    const db = { apiUrl: local.apiUrl, ownerUrl: local.ownerUrl } as TestDatabase;
    t = await startTestApp(db, { DATABASE_POOL_SIZE: '4' });
    headers = bearer((await login(t, await createFixtureUser(db, { reviewerOf: ['19'] }))).accessToken);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await server?.stop();
    rmSync(folder, { recursive: true, force: true });
    rmSync(local?.server.dataDir ?? join(folder, 'none'), { recursive: true, force: true });
  });

  it('answers 503 while it is away, recovers at once, and loses no acknowledged write', async () => {
    const acknowledged: string[] = [];
    const statuses = new Map<string, number>();
    let tried = 0;
    let restartedAt = 0;
    let firstAfterRestart = 0;
    let stopping = false;
    const writer = async (w: number) => {
      for (let i = 0; !stopping; i++) {
        const name = `w${w}-${i}`;
        tried++;
        const res = await t.gql<{ saveReport: { id: string } }>(SAVE, { input: { name, document: '{ provinces { code } }' } }, headers);
        const code = String(res.errors?.[0]?.extensions['code'] ?? 'OK');
        const key = `${res.status} ${code}`;
        statuses.set(key, (statuses.get(key) ?? 0) + 1);
        if (res.status === 200 && res.data?.saveReport) {
          acknowledged.push(name);
          if (restartedAt && !firstAfterRestart) firstAfterRestart = performance.now();
        } else {
          await new Promise((r) => setTimeout(r, 50));
        }
      }
    };
    const writers = Promise.all([0, 1, 2, 3].map(writer));
    await new Promise((r) => setTimeout(r, 1000));
    const beforeStop = acknowledged.length;
    await server.stop();
    await new Promise((r) => setTimeout(r, 1000));
    server = await startEmbeddedPostgres({ dataDir: server.dataDir, adminPassword: local.secrets.adminPassword, port: server.port });
    restartedAt = performance.now();
    const deadline = Date.now() + 20_000;
    while (!firstAfterRestart && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 1000));
    stopping = true;
    await writers;

    const recoveryMs = firstAfterRestart ? Math.round(firstAfterRestart - restartedAt) : null;
    // As the superuser: row-level security (forced, for the owner too) would hide the rows.
    const admin = new Client({ connectionString: withCredentials(local.adminUrl, server.adminUser, local.secrets.adminPassword, 'rapor') });
    await admin.connect();
    const stored = await admin.query<{ name: string }>(`select name from saved_report`).finally(() => admin.end());
    const names = new Set(stored.rows.map((r) => r.name));
    const lost = acknowledged.filter((n) => !names.has(n));
    const summary = { tried, acknowledged: acknowledged.length, lost: lost.length, recoveryMs, statuses: Object.fromEntries(statuses) };
    process.stdout.write(`restart under writes: ${JSON.stringify(summary)}\n`);

    expect(beforeStop).toBeGreaterThan(0);
    expect(lost).toEqual([]);
    expect(recoveryMs).not.toBeNull();
    expect(recoveryMs!).toBeLessThan(2000);
    // Only successes and 503 SERVICE_UNAVAILABLE: no internal error, no other 5xx.
    expect([...statuses.keys()].filter((k) => k !== '200 OK' && k !== '503 SERVICE_UNAVAILABLE')).toEqual([]);
    expect(statuses.get('503 SERVICE_UNAVAILABLE') ?? 0).toBeGreaterThan(0);
  }, 90_000);
});
