import { randomUUID } from 'node:crypto';
import { ANONYMOUS, type Principal } from '@rapor/db';
import { apiKeyFor, failure, operator, regionRole, reviewerOf, startServiceHarness, type ServiceHarness } from '@rapor/testing';
import type { SetTargetArgs } from './dto/target.args';
import { TargetsModule } from './targets.module';
import { TargetsRepository } from './targets.repository';
import { TargetsService } from './targets.service';

// A and B are kabupaten/kota of Kepulauan Bangka Belitung (19, seven regions); C is in Sumatera Barat (13).
const A = '19.71';
const B = '19.04';
const C = '13.71';

describe('targets', () => {
  let h: ServiceHarness;
  let service: TargetsService;
  const adminA: Principal = { ...regionRole('region_admin', A), userId: randomUUID() };
  const adminB: Principal = { ...regionRole('region_admin', B), userId: randomUUID() };
  const set = (p: Principal, args: Partial<SetTargetArgs>) =>
    h.as(p, (ctx) => service.set(ctx, { regionCode: A, frameworkCode: 'RB', year: 2022, ...args } as SetTargetArgs));
  const list = (p: Principal, regionCode = A, frameworkCode: string | null = null) =>
    h.as(p, (ctx) => service.list(ctx, regionCode, frameworkCode));

  beforeAll(async () => {
    h = await startServiceHarness([TargetsModule]);
    service = h.app.get(TargetsService);
  });

  afterAll(() => h.close());

  it('lets the region admin set "B, at least top 3", normalising the category to its band code', async () => {
    const target = await set(adminA, { category: 'B (Baik)', rank: 3, note: 'Naik satu tingkat' });
    expect(target).toMatchObject({
      regionCode: A,
      frameworkCode: 'RB',
      year: 2022,
      category: 'B',
      rank: 3,
      note: 'Naik satu tingkat',
      setBy: adminA.userId,
    });
    expect((await set(adminA, { category: 'bb' })).category).toBe('BB');
    expect(await list(adminA)).toEqual([expect.objectContaining({ category: 'BB', rank: null, note: null })]);
  });

  it('takes targetCategory and targetRank, the names leaderboard rows use, and names them in errors', async () => {
    expect(await set(adminA, { frameworkCode: 'IKM', year: 2025, targetCategory: 'Predikat A', targetRank: 2 })).toMatchObject({ category: 'A', rank: 2 });
    const bad = await failure(set(adminA, { frameworkCode: 'IKM', year: 2025, targetCategory: 'Istimewa' }));
    expect(bad).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['targetCategory'] });
    expect(await failure(set(adminA, { frameworkCode: 'IKM', year: 2025, targetRank: 99 }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['targetRank'] });
    await h.as(adminA, (ctx) => service.clear(ctx, A, 'IKM', 2025));
  });

  it('takes a category only, a rank only, and categories of the scheme that applies to the year', async () => {
    expect(await set(adminA, { frameworkCode: 'SAKIP', year: 2024, rank: 7 })).toMatchObject({ category: null, rank: 7 });
    expect(await set(adminA, { frameworkCode: 'IKM', year: 2024, category: 'Sangat Baik' })).toMatchObject({
      category: 'A',
      rank: null,
    });
    expect(await set(adminA, { frameworkCode: 'RB', year: 2024, category: 'A-' })).toMatchObject({ category: 'A-' });
    const rb = await list(adminA, A, 'RB');
    expect(rb.map((t) => t.year)).toEqual([2024, 2022]);
  });

  it('shows targets to the region’s team, its province’s reviewers and operators', async () => {
    const expected = await list(adminA);
    expect(expected.length).toBeGreaterThan(2);
    for (const p of [regionRole('region_editor', A), regionRole('region_viewer', A), reviewerOf('19'), operator]) {
      expect(await list(p)).toEqual(expected);
    }
  });

  it('rejects every invalid target on its field', async () => {
    const cases: [Partial<SetTargetArgs>, string, RegExp][] = [
      [{ category: null, rank: null }, 'targetCategory', /category, a rank, or both/],
      [{ frameworkCode: 'NOPE', category: 'B' }, 'frameworkCode', /Unknown framework code "NOPE"/],
      [{ frameworkCode: 'RB', year: 2019, rank: 1 }, 'year', /RB .*2019/],
      [{ category: 'Istimewa' }, 'category', /"Istimewa"/],
      // A- exists from 2023 only: the 2022 scheme does not know it.
      [{ category: 'A-' }, 'category', /"A-"/],
      [{ rank: 8 }, 'rank', /between 1 and 7/],
    ];
    for (const [args, field, message] of cases) {
      const error = await failure(set(adminA, args));
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(error.fields).toContain(field);
      expect(error.message).toMatch(message);
    }
    expect(await failure(set(adminA, { regionCode: '19.99', rank: 1 }))).toMatchObject({
      code: 'NOT_FOUND',
      fields: ['regionCode'],
    });
  });

  it('keeps other regions, other provinces and API keys from reading', async () => {
    for (const p of [
      adminB,
      regionRole('region_viewer', B),
      regionRole('region_admin', C),
      reviewerOf('13'),
      apiKeyFor('19'),
      apiKeyFor('19', A),
    ]) {
      expect((await failure(list(p))).code).toBe('FORBIDDEN');
    }
    expect((await failure(list(ANONYMOUS))).code).toBe('UNAUTHENTICATED');
    const repository = h.app.get(TargetsRepository);
    for (const p of [adminB, regionRole('region_admin', C), reviewerOf('13'), apiKeyFor('19', A)]) {
      expect(await h.runner.run(p, () => repository.ofRegion(A, null))).toEqual([]);
    }
  });

  it('lets a reviewer of the province set and clear a region’s targets, recorded with who set them', async () => {
    const reviewer: Principal = { ...reviewerOf('19'), userId: randomUUID() };
    const target = await set(reviewer, { frameworkCode: 'SAKIP', year: 2025, category: 'Predikat B', rank: 3, note: 'Kesepakatan provinsi' });
    expect(target).toMatchObject({ regionCode: A, category: 'B', rank: 3, setBy: reviewer.userId, setByRole: 'reviewer' });
    // The region's team sees who set it.
    expect(await list(adminA, A, 'SAKIP')).toEqual(expect.arrayContaining([expect.objectContaining({ year: 2025, setBy: reviewer.userId, setByRole: 'reviewer' })]));
    // The region admin may replace it: then it is the admin's.
    expect(await set(adminA, { frameworkCode: 'SAKIP', year: 2025, category: 'BB' })).toMatchObject({ setBy: adminA.userId, setByRole: 'region_admin' });
    expect(await h.as(reviewer, (ctx) => service.clear(ctx, A, 'SAKIP', 2025))).toBe(true);
    const [audit] = await h.sql<{ actor_user_id: string }>(
      operator,
      `select actor_user_id from audit_log where entity = 'target' and entity_key = $1::jsonb and action = 'delete'`,
      [JSON.stringify({ region_id: A, framework_code: 'SAKIP', year: 2025 })],
    );
    expect(audit.actor_user_id).toBe(reviewer.userId);
  });

  it('keeps a reviewer of another province from setting targets, in the service and in the database', async () => {
    const other = reviewerOf('13');
    expect(await failure(set(other, { rank: 1 }))).toMatchObject({ code: 'FORBIDDEN' });
    expect((await failure(h.as(other, (ctx) => service.clear(ctx, A, 'RB', 2022)))).code).toBe('FORBIDDEN');
    const raw = await failure(h.sql(other, `insert into target (region_id, framework_code, year, target_rank) values ($1, 'OPINI_BPK', 2024, 1)`, [A]));
    expect(raw.driverError?.code).toBe('42501');
    // A reviewer of 19 cannot write a region of 13 either.
    const cross = await failure(h.sql(reviewerOf('19'), `insert into target (region_id, framework_code, year, target_rank) values ($1, 'OPINI_BPK', 2024, 1)`, [C]));
    expect(cross.driverError?.code).toBe('42501');
    await set(operator, { regionCode: C, frameworkCode: 'OPINI_BPK', year: 2024, rank: 2 });
    expect(
      await h.sql(reviewerOf('19'), `with u as (update target set target_rank = 1 where region_id = $1 returning 1) select count(*)::int as n from u`, [C]),
    ).toEqual([{ n: 0 }]);
    expect(await failure(set(reviewerOf('19'), { regionCode: C, frameworkCode: 'OPINI_BPK', year: 2024, rank: 1 }))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lets nobody but the region admin, a reviewer of its province or an operator write, in the service and in the database', async () => {
    const writers = [
      adminB,
      regionRole('region_admin', C),
      regionRole('region_editor', A),
      reviewerOf('13'),
      apiKeyFor('19', A),
    ];
    for (const p of writers) {
      expect((await failure(set(p, { rank: 1 }))).code).toBe('FORBIDDEN');
      expect((await failure(h.as(p, (ctx) => service.clear(ctx, A, 'RB', 2022)))).code).toBe('FORBIDDEN');
      const raw = await failure(
        h.sql(p, `insert into target (region_id, framework_code, year, target_rank) values ($1, 'OPINI_BPK', 2023, 1)`, [A]),
      );
      // 42501: refused by the insert policy; 25006: an API key's transaction is read-only.
      expect(p.role === 'api_key' ? '25006' : '42501').toBe(raw.driverError?.code);
      const remove = h.sql(
        p,
        `with d as (delete from target where region_id = $1 returning 1) select count(*)::int as n from d`,
        [A],
      );
      if (p.role === 'api_key') expect((await failure(remove)).driverError?.code).toBe('25006');
      else expect(await remove).toEqual([{ n: 0 }]);
    }
    expect(await set(operator, { frameworkCode: 'OPINI_BPK', year: 2023, category: 'Wajar Tanpa Pengecualian' })).toMatchObject({
      category: 'WTP',
    });
  });

  it('clears a target, and reports a missing one as NOT_FOUND', async () => {
    expect(await h.as(adminA, (ctx) => service.clear(ctx, A, 'OPINI_BPK', 2023))).toBe(true);
    expect(await list(adminA, A, 'OPINI_BPK')).toEqual([]);
    expect(await failure(h.as(adminA, (ctx) => service.clear(ctx, A, 'OPINI_BPK', 2023)))).toMatchObject({ code: 'NOT_FOUND' });
    // Another region's target looks absent from one's own region.
    await set(adminB, { regionCode: B, rank: 2 });
    expect(await failure(h.as(adminA, (ctx) => service.clear(ctx, A, 'RB', 2021)))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('audits setting, replacing and clearing with who, before and after', async () => {
    await set(adminA, { frameworkCode: 'SPBE', year: 2023, category: 'Baik' });
    await set(adminA, { frameworkCode: 'SPBE', year: 2023, category: 'Sangat Baik', rank: 2 });
    await h.as(adminA, (ctx) => service.clear(ctx, A, 'SPBE', 2023));
    const rows = await h.sql<{
      action: string;
      actor_user_id: string;
      before: { target_category: string } | null;
      after: { target_category: string; target_rank: number } | null;
    }>(
      operator,
      `select action, actor_user_id, before, after from audit_log where entity = 'target' and entity_key = $1::jsonb order by id`,
      [JSON.stringify({ region_id: A, framework_code: 'SPBE', year: 2023 })],
    );
    expect(
      rows.map((r) => [
        r.action,
        r.before?.target_category ?? null,
        r.after?.target_category ?? null,
        r.after?.target_rank ?? null,
      ]),
    ).toEqual([
      ['insert', null, 'BAIK', null],
      ['update', 'BAIK', 'SANGAT_BAIK', 2],
      ['delete', 'SANGAT_BAIK', null, null],
    ]);
    expect(new Set(rows.map((r) => r.actor_user_id))).toEqual(new Set([adminA.userId]));
  });
});
