import { AssessmentsModule, AssessmentsService } from '@rapor/assessments';
import type { Principal } from '@rapor/db';
import { flattenNodes, isLeaf, shippedDefinition } from '@rapor/domain';
import { failure, operator, regionRole, reviewerOf, startServiceHarness, type ServiceHarness } from '@rapor/testing';
import { InsightsRepository } from './insights.repository';
import { InsightsService, type WhatIfQuery } from './insights.service';
import { LeaderboardsModule } from './leaderboards.module';
import { LeaderboardsService } from './leaderboards.service';
import { WhatIfBasis } from './models/insights.model';

// SAKIP 2021 is a weighted sum of points: the composite is the sum of the indicator values.
// Kepulauan Bangka Belitung (19), SAKIP 2023 published from entered values:
//   19.02 at 90% of every maximum (90), 19.01 at 80% (80), 19.71 at 70% but Pengukuran
//   pemanfaatan 6 of 15 (65.5), 19.03 at 60% (60). SAKIP 2024 open: 19.71 drafts at 75%,
//   19.01 drafts at 100% (unpublished: never read for anybody else's what-if).
const sakip = shippedDefinition('SAKIP', '2021');
const leaves = flattenNodes(sakip).filter((f) => isLeaf(f.node));
const valuesAt = (share: number, over: Record<string, number> = {}) =>
  leaves.map((f) => ({
    nodeCode: f.node.code,
    unitId: null,
    value: over[f.node.code] ?? Math.round(f.scale.max * share * 1000) / 1000,
    publishedCategory: null,
    evidenceUrl: null,
    evidenceNote: null,
    evidenceRef: null,
  }));

