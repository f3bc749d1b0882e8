import type { DataSource } from 'typeorm';
import { apiKeyFor, operator, regionRole, reviewerOf, startServiceHarness, type ServiceHarness } from '@rapor/testing';
import { DATA_SOURCE } from './db.module';
import { ANONYMOUS, type Principal } from './principal';
import { currentManager, MissingTenantTransactionError } from './tenant-context';
import { TenantTransactionRunner } from './tenant-transaction';

// Region A and B are in Kepulauan Bangka Belitung (19); C is in Sumatera Barat (13).
const A = '19.71';
const B = '19.04';
const C = '13.71';

describe('row-level security on tenant rows, as the API role', () => {
  let h: ServiceHarness;
  // The runner under test and its own pool (raw queries on it see what a transaction left behind).
  let ds: DataSource;
  let runner: TenantTransactionRunner;

  const units = (p: Principal) =>
    runner.run(p, (m) => m.query(`select region_id, name from unit order by region_id, name`)) as Promise<
      { region_id: string; name: string }[]
    >;
  const sqlState = (p: Principal, sql: string, params: unknown[] = []) => h.sqlState(p, sql, params);

  beforeAll(async () => {
    h = await startServiceHarness([], { poolSize: 2 });
    runner = h.runner;
    ds = h.app.get<DataSource>(DATA_SOURCE);
    await runner.run(operator, (m) =>
      m.query(`insert into unit (region_id, name) values ($1, 'Disdukcapil A'), ($2, 'Disdukcapil B'), ($3, 'Disdukcapil C')`, [
        A,
        B,
        C,
      ]),
    );
  });

  afterAll(() => h.close());

  it('shows a region team only its own region', async () => {
    for (const role of ['region_admin', 'region_editor', 'region_viewer'] as const) {
      expect((await units(regionRole(role, A))).map((u) => u.region_id)).toEqual([A]);
    }
  });

  it('shows a reviewer every region of its province and nothing of another province', async () => {
    expect((await units(reviewerOf('19'))).map((u) => u.region_id)).toEqual([B, A]);
    expect((await units(reviewerOf('13'))).map((u) => u.region_id)).toEqual([C]);
  });

  it('shows nothing private without a context, to an API key, or to a role with no scope', async () => {
    expect(await units(ANONYMOUS)).toEqual([]);
    expect(await units(apiKeyFor('19', A))).toEqual([]);
    expect(await units({ ...regionRole('region_admin', A), regionId: null })).toEqual([]);
    const raw = await ds.query(`select count(*)::int as n from unit`);
    expect(raw[0].n).toBe(0);
  });

  it('refuses inserts into another region, by another province, and by non-admins', async () => {
    const insert = `insert into unit (region_id, name) values ($1, $2)`;
    expect(await sqlState(regionRole('region_admin', A), insert, [B, 'Forged'])).toBe('42501');
    expect(await sqlState(regionRole('region_admin', A), insert, [C, 'Forged'])).toBe('42501');
    expect(await sqlState(regionRole('region_editor', A), insert, [A, 'Not an admin'])).toBe('42501');
    expect(await sqlState(reviewerOf('19'), insert, [A, 'Reviewer'])).toBe('42501');
    // An API key's transaction is read-only (25006) before any policy is even asked.
    expect(await sqlState(apiKeyFor('19', A), insert, [A, 'Key'])).toBe('25006');
    expect(await sqlState(ANONYMOUS, insert, [A, 'Anonymous'])).toBe('42501');
    expect(await sqlState(regionRole('region_admin', A), insert, [A, 'Own unit'])).toBe('ok');
  });

  it('makes updates and deletes of another region touch nothing', async () => {
    const admin = regionRole('region_admin', A);
    const updated = await runner.run(admin, (m) => m.query(`update unit set name = 'Hijacked' where region_id <> $1`, [A]));
    expect(updated[1]).toBe(0);
    const deleted = await runner.run(admin, (m) => m.query(`delete from unit where region_id <> $1`, [A]));
    expect(deleted[1]).toBe(0);
    const names = (await units(operator)).map((u) => u.name);
    expect(names).toEqual(expect.arrayContaining(['Disdukcapil B', 'Disdukcapil C']));
    expect(names).not.toContain('Hijacked');
  });

  it('refuses moving an own row into another region (WITH CHECK)', async () => {
    expect(await sqlState(regionRole('region_admin', A), `update unit set region_id = $1 where region_id = $2`, [B, A])).toBe('42501');
  });

  it('keeps every interleaved transaction on a pool of 2 to its own region', async () => {
    const regions = [A, B, C];
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) => {
        const region = regions[i % 3];
        return runner.run(regionRole('region_viewer', region), async (m) => {
          await new Promise((r) => setTimeout(r, (i * 7) % 5));
          const rows: { region_id: string }[] = await m.query(`select region_id from unit`);
          const [setting] = await m.query(`select current_setting('app.region_id', true) as r`);
          return { region, seen: rows.map((r) => r.region_id), setting: setting.r as string };
        });
      }),
    );
    for (const r of results) {
      expect(r.seen.length).toBeGreaterThan(0);
      expect(new Set(r.seen)).toEqual(new Set([r.region]));
      expect(r.setting).toBe(r.region);
    }
    // After the transactions, the pooled connections carry no tenant.
    const after = await Promise.all([ds.query(`select current_setting('app.region_id', true) as r`), ds.query(`select count(*)::int as n from unit`)]);
    expect(after[0][0].r ?? '').toBe('');
    expect(after[1][0].n).toBe(0);
  });

  it('refuses repository work outside a tenant transaction', () => {
    expect(() => currentManager()).toThrow(MissingTenantTransactionError);
  });

  it('refuses nesting a transaction under another principal', async () => {
    await expect(
      runner.run(regionRole('region_viewer', A), () => runner.run(regionRole('region_viewer', B), async () => 1)),
    ).rejects.toThrow(/nested/);
  });
});
