import { AssessmentsModule, AssessmentsService } from '@rapor/assessments';
import { ANONYMOUS, type Principal } from '@rapor/db';
import { flattenNodes, isLeaf, shippedDefinition } from '@rapor/domain';
import type { RequestContext } from '@rapor/platform';
import { apiKeyFor, failure, operator, regionRole, reviewerOf, startServiceHarness, type ServiceHarness } from '@rapor/testing';
import { InsightsService } from './insights.service';
import { LeaderboardsModule } from './leaderboards.module';

// Published composites are public nationally (issue 14 item 9); the national board ranks
// provinces only with enough coverage and keeps demo periods apart (issue 16 items 3, 4, 6).
//   19 Kepulauan Bangka Belitung: IKM 2023 entered for all 7 regions (with evidence), published;
//      IKM 2024 open with a draft.
//   13 Sumatera Barat: IKM 2023 imported for 3 of its 19 regions, published.
//   35 Jawa Timur: IKM 2023 and IKM 2022 published and marked as demo data.
describe('national board and what a published result is', () => {
  let h: ServiceHarness;
  let insights: InsightsService;
  let assessments: AssessmentsService;
  const as: ServiceHarness['as'] = (p, fn) => h.as(p, fn);
  const sql = <T = Record<string, unknown>>(p: Principal, text: string, params: unknown[] = []) => h.sql<T>(p, text, params);
  const sqlState: ServiceHarness['sqlState'] = (p, text, params) => h.sqlState(p, text, params);
  // `seen` receives the request context the board was read in (e.g. to read the demo data it noted).
  const national = (p: Principal, over: Partial<Parameters<InsightsService['national']>[1]> = {}, seen?: (ctx: RequestContext) => void) =>
    as(p, (c) => {
      seen?.(c);
      return insights.national(c, { frameworkCode: 'IKM', year: 2023, kind: null, includeDemo: false, minCoveragePercent: 80, ...over });
    });

  const elements = flattenNodes(shippedDefinition('IKM', '2017'))
    .filter((f) => isLeaf(f.node))
    .map((f) => f.node.code);
  const rows = (mean: number) =>
    elements.map((nodeCode) => ({
      nodeCode,
      unitId: null,
      value: mean,
      publishedCategory: null,
      evidenceUrl: 'https://example.go.id/skm-2023.pdf',
      evidenceNote: 'Laporan SKM',
      evidenceRef: null,
    }));
  const BABEL = ['19.01', '19.02', '19.03', '19.04', '19.05', '19.06', '19.71'];
  let published19: string;
  let open19: string;

  const importPublished = async (province: string, year: number, values: [string, string][], demo = false) => {
    const reviewer = reviewerOf(province);
    const period = await as(reviewer, (c) => assessments.openPeriod(c, { provinceCode: province, frameworkCode: 'IKM', year, version: null, deadline: null }));
    const raw = values.map(([region, value], i) => ({ line: i + 2, region, value, category: null, source: 'test' }));
    await as(reviewer, (c) => assessments.importOfficialResults(c, period.id, raw, { dryRun: false, source: 'test' }));
    await as(reviewer, (c) => assessments.closeEntry(c, period.id));
    await as(reviewer, (c) => assessments.publish(c, period.id));
    if (demo) await sql(reviewer, `update assessment_period set is_demo = true where id = $1`, [period.id]);
  };

  beforeAll(async () => {
    h = await startServiceHarness([AssessmentsModule, LeaderboardsModule], { poolSize: 2 });
    assessments = h.app.get(AssessmentsService);
    insights = h.app.get(InsightsService);
    const reviewer = reviewerOf('19');
    published19 = (await as(reviewer, (c) => assessments.openPeriod(c, { provinceCode: '19', frameworkCode: 'IKM', year: 2023, version: null, deadline: null }))).id;
    for (const [i, region] of BABEL.entries()) {
      await as(regionRole('region_editor', region), (c) => assessments.saveValues(c, { periodId: published19, regionCode: region, rows: rows(3 + i / 10) }));
      await as(regionRole('region_admin', region), (c) => assessments.submit(c, published19, region));
      await as(reviewer, (c) => assessments.acceptSubmission(c, published19, region));
    }
    await as(reviewer, (c) => assessments.closeEntry(c, published19));
    await as(reviewer, (c) => assessments.publish(c, published19));
    open19 = (await as(reviewer, (c) => assessments.openPeriod(c, { provinceCode: '19', frameworkCode: 'IKM', year: 2024, version: null, deadline: null }))).id;
    await as(regionRole('region_editor', '19.71'), (c) => assessments.saveValues(c, { periodId: open19, regionCode: '19.71', rows: rows(2) }));

    await importPublished('13', 2023, [
      ['13.01', '95.125'],
      ['13.02', '94.5'],
      ['13.03', '96'],
    ]);
    const jatim: string[] = (await sql<{ id: string }>(operator, `select id from region where province_id = '35' order by id`)).map((r) => r.id);
    await importPublished('35', 2023, jatim.map((r, i) => [r, String(60 + (i % 5))]), true);
    await importPublished('35', 2022, jatim.map((r) => [r, '70']), true);
  }, 120000);

  afterAll(() => h.close());

  describe('row-level security', () => {
    const elsewhere = [reviewerOf('13'), regionRole('region_viewer', '13.71'), regionRole('region_admin', '13.71'), apiKeyFor('13'), apiKeyFor('13', '13.71')];

    it('shows another province the published composites of a region, and nothing else of it', async () => {
      for (const p of elsewhere) {
        const results = await sql<{ region_id: string; node_code: string; rank: number }>(
          p,
          `select region_id, node_code, rank from published_result where province_id = '19' order by rank, region_id`,
        );
        expect(results.map((r) => [r.region_id, r.node_code])).toEqual([...BABEL].reverse().map((r) => [r, '*']));
        expect(results.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7]);
        const periods = await sql<{ id: string }>(p, `select id from assessment_period where province_id = '19'`);
        expect(periods.map((r) => r.id)).toEqual([published19]);
      }
      // The same query within the province also returns the elements' (area) results.
      const own = await sql<{ n: number }>(regionRole('region_viewer', '19.01'), `select count(*)::int as n from published_result where node_code <> '*'`);
      expect(own[0].n).toBe(7 * elements.length);
    });

    it('refuses another province what stays hidden: indicator values and evidence, drafts, provisional results, submissions, open periods', async () => {
      for (const p of elsewhere) {
        for (const table of ['assessment_value', 'region_result', 'region_submission', 'target', 'innovation', 'unit']) {
          const [{ n }] = await sql<{ n: number }>(p, `select count(*)::int as n from ${table} where province_id = '19'`);
          expect([table, n]).toEqual([table, 0]);
        }
        const [{ n }] = await sql<{ n: number }>(p, `select count(*)::int as n from published_result where province_id = '19' and node_code <> '*'`);
        expect(n).toBe(0);
        expect(await sql(p, `select id from assessment_period where id = $1`, [open19])).toEqual([]);
      }
      // Within the province, a reviewer sees the evidence, and the draft of the open period too.
      const [{ n }] = await sql<{ n: number }>(reviewerOf('19'), `select count(*)::int as n from assessment_value where evidence_url is not null`);
      expect(n).toBe(8 * elements.length);
    });

    it('shows nothing published to a caller who is not signed in', async () => {
      expect(await sql(ANONYMOUS, `select * from published_result`)).toEqual([]);
      expect(await sql(ANONYMOUS, `select * from assessment_period`)).toEqual([]);
    });

    it('refuses another province’s writes to published results and periods', async () => {
      const insert = `insert into published_result (region_id, period_id, revision, node_code, value, complete, source) values ('19.71', $1, 9, '*', 1, true, 'official')`;
      expect(await sqlState(reviewerOf('13'), insert, [published19])).toBe('42501');
      const [, touched] = await h.runner.run(reviewerOf('13'), (m) => m.query(`update assessment_period set deadline = '2030-01-01' where province_id = '19'`));
      expect(touched).toBe(0);
      // Nobody deletes or updates published results (not even within the province).
      expect(await sqlState(reviewerOf('13'), `delete from published_result where province_id = '19'`)).toBe('42501');
      expect(await sqlState(reviewerOf('13'), `update published_result set value = 100 where province_id = '19'`)).toBe('42501');
    });
  });

  describe('nationalLeaderboard', () => {
    it('is the same board for every caller, listing every province and every region with a value', async () => {
      const board = await national(regionRole('region_viewer', '13.71'));
      for (const p of [reviewerOf('19'), apiKeyFor('35'), operator, regionRole('region_viewer', '19.71')]) {
        expect(await national(p)).toEqual(board);
      }
      expect(board.provinces).toHaveLength(38);
      expect(board.regions.map((r) => r.regionCode).sort()).toEqual(['13.01', '13.02', '13.03', ...BABEL].sort());
      expect(board.regions[0]).toMatchObject({ regionCode: '13.03', value: 96, nationalRank: 1, nationalCount: 10, provinceRank: 1, provinceRankedCount: 3, demo: false });
      expect((await failure(as(ANONYMOUS, (c) => insights.national(c, { frameworkCode: 'IKM', year: 2023, kind: null, includeDemo: false, minCoveragePercent: 80 })))).code).toBe('UNAUTHENTICATED');
    });

    it('carries each province’s coverage and leaves provinces under the threshold unranked, with the reason', async () => {
      const board = await national(reviewerOf('19'));
      const byCode = new Map(board.provinces.map((p) => [p.provinceCode, p]));
      expect(byCode.get('19')).toMatchObject({ regionsWithValue: 7, regionsInProvince: 7, coveragePercent: 100, rankByMean: 1, rankByMedian: 1, unrankedReason: null });
      expect(byCode.get('13')).toMatchObject({
        regionsWithValue: 3,
        regionsInProvince: 19,
        coveragePercent: 15.8,
        rankByMean: null,
        rankByMedian: null,
        unrankedReason: 'LOW_COVERAGE',
        unrankedNote: '3 of 19 kab/kota (15.8%) have a value; 80% needed to be ranked',
      });
      expect(byCode.get('11')).toMatchObject({ regionsWithValue: 0, mean: null, rankByMean: null, unrankedReason: 'NO_DATA' });
      expect(board.provinces.slice(0, 2).map((p) => p.provinceCode)).toEqual(['19', '13']);
      // With a lower threshold, Sumatera Barat's three high values rank it first.
      const lenient = await national(reviewerOf('19'), { minCoveragePercent: 10 });
      expect(lenient.provinces.slice(0, 2).map((p) => [p.provinceCode, p.rankByMean])).toEqual([['13', 1], ['19', 2]]);
      expect(lenient.minCoveragePercent).toBe(10);
      expect((await failure(national(reviewerOf('19'), { minCoveragePercent: 120 }))).fields).toEqual(['minCoveragePercent']);
    });

    it('returns means and medians exact, at one decimal more than the framework’s precision', async () => {
      const board = await national(reviewerOf('19'), { minCoveragePercent: 0 });
      const sumbar = board.provinces.find((p) => p.provinceCode === '13')!;
      // (95.125 + 94.5 + 96) / 3 = 95.2083…; IKM is published at 2 decimals.
      expect(sumbar).toMatchObject({ mean: 95.208, median: 95.125, min: 94.5, max: 96 });
      const babel = board.provinces.find((p) => p.provinceCode === '19')!;
      expect(babel).toMatchObject({ mean: 82.5, median: 82.5, min: 75, max: 90 });
      for (const value of [...board.provinces.flatMap((p) => [p.mean, p.median, p.min, p.max]), ...board.regions.map((r) => r.value)]) {
        if (value !== null) expect(Math.abs(value * 1000 - Math.round(value * 1000))).toBeLessThan(1e-6);
      }
    });

    it('computes percentiles in exact numeric, where percentile_cont leaves float noise', async () => {
      const [row] = await sql<{ exact: string; p25: string; empty: string | null; float: number }>(
        reviewerOf('19'),
        `select exact_percentile(array[47.00, 47.01]::numeric[], 0.5)::text as exact,
                exact_percentile(array[1, 2, 3, 4]::numeric[], 0.25)::text as p25,
                exact_percentile(array[]::numeric[], 0.5) as empty,
                (select percentile_cont(0.5) within group (order by v) from unnest(array[47.00, 47.01]) v) as float`,
      );
      expect(row).toEqual({ exact: '47.005', p25: '1.75', empty: null, float: 47.004999999999995 });
    });

    it('leaves demo periods out while real data exists, and labels them when asked for', async () => {
      const board = await national(operator);
      expect(board).toMatchObject({ includesDemo: false, demoLeftOut: true });
      expect(board.regions.some((r) => r.provinceCode === '35')).toBe(false);
      expect(board.provinces.find((p) => p.provinceCode === '35')).toMatchObject({ regionsWithValue: 0, demo: false, unrankedReason: 'NO_DATA' });

      let ctx: RequestContext | undefined;
      const withDemo = await national(operator, { includeDemo: true }, (c) => (ctx = c));
      expect(withDemo).toMatchObject({ includesDemo: true, demoLeftOut: false });
      const jatim = withDemo.regions.filter((r) => r.provinceCode === '35');
      expect(jatim).toHaveLength(38);
      expect(jatim.every((r) => r.demo)).toBe(true);
      expect(withDemo.regions.filter((r) => r.provinceCode !== '35').every((r) => !r.demo)).toBe(true);
      expect(withDemo.provinces.find((p) => p.provinceCode === '35')).toMatchObject({ regionsWithValue: 38, demo: true, rankByMean: 2 });
      expect([...ctx!.demoData]).toEqual(['IKM 2023, province 35']);

      // A year with demo data only shows it, labelled.
      const demoOnly = await national(regionRole('region_viewer', '13.71'), { year: 2022 });
      expect(demoOnly).toMatchObject({ includesDemo: true, demoLeftOut: false });
      expect(demoOnly.regions).toHaveLength(38);
      expect(demoOnly.regions.every((r) => r.demo && r.nationalRank === 1)).toBe(true);
    });

    it('ranks regions of one kind', async () => {
      const kota = await national(reviewerOf('13'), { kind: 'kota' });
      expect(kota.regions.map((r) => [r.regionCode, r.nationalRank, r.nationalCount])).toEqual([['19.71', 1, 1]]);
    });
  });
});
