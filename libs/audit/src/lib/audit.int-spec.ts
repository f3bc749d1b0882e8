import { randomUUID } from 'node:crypto';
import { ANONYMOUS, setAuditReason, type Principal } from '@rapor/db';
import { apiKeyFor, failure, operator, regionRole, reviewerOf, startServiceHarness, type ServiceHarness } from '@rapor/testing';
import { UnitsModule, UnitsService } from '@rapor/units';
import { Client } from 'pg';
import { AuditModule } from './audit.module';
import { AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';

// A and B are kabupaten/kota of Kepulauan Bangka Belitung (19); C is Kota Padang in Sumatera Barat (13).
const A = '19.71';
const B = '19.04';
const C = '13.71';

describe('audit log', () => {
  let h: ServiceHarness;
  let service: AuditService;
  const adminA: Principal = { ...regionRole('region_admin', A), userId: randomUUID() };
  const adminB: Principal = { ...regionRole('region_admin', B), userId: randomUUID() };
  const adminC: Principal = { ...regionRole('region_admin', C), userId: randomUUID() };
  const read = (
    p: Principal,
    args: { regionCode?: string | null; entity?: string | null; first?: number; after?: string | null } = {},
  ) => h.as(p, (ctx) => service.page(ctx, { first: 50, ...args }));
  const regionsIn = async (p: Principal, args: { regionCode?: string } = {}) =>
    new Set((await read(p, { first: 200, ...args })).entries.map((e) => e.regionCode));

  beforeAll(async () => {
    h = await startServiceHarness([AuditModule, UnitsModule]);
    service = h.app.get(AuditService);
    const units = h.app.get(UnitsService);
    for (const [p, region] of [
      [adminA, A],
      [adminB, B],
      [adminC, C],
    ] as const) {
      const unit = await h.as(p, (ctx) => units.create(ctx, { regionCode: region, name: 'Dinas Komunikasi dan Informatika' }));
      await h.as(p, (ctx) => units.update(ctx, { regionCode: region, id: unit.id, name: 'Diskominfo' }));
    }
    await h.sql(adminA, `insert into target (region_id, framework_code, year, target_rank) values ($1, 'RB', 2024, 3)`, [A]);
    await h.runner.run(adminA, async (m) => {
      await setAuditReason('target raised after the 2023 result');
      await m.query(`update target set target_rank = 2 where region_id = $1 and framework_code = 'RB' and year = 2024`, [A]);
    });
  });

  afterAll(() => h.close());

  it('shows a region admin the changes of its region: who, when, before, after and why, newest first', async () => {
    const page = await read(adminA);
    expect(new Set(page.entries.map((e) => e.regionCode))).toEqual(new Set([A]));
    expect(page.entries.map((e) => [e.entity, e.action])).toEqual([
      ['target', 'update'],
      ['target', 'insert'],
      ['unit', 'update'],
      ['unit', 'insert'],
    ]);
    const [raised, , renamed] = page.entries;
    expect(raised).toMatchObject({
      actorUserId: adminA.userId,
      actorRole: 'region_admin',
      provinceCode: '19',
      reason: 'target raised after the 2023 result',
      before: expect.objectContaining({ target_rank: 3 }),
      after: expect.objectContaining({ target_rank: 2 }),
      entityKey: { region_id: A, framework_code: 'RB', year: 2024 },
    });
    expect(raised.at).toBeInstanceOf(Date);
    expect(renamed).toMatchObject({
      before: expect.objectContaining({ name: 'Dinas Komunikasi dan Informatika' }),
      after: expect.objectContaining({ name: 'Diskominfo' }),
      reason: null,
    });
    expect(renamed.requestId).toMatch(/^test-request-/);
    expect((await read(adminA, { regionCode: A })).entries).toEqual(page.entries);
  });

  it('shows a reviewer its province’s regions, an operator everything, and filters by region and record kind', async () => {
    expect(await regionsIn(reviewerOf('19'))).toEqual(new Set([A, B]));
    expect(await regionsIn(reviewerOf('19'), { regionCode: B })).toEqual(new Set([B]));
    expect(await regionsIn(reviewerOf('13'))).toEqual(new Set([C]));
    expect(await regionsIn(operator)).toEqual(new Set([A, B, C]));
    const units = await read(operator, { entity: 'unit', first: 200 });
    expect(units.entries).toHaveLength(6);
    expect(new Set(units.entries.map((e) => e.entity))).toEqual(new Set(['unit']));
  });

  it('refuses everyone else with FORBIDDEN, and anonymous callers with UNAUTHENTICATED', async () => {
    const refused: [Principal, string | null][] = [
      [regionRole('region_editor', A), null],
      [regionRole('region_viewer', A), A],
      [apiKeyFor('19'), null],
      [apiKeyFor('19', A), A],
      [adminB, A],
      [adminC, A],
      [reviewerOf('13'), A],
      [{ ...regionRole('region_admin', A), regionId: null }, null],
    ];
    for (const [p, regionCode] of refused) expect((await failure(read(p, { regionCode }))).code).toBe('FORBIDDEN');
    expect((await failure(read(ANONYMOUS))).code).toBe('UNAUTHENTICATED');
  });

  it('hides other regions’ entries in the database itself, whatever the service would allow', async () => {
    const repository = h.app.get(AuditRepository);
    const visible = (p: Principal) =>
      h.runner.run(
        p,
        async () =>
          new Set(
            (await repository.page({ provinceCode: null, regionCode: null, entity: null, afterId: null, limit: 500 })).map(
              (r) => r.regionCode,
            ),
          ),
      );
    expect(await visible(adminA)).toEqual(new Set([A]));
    expect(await visible(adminB)).toEqual(new Set([B]));
    expect(await visible(reviewerOf('13'))).toEqual(new Set([C]));
    for (const p of [regionRole('region_editor', A), regionRole('region_viewer', A), apiKeyFor('19', A), ANONYMOUS]) {
      expect(await visible(p)).toEqual(new Set());
    }
  });

  it('pages with an opaque cursor, without gaps or repeats, and rejects a forged one', async () => {
    const all = (await read(operator, { first: 200 })).entries.map((e) => e.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const page: Awaited<ReturnType<typeof read>> = await read(operator, { first: 3, after });
      seen.push(...page.entries.map((e) => e.id));
      if (!page.hasNextPage) break;
      after = page.endCursor;
    }
    expect(seen).toEqual(all);
    expect(all.length).toBeGreaterThan(3);
    expect(await failure(read(operator, { after: 'bm90LWEtY3Vyc29y' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['after'],
    });
    // A cursor of an entry the caller cannot see reads as the end of the log.
    const foreign = (await read(adminB, { first: 1 })).endCursor;
    expect(await read(adminA, { after: foreign })).toMatchObject({ entries: [], hasNextPage: false, endCursor: null });
  });

  it('is append-only: the API role can neither write, change, delete nor truncate it, and not even the owner can', async () => {
    for (const sql of [
      `update audit_log set reason = 'rewritten'`,
      `delete from audit_log`,
      `insert into audit_log (entity, entity_key, action) values ('unit', '{}', 'insert')`,
      `truncate audit_log`,
    ]) {
      for (const p of [operator, adminA]) expect((await failure(h.sql(p, sql))).driverError?.code).toBe('42501');
    }
    const owner = new Client({ connectionString: h.db.ownerUrl });
    await owner.connect();
    try {
      // Forced row-level security has no update or delete policy, so even the owner's statements match no row...
      expect((await owner.query(`update audit_log set reason = 'rewritten'`)).rowCount).toBe(0);
      expect((await owner.query(`delete from audit_log`)).rowCount).toBe(0);
      // ...and what row-level security does not cover, the trigger refuses.
      await expect(owner.query(`truncate audit_log`)).rejects.toThrow(/append-only/);
    } finally {
      await owner.end();
    }
    expect((await read(operator, { first: 200 })).entries.map((e) => e.reason)).not.toContain('rewritten');
  });
});
