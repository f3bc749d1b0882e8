import { AssessmentsModule, AssessmentsService } from '@rapor/assessments';
import type { Principal } from '@rapor/db';
import { apiKeyFor, failure, operator, regionRole, reviewerOf, startServiceHarness, type ServiceHarness } from '@rapor/testing';
import { flattenNodes, isLeaf, shippedDefinition } from '@rapor/domain';
import { InsightsService } from './insights.service';
import { LeaderboardsModule } from './leaderboards.module';
import { LeaderboardsService } from './leaderboards.service';

// Kepulauan Bangka Belitung (19): seven regions, official results imported and published.
describe('province leaderboards', () => {
  let h: ServiceHarness;
  const statements: string[] = [];
  let assessments: AssessmentsService;
  let boards: LeaderboardsService;
  const reviewer = reviewerOf('19');
  const viewer = regionRole('region_viewer', '19.71');
  const as: ServiceHarness['as'] = (p, fn) => h.as(p, fn);
  const board = (p: Principal, over: Partial<Parameters<LeaderboardsService['leaderboard']>[1]> = {}) =>
    as(p, (c) =>
      boards.leaderboard(c, {
        provinceCode: '19',
        frameworkCode: 'SAKIP',
        year: 2023,
        provisional: false,
        node: '*',
        kind: null,
        peerGroupId: null,
        sortBy: 'RANK',
        direction: 'ASC',
        ...over,
      }),
    );
  const publishImport = async (code: string, year: number, rows: [string, string | null, string | null][], publish = true) => {
    const period = await as(reviewer, (c) => assessments.openPeriod(c, { provinceCode: '19', frameworkCode: code, year, version: null, deadline: null }));
    const raw = rows.map(([region, value, category], i) => ({ line: i + 2, region, value, category, source: 'test' }));
    const report = await as(reviewer, (c) => assessments.importOfficialResults(c, period.id, raw, { dryRun: false, source: 'test' }));
    expect(report.valid).toBe(true);
    if (publish) {
      await as(reviewer, (c) => assessments.closeEntry(c, period.id));
      await as(reviewer, (c) => assessments.publish(c, period.id));
    }
  };

  beforeAll(async () => {
    h = await startServiceHarness([AssessmentsModule, LeaderboardsModule], { poolSize: 2, logQuery: (sql) => statements.push(sql) });
    assessments = h.app.get(AssessmentsService);
    boards = h.app.get(LeaderboardsService);
    await publishImport('SAKIP', 2022, [
      ['19.01', '60', null],
      ['19.02', '62', null],
      ['19.03', '64', null],
      ['19.05', '81', null],
      ['19.06', '59', null],
      ['19.71', '70.5', null],
    ]);
    await publishImport('SAKIP', 2023, [
      ['19.01', '70.004', null],
      ['19.02', '70.00', null],
      ['19.03', '65', null],
      ['19.05', '80', null],
      ['19.06', '60', 'BB'],
      ['19.71', '75', null],
    ]);
    await publishImport('RB', 2022, [['19.71', '55', null], ['19.01', '60', null]]);
    await publishImport('RB', 2023, [['19.71', '58', 'CC'], ['19.01', '61', 'B']]);
    await publishImport('SAKIP', 2024, [['19.71', '77', null], ['19.01', '71', null]], false);
    await h.runner.run(regionRole('region_admin', '19.71'), (m) =>
      m.query(`insert into target (region_id, framework_code, year, target_category, target_rank) values ('19.71', 'SAKIP', 2023, 'A', 1)`),
    );
  });

  afterAll(() => h.close());

  it('ranks by competition ranking at the framework’s precision, no data last and unranked', async () => {
    const b = await board(viewer);
    expect(b.rows.map((r) => [r.regionCode, r.rank])).toEqual([
      ['19.05', 1],
      ['19.71', 2],
      ['19.01', 3],
      ['19.02', 3],
      ['19.03', 5],
      ['19.06', 6],
      ['19.04', null],
    ]);
    expect(b.rows.find((r) => r.regionCode === '19.04')).toMatchObject({ value: null, rank: null, gapToLeader: null });
    expect(b.rows[0]).toMatchObject({ rankedCount: 6, gapToLeader: 0, gapToNextRankUp: null });
    expect(b.median).toBeCloseTo(70, 6);
  });

  it('computes gaps, movement and the target distance', async () => {
    const b = await board(viewer);
    const pk = b.rows.find((r) => r.regionCode === '19.71')!;
    expect(pk).toMatchObject({ gapToLeader: 5, gapToNextRankUp: 5, gapToMedian: -5, previousValue: 70.5, previousRank: 2, rankChange: 0, valueChange: 4.5 });
    expect(pk).toMatchObject({ targetCategory: 'A', targetRank: 1, targetRankGap: 1, targetCategoryGap: 5.01 });
    const bangka = b.rows.find((r) => r.regionCode === '19.01')!;
    expect(bangka).toMatchObject({ previousRank: 5, rankChange: 2 });
    expect(b).toMatchObject({ previousYear: 2022, comparableWithPrevious: true });
  });

  it('flags the published/computed category mismatch', async () => {
    const b = await board(viewer);
    expect(b.rows.find((r) => r.regionCode === '19.06')).toMatchObject({ publishedCategory: 'BB', computedCategory: 'CC', category: 'BB', categoryMismatch: true });
  });

  it('flags movement across framework versions as not comparable', async () => {
    const b = await board(viewer, { frameworkCode: 'RB', year: 2023 });
    expect(b).toMatchObject({ frameworkVersion: '2023', previousFrameworkVersion: '2020', comparableWithPrevious: false });
    expect(b.comparabilityNote).toMatch(/not comparable/);
  });

  it('filters by kind and sorts by any column', async () => {
    const kota = await board(viewer, { kind: 'kota' });
    expect(kota.rows.map((r) => [r.regionCode, r.rank, r.provinceRank])).toEqual([['19.71', 1, 2]]);
    const byValue = await board(viewer, { sortBy: 'VALUE', direction: 'ASC' });
    // 70.004 and 70.00 are both 70.00 at SAKIP's precision (tied at rank 3): then by code.
    expect(byValue.rows.map((r) => r.regionCode)).toEqual(['19.06', '19.03', '19.01', '19.02', '19.71', '19.05', '19.04']);
    const byName = await board(viewer, { sortBy: 'NAME', direction: 'DESC' });
    expect(byName.rows.at(-1)!.value).toBeNull();
  });

  it('shows provisional results to the province’s reviewers only', async () => {
    const provisional = await board(reviewer, { year: 2024, provisional: true });
    expect(provisional.rows.slice(0, 2).map((r) => [r.regionCode, r.rank])).toEqual([['19.71', 1], ['19.01', 2]]);
    expect((await failure(board(viewer, { year: 2024, provisional: true }))).code).toBe('FORBIDDEN');
    expect((await failure(board(viewer, { year: 2024 }))).code).toBe('NOT_PUBLISHED');
    expect((await failure(board(reviewerOf('13'), { year: 2024, provisional: true }))).code).toBe('FORBIDDEN');
  });

  it('shows another province nothing', async () => {
    for (const p of [regionRole('region_viewer', '13.71'), reviewerOf('13'), apiKeyFor('13')]) {
      expect((await failure(board(p))).code).toBe('NOT_FOUND');
    }
    expect((await board(apiKeyFor('19'))).rows).toHaveLength(7);
    // Another region's target is private to that region's team and the reviewers.
    expect((await board(regionRole('region_viewer', '19.01'))).rows.find((r) => r.regionCode === '19.71')!.targetRank).toBeNull();
  });

  it('rejects an unknown node and answers a node’s own board', async () => {
    expect((await failure(board(viewer, { node: 'NOPE' }))).fields).toEqual(['node']);
    expect((await failure(board(viewer, { year: 2031 }))).code).toBe('NOT_FOUND');
  });

  it('reads a leaderboard and a heatmap with one statement each (and the board’s probes), a trailing list with two', async () => {
    const count = async (fn: () => Promise<unknown>) => {
      statements.length = 0;
      await fn();
      return statements.filter((s) => !/^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|select set_config)/i.test(s.trim())).length;
    };
    await board(viewer); // warms the definition cache (immutable versions; used for target categories)
    // A published board: its version probe (ending its transaction), then the one statement of the
    // board itself with a second probe after it (the board is kept only when the version held)...
    expect(await count(() => board(viewer, { kind: 'kabupaten', sortBy: 'GAP_TO_MEDIAN' }))).toBe(3);
    // ...and the same board again is served for the same version: the probe alone.
    expect(await count(() => board(viewer, { kind: 'kabupaten', sortBy: 'GAP_TO_MEDIAN' }))).toBe(1);
    expect(await count(() => board(reviewer, { year: 2024, provisional: true }))).toBe(1);
    expect(await count(() => as(viewer, (c) => boards.heatmap(c, { provinceCode: '19', frameworkCode: 'SAKIP', year: 2023, provisional: false })))).toBe(1);
    expect(await count(() => as(viewer, (c) => boards.trailing(c, { provinceCode: '19', frameworkCode: 'SAKIP', year: 2023, provisional: false, n: 2 })))).toBe(2);
  });

  it('serves a kept board only while nothing it shows has changed', async () => {
    const before = (await board(viewer)).rows.find((r) => r.regionCode === '19.71')!;
    expect(before.targetRank).toBe(1);
    await h.runner.run(regionRole('region_admin', '19.71'), (m) =>
      m.query(`update target set target_rank = 2, updated_at = now() where region_id = '19.71' and framework_code = 'SAKIP' and year = 2023`),
    );
    expect((await board(viewer)).rows.find((r) => r.regionCode === '19.71')!.targetRank).toBe(2);
    // Another scope never gets the kept board of this one (targets are private to the region).
    expect((await board(regionRole('region_viewer', '19.01'))).rows.find((r) => r.regionCode === '19.71')!.targetRank).toBeNull();
  });

  it('builds the heatmap and the trailing list', async () => {
    const heat = await as(operator, (c) => boards.heatmap(c, { provinceCode: '19', frameworkCode: 'SAKIP', year: 2023, provisional: false }));
    expect(heat.rows.map((r) => r.regionCode).slice(0, 2)).toEqual(['19.05', '19.71']);
    expect(heat.rows[0].composite).toMatchObject({ rank: 1, quartile: 1 });
    const trailing = await as(operator, (c) => boards.trailing(c, { provinceCode: '19', frameworkCode: 'SAKIP', year: 2023, provisional: false, n: 2 }));
    expect(trailing.overall.map((r) => [r.regionCode, r.rank])).toEqual([['19.06', 6], ['19.03', 5]]);
  });
});

