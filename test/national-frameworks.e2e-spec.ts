import { AssessmentsService } from '@rapor/assessments';
import { TenantTransactionRunner } from '@rapor/db';
import { competitionRanks, shippedDefinition } from '@rapor/domain';
import type { RequestContext } from '@rapor/platform';
import { createTestDatabase, reviewerOf, signInAll, type FixtureUserSpec, type TestDatabase } from '@rapor/testing';
import { startTestApp, type TestApp } from './support/app';

// All 514 regions published for SAKIP 2023 through each province's official import, then ranked
// nationally over GraphQL; and the framework reads and operator-only additions.
describe('national leaderboard of 514 regions, and frameworks over GraphQL', () => {
  let db: TestDatabase;
  let t: TestApp;
  let h: Record<string, Record<string, string>> = {};
  const values = new Map<string, number>();

  beforeAll(async () => {
    db = await createTestDatabase();
    t = await startTestApp(db);
    const accounts: Record<string, FixtureUserSpec> = { operator: { operator: true }, viewer: { regions: { '13.71': 'viewer' } }, editor: { regions: { '19.71': 'editor' } } };
    h = (await signInAll(db, t, accounts)).headers;
    // Each province's reviewer imports through the application's own service.
    const service = t.app.get(AssessmentsService);
    const regions: { id: string; province_id: string }[] = await t.app
      .get(TenantTransactionRunner)
      .run(reviewerOf('11'), (m) => m.query(`select id, province_id from region order by id`));
    const provinces = [...new Set(regions.map((r) => r.province_id))];
    for (const province of provinces) {
      const as = <T>(fn: (c: RequestContext) => Promise<T>) => t.as(reviewerOf(province), fn);
      const period = await as((c) => service.openPeriod(c, { provinceCode: province, frameworkCode: 'SAKIP', year: 2023, version: null, deadline: null }));
      // Deterministic values with ties: many regions share a value.
      const rows = regions
        .filter((r) => r.province_id === province)
        .map((r, i) => {
          const value = 40 + ((Number(r.id.replace('.', '')) * 7) % 55) + (i % 2) * 0.004;
          values.set(r.id, value);
          return { line: i + 2, region: r.id, value: value.toFixed(3), category: null, source: 'test' };
        });
      await as((c) => service.importOfficialResults(c, period.id, rows, { dryRun: false, source: 'test' }));
      await as((c) => service.closeEntry(c, period.id));
      await as((c) => service.publish(c, period.id));
    }
  }, 120000);

  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  const NATIONAL = `{ nationalLeaderboard(frameworkCode: "SAKIP", year: 2023) {
    provinces { provinceCode regionCount rankByMean } regions { regionCode value nationalRank nationalCount } } }`;

  it('ranks all 514 regions nationally with competition ranking at the precision', async () => {
    const res = await t.gql<{ nationalLeaderboard: { provinces: unknown[]; regions: { regionCode: string; nationalRank: number; nationalCount: number }[] } }>(NATIONAL, {}, h.operator);
    expect(res.errors).toBeUndefined();
    const board = res.data!.nationalLeaderboard;
    expect(board.provinces).toHaveLength(38);
    expect(board.regions).toHaveLength(514);
    const codes = [...values.keys()];
    const expected = competitionRanks(codes.map((c) => values.get(c)!), 2);
    const byCode = new Map(board.regions.map((r) => [r.regionCode, r.nationalRank]));
    expect(codes.map((c) => byCode.get(c))).toEqual(expected);
    expect(board.regions.every((r) => r.nationalCount === 514)).toBe(true);
  });

  it('shows a region team the same national board: every region, every province with its coverage', async () => {
    const asViewer = await t.gql<{ nationalLeaderboard: unknown }>(NATIONAL, {}, h.viewer);
    const asOperator = await t.gql<{ nationalLeaderboard: unknown }>(NATIONAL, {}, h.operator);
    expect(asViewer.data).toEqual(asOperator.data);
    const board = await t.gql<{ nationalLeaderboard: { provinces: { regionsWithValue: number; regionsInProvince: number; coveragePercent: number; unrankedReason: string | null }[] } }>(
      `{ nationalLeaderboard(frameworkCode: "SAKIP", year: 2023) { provinces { regionsWithValue regionsInProvince coveragePercent unrankedReason } } }`,
      {},
      h.viewer,
    );
    const provinces = board.data!.nationalLeaderboard.provinces;
    expect(provinces.reduce((n, p) => n + p.regionsInProvince, 0)).toBe(514);
    expect(provinces.every((p) => p.regionsWithValue === p.regionsInProvince && p.coveragePercent === 100 && p.unrankedReason === null)).toBe(true);
    const bad = await t.gql(`{ nationalLeaderboard(frameworkCode: "SAKIP", year: 2023, minCoveragePercent: 120) { year } }`, {}, h.viewer);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['minCoveragePercent'] });
  });

  it('reads frameworks when signed in, and lets operators alone add a version', async () => {
    expect((await t.gql(`{ frameworks { code } }`)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const read = await t.gql<{ frameworks: { code: string; status: string; schemes: { bands: { code: string }[] }[] }[] }>(
      `{ frameworks(code: "IKM") { code status schemes { bands { code } } } }`,
      {},
      h.viewer,
    );
    expect(read.data!.frameworks[0].schemes[0].bands.map((b) => b.code)).toEqual(['A', 'B', 'C', 'D']);
    const definition = { ...shippedDefinition('SPBE', '1'), code: 'SPBE_PILOT', version: 'x1' };
    const ADD = `mutation($d: String!) { addFrameworkVersion(definitionJson: $d) { code version source locked } }`;
    expect((await t.gql(ADD, { d: JSON.stringify(definition) }, h.editor)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const broken = await t.gql(ADD, { d: JSON.stringify({ ...definition, scale: { ...definition.scale, min: 9, max: 1 } }) }, h.operator);
    expect(broken.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(broken.errors?.[0].extensions.fields).toEqual(expect.arrayContaining(['definitionJson.scale.max']));
    const added = await t.gql(ADD, { d: JSON.stringify(definition) }, h.operator);
    expect(added.data).toEqual({ addFrameworkVersion: { code: 'SPBE_PILOT', version: 'x1', source: 'operator', locked: false } });
  });
});