describe('why a region trails, what-ifs and paths to a target', () => {
  let h: ServiceHarness;
  const statements: string[] = [];
  let assessments: AssessmentsService;
  let insights: InsightsService;
  let boards: LeaderboardsService;
  const reviewer = reviewerOf('19');
  const adminPK = regionRole('region_admin', '19.71');
  let period2024 = '';
  const as: ServiceHarness['as'] = (p, fn) => h.as(p, fn);
  const whatIf = (p: Principal, over: Partial<WhatIfQuery> = {}) =>
    as(p, (c) => insights.whatIf(c, { regionCode: '19.71', frameworkCode: 'SAKIP', year: 2023, changes: [], ...over }));
  const path = (p: Principal, over: Partial<Parameters<InsightsService['pathToTarget']>[1]> = {}) =>
    as(p, (c) => insights.pathToTarget(c, { regionCode: '19.71', frameworkCode: 'SAKIP', year: 2023, ...over }));
  const save = (periodId: string, region: string, share: number, over: Record<string, number> = {}) =>
    as(regionRole('region_editor', region), (c) => assessments.saveValues(c, { periodId, regionCode: region, rows: valuesAt(share, over) }));

  beforeAll(async () => {
    h = await startServiceHarness([AssessmentsModule, LeaderboardsModule], { poolSize: 2, logQuery: (sql) => statements.push(sql) });
    assessments = h.app.get(AssessmentsService);
    insights = h.app.get(InsightsService);
    boards = h.app.get(LeaderboardsService);
    const open = (year: number) =>
      as(reviewer, (c) => assessments.openPeriod(c, { provinceCode: '19', frameworkCode: 'SAKIP', year, version: null, deadline: null }));
    const period = (await open(2023)).id;
    for (const [region, share, over] of [
      ['19.02', 0.9, {}],
      ['19.01', 0.8, {}],
      ['19.71', 0.7, { PENGUKURAN_PEMANFAATAN: 6 }],
      ['19.03', 0.6, {}],
    ] as const) {
      await save(period, region, share, over);
      await as(regionRole('region_admin', region), (c) => assessments.submit(c, period, region));
      await as(reviewer, (c) => assessments.acceptSubmission(c, period, region));
    }
    await as(reviewer, (c) => assessments.closeEntry(c, period));
    await as(reviewer, (c) => assessments.publish(c, period));
    period2024 = (await open(2024)).id;
    await save(period2024, '19.71', 0.75);
    await save(period2024, '19.01', 1);
  });

  afterAll(() => h.close());

  it('names the weakest indicators in the region profile, against the province median and leader', async () => {
    const profile = await as(regionRole('region_viewer', '19.71'), (c) =>
      insights.profile(c, { code: '19.71', name: 'Kota Pangkal Pinang', kind: 'kota', provinceCode: '19' }),
    );
    const standing = profile.frameworks.find((f) => f.frameworkCode === 'SAKIP')!;
    expect(standing.weakestIndicators[0]).toEqual({
      nodeCode: 'PENGUKURAN_PEMANFAATAN',
      nameId: expect.any(String),
      nameEn: expect.any(String),
      areaCode: 'PENGUKURAN',
      value: 6,
      median: 10.5, // of 6, 9, 12 and 13.5
      leader: 13.5,
      share: 0.15,
      shortfallToMedian: 0.3,
      shortfallToLeader: 0.5,
      weightedShortfallToMedian: 4.5,
      weightedShortfallToLeader: 7.5,
    });
    // Elsewhere 19.71 trails the median of the four (75%) by 5% of each scale and the leader by 20%: the heaviest next.
    expect(standing.weakestIndicators.slice(1).map((w) => [w.nodeCode, w.weightedShortfallToMedian, w.weightedShortfallToLeader])).toEqual([
      ['PERENCANAAN_PEMANFAATAN', 0.75, 3],
      ['EVALUASI_INTERNAL_PEMANFAATAN', 0.625, 2.5],
      ['PENGUKURAN_KUALITAS', 0.45, 1.8],
      ['PERENCANAAN_KUALITAS', 0.45, 1.8],
    ]);
    expect(standing.weakestAreas[0].areaCode).toBe('PENGUKURAN');
  });

  it('names the weakest indicators of each trailing region, those of the area in a by-area list', async () => {
    statements.length = 0;
    const trailing = await as(regionRole('region_viewer', '19.02'), (c) =>
      boards.trailing(c, { provinceCode: '19', frameworkCode: 'SAKIP', year: 2023, provisional: false, n: 2 }),
    );
    expect(trailing.overall.map((r) => [r.regionCode, r.rank])).toEqual([['19.03', 4], ['19.71', 3]]);
    const pk = trailing.overall.find((r) => r.regionCode === '19.71')!;
    expect(pk.weakestIndicators.map((w) => w.nodeCode)).toEqual(['PENGUKURAN_PEMANFAATAN', 'PERENCANAAN_PEMANFAATAN', 'EVALUASI_INTERNAL_PEMANFAATAN']);
    const pelaporan = trailing.byArea.find((a) => a.areaCode === 'PELAPORAN')!;
    expect(pelaporan.bottom.find((r) => r.regionCode === '19.71')!.weakestIndicators.map((w) => w.nodeCode)).toEqual([
      'PELAPORAN_PEMANFAATAN',
      'PELAPORAN_KUALITAS',
      'PELAPORAN_PEMENUHAN',
    ]);
    const work = statements.filter((s) => !/^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|select set_config)/i.test(s.trim()));
    expect(work.length).toBeLessThanOrEqual(3); // the list, the indicator values, and a definition not yet kept
  });

  it('shows no indicator of another province, in the profile, the trailing list or the query under them', async () => {
    for (const p of [regionRole('region_viewer', '13.71'), reviewerOf('13')]) {
      expect((await failure(as(p, (c) => insights.profile(c, { code: '19.71', name: 'x', kind: 'kota', provinceCode: '19' })))).code).toBe('FORBIDDEN');
      expect((await failure(as(p, (c) => boards.trailing(c, { provinceCode: '19', frameworkCode: 'SAKIP', year: 2023, provisional: false, n: 2 })))).code).toBe('NOT_FOUND');
      expect(await h.runner.run(p, () => h.app.get(InsightsRepository).boardLeafValues('19', 'SAKIP', 2023, false))).toEqual([]);
      expect(await h.runner.run(p, () => h.app.get(InsightsRepository).latestLeafValues('19.71'))).toEqual([]);
    }
    expect((await as(operator, () => h.app.get(InsightsRepository).boardLeafValues('19', 'SAKIP', 2023, false))).length).toBe(4 * leaves.length);
  });

  it('raises an area by points, spread over its indicators by their room', async () => {
    // Pengukuran 4.2 + 6.3 + 6 = 16.5 of 30, rooms 1.8, 2.7 and 9: raising it by 3 closes 2/9 of each.
    const answer = await whatIf(adminPK, { areaChanges: [{ nodeCode: 'PENGUKURAN', delta: 3 }] });
    expect(answer).toMatchObject({ basis: 'PUBLISHED', boardYear: 2023, currentValue: 65.5, currentCategory: 'B', currentRank: 3, value: 68.5, category: 'B', rank: 3, rankedCount: 4 });
    expect(answer.changedValues.map((c) => [c.nodeCode, c.from, c.to])).toEqual([
      ['PENGUKURAN_PEMENUHAN', 4.2, 4.6],
      ['PENGUKURAN_KUALITAS', 6.3, 6.9],
      ['PENGUKURAN_PEMANFAATAN', 6, 8],
    ]);
    expect(answer.areas.find((a) => a.areaCode === 'PENGUKURAN')).toMatchObject({ currentValue: 16.5, value: 19.5, best: 30 });
    // Indicator changes win over an area's spread, and both add up.
    const both = await whatIf(adminPK, { areaChanges: [{ nodeCode: 'PENGUKURAN', delta: 3 }], changes: [{ nodeCode: 'PENGUKURAN_PEMANFAATAN', value: 15 }] });
    expect(both).toMatchObject({ value: 75.5, category: 'BB', rank: 3 });
    const tooFar = await failure(whatIf(adminPK, { areaChanges: [{ nodeCode: 'PENGUKURAN', delta: 14 }] }));
    expect(tooFar).toMatchObject({ code: 'NOT_ENOUGH_ROOM', fields: ['areaChanges'] });
    expect(tooFar.message).toMatch(/at most 13.5 points/);
  });

  it('finds the cheapest way to a target rank and category, and the path holds in a what-if', async () => {
    const toSecond = await path(adminPK, { targetRank: 2 });
    expect(toSecond).toMatchObject({ reached: false, reachable: true, targetValue: 80, currentValue: 65.5, currentRank: 3, value: 80, rank: 2, category: 'BB' });
    expect(toSecond.steps.map((s) => [s.nodeCode, s.from, s.to, s.compositeGain, s.rank])).toEqual([
      ['PENGUKURAN_PEMANFAATAN', 6, 15, 9, 3],
      ['PERENCANAAN_PEMANFAATAN', 10.5, 15, 4.5, 3],
      ['EVALUASI_INTERNAL_PEMANFAATAN', 8.75, 9.75, 1, 2],
    ]);
    const check = await whatIf(adminPK, { changes: toSecond.steps.map((s) => ({ nodeCode: s.nodeCode, value: s.to })) });
    expect(check).toMatchObject({ value: 80, rank: 2 });
    const toA = await path(reviewer, { targetCategory: 'A' });
    expect(toA.steps.at(-1)).toMatchObject({ nodeCode: 'EVALUASI_INTERNAL_PEMANFAATAN', to: 9.76, value: 80.01, category: 'A' });
    expect(await path(adminPK, { targetCategory: 'B', targetRank: 4 })).toMatchObject({ reached: true, steps: [] });
    expect(await failure(path(adminPK, {}))).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['targetCategory', 'targetRank'] });
    // Without a target in the question, the region's saved target for the framework and year.
    await h.runner.run(adminPK, (m) =>
      m.query(`insert into target (region_id, framework_code, year, target_category, target_rank) values ('19.71', 'SAKIP', 2023, 'BB', 2)`),
    );
    expect(await path(regionRole('region_viewer', '19.71'), {})).toMatchObject({ targetCategory: 'BB', targetRank: 2, targetValue: 80, rank: 2 });
    expect(await failure(whatIf(adminPK, { provisional: true, basis: WhatIfBasis.DRAFT }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['provisional', 'basis'] });
    expect(await failure(path(adminPK, { targetCategory: 'Z' }))).toMatchObject({ code: 'UNKNOWN_BAND', fields: ['targetCategory'] });
  });

  it('lets a region team run what-ifs on its own drafts against the last published board, reading no other unpublished value', async () => {
    expect(await failure(whatIf(adminPK, { year: 2024 }))).toMatchObject({ code: 'NOT_PUBLISHED' });
    const draft = await whatIf(regionRole('region_editor', '19.71'), { periodId: period2024, frameworkCode: null, year: null, basis: WhatIfBasis.DRAFT });
    // 75 against the published 2023 board of the others (90, 80, 60) — not against 19.01's unpublished 100.
    expect(draft).toMatchObject({ basis: 'DRAFT', year: 2024, boardYear: 2023, currentValue: 75, currentRank: 3, rankedCount: 4 });
    const raised = await whatIf(regionRole('region_viewer', '19.71'), { year: 2024, basis: WhatIfBasis.DRAFT, areaChanges: [{ nodeCode: 'PENGUKURAN', delta: 5.5 }] });
    expect(raised).toMatchObject({ value: 80.5, category: 'A', rank: 2 });
    const first = await path(adminPK, { year: 2024, basis: WhatIfBasis.DRAFT, targetRank: 1 });
    expect(first).toMatchObject({ reachable: true, targetValue: 90, rank: 1 });
    expect(first.value).toBeCloseTo(90, 2); // the drafts carry a third decimal: the last step rounds up to 90.005
    // The province's reviewers may look at the draft too.
    expect((await whatIf(reviewer, { year: 2024, basis: WhatIfBasis.DRAFT })).currentValue).toBe(75);
  });

  it('refuses another region, another province and region teams’ provisional what-ifs as a permission matter', async () => {
    for (const p of [regionRole('region_viewer', '19.01'), regionRole('region_admin', '19.02'), regionRole('region_viewer', '13.71'), reviewerOf('13')]) {
      for (const attempt of [() => whatIf(p), () => whatIf(p, { year: 2024, basis: WhatIfBasis.DRAFT }), () => path(p, { targetRank: 1 })]) {
        const error = await failure(attempt());
        expect(error).toMatchObject({ code: 'FORBIDDEN', fields: ['regionCode'] });
        expect(error.message).toMatch(/own team and the reviewers/);
      }
    }
    expect(await failure(whatIf(adminPK, { basis: WhatIfBasis.PROVISIONAL }))).toMatchObject({ code: 'FORBIDDEN', fields: ['basis'] });
    expect((await failure(whatIf(reviewer, { year: 2024, basis: WhatIfBasis.PROVISIONAL }))).code).toBe('NO_LEAF_VALUES'); // drafts are not submitted
    expect(await failure(whatIf(adminPK, { frameworkCode: null }))).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('says an official composite cannot be decomposed only to those who may see the region’s indicators', async () => {
    const period = await as(reviewer, (c) => assessments.openPeriod(c, { provinceCode: '19', frameworkCode: 'SAKIP', year: 2022, version: null, deadline: null }));
    const report = await as(reviewer, (c) =>
      assessments.importOfficialResults(c, period.id, [{ line: 2, region: '19.71', value: '70', category: null, source: 'test' }], { dryRun: false, source: 'test' }),
    );
    expect(report.valid).toBe(true);
    await as(reviewer, (c) => assessments.closeEntry(c, period.id));
    await as(reviewer, (c) => assessments.publish(c, period.id));
    const own = await failure(whatIf(adminPK, { year: 2022 }));
    expect(own).toMatchObject({ code: 'NO_LEAF_VALUES' });
    expect(own.message).toMatch(/official composite/);
    expect((await failure(whatIf(regionRole('region_viewer', '19.01'), { year: 2022 }))).code).toBe('FORBIDDEN');
  });
});