describe('region insights', () => {
  let h: ServiceHarness;
  let assessments: AssessmentsService;
  let boards: LeaderboardsService;
  let insights: InsightsService;
  const reviewer = reviewerOf('19');
  const as: ServiceHarness['as'] = (p, fn) => h.as(p, fn);
  const ikm = shippedDefinition('IKM', '2017');
  const elements = flattenNodes(ikm).filter((f) => isLeaf(f.node)).map((f) => f.node.code);
  let periodId: string;
  const enter = async (region: string, mean: number) => {
    const rows = elements.map((nodeCode) => ({ nodeCode, unitId: null, value: mean, publishedCategory: null, evidenceUrl: null, evidenceNote: null, evidenceRef: null }));
    await as(regionRole('region_editor', region), (c) => assessments.saveValues(c, { periodId, regionCode: region, rows }));
    await as(regionRole('region_admin', region), (c) => assessments.submit(c, periodId, region));
    await as(reviewer, (c) => assessments.acceptSubmission(c, periodId, region));
  };

  beforeAll(async () => {
    h = await startServiceHarness([AssessmentsModule, LeaderboardsModule], { poolSize: 2 });
    assessments = h.app.get(AssessmentsService);
    boards = h.app.get(LeaderboardsService);
    insights = h.app.get(InsightsService);
    periodId = (await as(reviewer, (c) => assessments.openPeriod(c, { provinceCode: '19', frameworkCode: 'IKM', year: 2023, version: null, deadline: null }))).id;
    await enter('19.71', 3.0); // IKM 75.00
    await enter('19.01', 3.2); // 80.00
    await enter('19.02', 3.4); // 85.00
    await as(reviewer, (c) => assessments.closeEntry(c, periodId));
    await as(reviewer, (c) => assessments.publish(c, periodId));
  });

  afterAll(() => h.close());

  it('answers a what-if, and the same change entered for real gives the same result', async () => {
    const changes = elements.slice(0, 5).map((nodeCode) => ({ nodeCode, value: 4 }));
    const answer = await as(regionRole('region_viewer', '19.71'), (c) =>
      insights.whatIf(c, { regionCode: '19.71', frameworkCode: 'IKM', year: 2023, changes, provisional: false }),
    );
    expect(answer).toMatchObject({ currentValue: 75, currentRank: 3, complete: true });
    expect(answer.value).toBe(88.889); // ((5 × 4 + 4 × 3) / 9) × 25, at one decimal more than IKM's two
    expect(answer.rank).toBe(1);
    expect(answer.category).toBe('A');

    await as(reviewer, (c) => assessments.amend(c, periodId, 'Survei ulang diterima'));
    const values = await as(reviewer, (c) => assessments.values(c, periodId, '19.71'));
    for (const change of changes) {
      const v = values.find((x) => x.nodeCode === change.nodeCode)!;
      await as(reviewer, (c) => assessments.review(c, { valueId: v.id, action: 'CORRECT', value: change.value, reason: 'survei ulang', comment: null }));
    }
    await as(reviewer, (c) => assessments.publish(c, periodId));
    const real = await as(regionRole('region_viewer', '19.71'), (c) =>
      boards.leaderboard(c, { provinceCode: '19', frameworkCode: 'IKM', year: 2023, provisional: false, node: '*', kind: null, peerGroupId: null, sortBy: 'RANK', direction: 'ASC' }),
    );
    const row = real.rows.find((r) => r.regionCode === '19.71')!;
    // The board shows the value at IKM's precision (2 decimals).
    expect(row.value).toBe(Math.round(answer.value! * 100) / 100);
    expect(row.rank).toBe(answer.rank);
    expect(row.computedCategory).toBe(answer.category);
  });

  it('refuses what-ifs on another province and provisional ones for region users', async () => {
    expect((await failure(as(regionRole('region_viewer', '13.71'), (c) => insights.whatIf(c, { regionCode: '19.71', frameworkCode: 'IKM', year: 2023, changes: [], provisional: false })))).code).toBe('FORBIDDEN');
    expect((await failure(as(regionRole('region_viewer', '19.71'), (c) => insights.whatIf(c, { regionCode: '19.71', frameworkCode: 'IKM', year: 2023, changes: [], provisional: true })))).code).toBe('FORBIDDEN');
    expect((await failure(as(regionRole('region_viewer', '19.71'), (c) => insights.whatIf(c, { regionCode: '19.71', frameworkCode: 'IKM', year: 2023, changes: [{ nodeCode: 'NOPE', value: 1 }], provisional: false })))).code).toBe('UNKNOWN_NODE');
  });

  it('profiles a region across frameworks with its rank history', async () => {
    const profile = await as(regionRole('region_viewer', '19.71'), (c) => insights.profile(c, { code: '19.71', name: 'Kota Pangkal Pinang', kind: 'kota', provinceCode: '19' }));
    const ikmStanding = profile.frameworks.find((f) => f.frameworkCode === 'IKM')!;
    expect(ikmStanding.latest).toMatchObject({ year: 2023, rank: 1, rankedCount: 3 });
    expect(ikmStanding.history).toHaveLength(1);
    // The region's page (areas, targets, innovations) is its team's and its province's
    // reviewers'; other teams, of the province or not, read its published composites elsewhere.
    for (const other of [regionRole('region_viewer', '13.71'), regionRole('region_viewer', '19.01'), reviewerOf('13')]) {
      expect((await failure(as(other, (c) => insights.profile(c, { code: '19.71', name: 'x', kind: 'kota', provinceCode: '19' })))).code).toBe('FORBIDDEN');
    }
    expect((await as(reviewerOf('19'), (c) => insights.profile(c, { code: '19.71', name: 'x', kind: 'kota', provinceCode: '19' }))).frameworks).toHaveLength(1);
  });

  it('ranks provinces and regions nationally, the same for every province', async () => {
    const national = (p: Principal, kind: string | null = null) =>
      as(p, (c) => insights.national(c, { frameworkCode: 'IKM', year: 2023, kind, includeDemo: false, minCoveragePercent: 0 }));
    const asRegion = await national(regionRole('region_viewer', '13.71'));
    expect(asRegion.provinces[0]).toMatchObject({ provinceCode: '19', regionsWithValue: 3, regionCount: 3, rankByMean: 1 });
    expect(asRegion.regions.map((r) => [r.regionCode, r.nationalRank])).toEqual([['19.71', 1], ['19.02', 2], ['19.01', 3]]);
    expect(await national(operator)).toEqual(asRegion);
    const own = await national(regionRole('region_viewer', '19.01'), 'kabupaten');
    expect(own.regions.map((r) => [r.regionCode, r.nationalRank, r.nationalCount])).toEqual([['19.02', 1, 2], ['19.01', 2, 2]]);
  });

  it('saves peer groups for the province’s reviewers and filters leaderboards by them', async () => {
    expect((await failure(as(regionRole('region_admin', '19.71'), (c) => insights.createPeerGroup(c, { provinceCode: '19', name: 'x', regionCodes: ['19.71'] })))).code).toBe('FORBIDDEN');
    expect((await failure(as(reviewer, (c) => insights.createPeerGroup(c, { provinceCode: '19', name: 'x', regionCodes: ['13.71'] })))).fields).toEqual(['regionCodes']);
    const group = await as(reviewer, (c) => insights.createPeerGroup(c, { provinceCode: '19', name: 'Kota & Bangka', regionCodes: ['19.71', '19.01'] }));
    const b = await as(regionRole('region_viewer', '19.02'), (c) =>
      boards.leaderboard(c, { provinceCode: '19', frameworkCode: 'IKM', year: 2023, provisional: false, node: '*', kind: null, peerGroupId: group.id, sortBy: 'RANK', direction: 'ASC' }),
    );
    expect(b.rows.map((r) => [r.regionCode, r.rank])).toEqual([['19.71', 1], ['19.01', 2]]);
    expect(await as(reviewerOf('13'), (c) => insights.peerGroups(c, '19'))).toEqual([]);
    expect((await failure(as(reviewerOf('13'), (c) => insights.deletePeerGroup(c, group.id)))).code).toBe('NOT_FOUND');
  });

  it('counts forwarded innovations per region for the whole province, and nothing private', async () => {
    const add = (region: string, title: string, status: string, stage: string | null) =>
      h.runner.run(regionRole('region_admin', region), (m) =>
        m.query(`insert into innovation (region_id, title, year, status, stage) values ($1, $2, 2023, $3, $4)`, [region, title, status, stage]),
      );
    await add('19.71', 'Layanan keliling', 'forwarded', 'TOP_99');
    await add('19.71', 'Antrian daring', 'forwarded', 'TOP_45');
    await add('19.71', 'Rahasia dapur', 'draft', null);
    await add('19.01', 'Posyandu digital', 'forwarded', 'TOP_99');
    const board = await as(regionRole('region_viewer', '19.02'), (c) => insights.innovationBoard(c, '19', 2023));
    expect(board).toHaveLength(7);
    expect(board.slice(0, 2).map((r) => [r.regionCode, r.forwarded, r.rank])).toEqual([['19.71', 2, 1], ['19.01', 1, 2]]);
    expect(board[0].stages).toEqual([{ stage: 'TOP_45', count: 1 }, { stage: 'TOP_99', count: 1 }]);
    expect(board.find((r) => r.regionCode === '19.02')).toMatchObject({ forwarded: 0, rank: null, stages: [] });
    // The titles stay private, and another province gets nothing, from the API or the function itself.
    expect(await h.runner.run(regionRole('region_viewer', '19.02'), (m) => m.query(`select * from innovation where region_id = '19.71'`))).toEqual([]);
    expect((await failure(as(regionRole('region_viewer', '13.71'), (c) => insights.innovationBoard(c, '19', null)))).code).toBe('NOT_FOUND');
    expect(await h.runner.run(reviewerOf('13'), (m) => m.query(`select * from province_innovation_counts('19', null)`))).toEqual([]);
  });
});
