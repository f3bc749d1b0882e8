import { AssessmentsModule, AssessmentsService } from '@rapor/assessments';
import type { Principal } from '@rapor/db';
import { operator, regionRole, reviewerOf, startServiceHarness, type ServiceHarness } from '@rapor/testing';
import { flattenNodes, isLeaf, shippedDefinition } from '@rapor/domain';
import { InsightsService } from './insights.service';
import { LeaderboardsModule } from './leaderboards.module';
import { LeaderboardsService, type LeaderboardParams } from './leaderboards.service';

// Province boards as a reviewer and a city team read them (issue 16): out-of-order history,
// band order, provisional boards, rounding, category labels and a changed lokus.
// Kepulauan Bangka Belitung (19): 19.01–19.06 kabupaten, 19.71 Kota Pangkal Pinang.
describe('province boards', () => {
  let h: ServiceHarness;
  let assessments: AssessmentsService;
  let boards: LeaderboardsService;
  let insights: InsightsService;
  const reviewer = reviewerOf('19');
  const viewer = regionRole('region_viewer', '19.71');
  const as: ServiceHarness['as'] = (p, fn) => h.as(p, fn);
  const board = (p: Principal, over: Partial<LeaderboardParams> = {}) =>
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
  const row = async (p: Principal, region: string, over: Partial<LeaderboardParams> = {}) =>
    (await board(p, over)).rows.find((r) => r.regionCode === region)!;
  const open = (code: string, year: number, version: string | null = null) =>
    as(reviewer, (c) => assessments.openPeriod(c, { provinceCode: '19', frameworkCode: code, year, version, deadline: null }));
  const load = async (periodId: string, rows: [string, string | null, string | null][]) => {
    const raw = rows.map(([region, value, category], i) => ({ line: i + 2, region, value, category, source: 'test' }));
    const report = await as(reviewer, (c) =>
      assessments.importOfficialResults(c, periodId, raw, { dryRun: false, source: 'test' }),
    );
    expect(report.valid).toBe(true);
  };
  const publishImport = async (
    code: string,
    year: number,
    rows: [string, string | null, string | null][],
    version: string | null = null,
  ) => {
    const period = await open(code, year, version);
    await load(period.id, rows);
    await as(reviewer, (c) => assessments.closeEntry(c, period.id));
    await as(reviewer, (c) => assessments.publish(c, period.id));
    return period.id;
  };

  beforeAll(async () => {
    h = await startServiceHarness([AssessmentsModule, LeaderboardsModule], { poolSize: 2 });
    assessments = h.app.get(AssessmentsService);
    insights = h.app.get(InsightsService);
    boards = h.app.get(LeaderboardsService);
    // One region per SAKIP band, listed so that alphabetical order would differ from band order.
    await publishImport('SAKIP', 2023, [
      ['19.01', '55', null], // CC
      ['19.02', '85', null], // A
      ['19.03', '75', null], // BB
      ['19.04', '95', null], // AA
      ['19.05', '65', null], // B
      ['19.06', '40', null], // C
      ['19.71', '20.004', null], // D
    ]);
  });

  afterAll(() => h.close());

  describe('sortBy CATEGORY', () => {
    it('sorts by the scheme’s band order, best band first, not alphabetically', async () => {
      const asc = await board(viewer, { sortBy: 'CATEGORY', direction: 'ASC' });
      expect(asc.rows.map((r) => r.category)).toEqual(['AA', 'A', 'BB', 'B', 'CC', 'C', 'D']);
      const desc = await board(viewer, { sortBy: 'CATEGORY', direction: 'DESC' });
      expect(desc.rows.map((r) => r.category)).toEqual(['D', 'C', 'CC', 'B', 'BB', 'A', 'AA']);
    });

    it('sorts Ombudsman zones Hijau, Kuning, Merah, regions without data last', async () => {
      await publishImport('OMBUDSMAN', 2021, [
        ['19.01', '50', 'Zona Merah'],
        ['19.02', '90', 'Zona Hijau'],
        ['19.03', '70', 'Zona Kuning'],
        ['19.04', '91', 'Zona Hijau'],
      ]);
      const zones = await board(viewer, { frameworkCode: 'OMBUDSMAN', year: 2021, sortBy: 'CATEGORY' });
      expect(zones.rows.map((r) => [r.regionCode, r.category])).toEqual([
        ['19.04', 'HIJAU'],
        ['19.02', 'HIJAU'],
        ['19.03', 'KUNING'],
        ['19.01', 'MERAH'],
        ['19.05', null],
        ['19.06', null],
        ['19.71', null],
      ]);
      expect(zones.rows[0].categoryLabel).toEqual({ code: 'HIJAU', nameId: 'Zona Hijau', nameEn: 'Green zone' });
    });
  });

  describe('category labels', () => {
    it('labels every category on leaderboard rows, heatmap rows and trailing entries (Indonesian and English)', async () => {
      const r = await row(viewer, '19.03');
      expect(r.categoryLabel).toEqual({ code: 'BB', nameId: 'Sangat Baik', nameEn: 'Very good' });
      expect(r.computedCategoryLabel).toEqual(r.categoryLabel);
      expect(r.publishedCategoryLabel).toBeNull();
      const heat = await as(viewer, (c) =>
        boards.heatmap(c, { provinceCode: '19', frameworkCode: 'SAKIP', year: 2023, provisional: false }),
      );
      expect(heat.rows.find((x) => x.regionCode === '19.04')).toMatchObject({
        category: 'AA',
        categoryLabel: { nameId: 'Sangat Memuaskan', nameEn: 'Very satisfactory' },
      });
      const trailing = await as(viewer, (c) =>
        boards.trailing(c, { provinceCode: '19', frameworkCode: 'SAKIP', year: 2023, provisional: false, n: 1 }),
      );
      expect(trailing.overall[0]).toMatchObject({
        regionCode: '19.71',
        category: 'D',
        categoryLabel: { nameId: 'Sangat Kurang', nameEn: 'Very poor' },
        standing: '7 of 7 ranked',
      });
    });

    it('labels the target category of the region’s own team', async () => {
      await h.runner.run(regionRole('region_admin', '19.71'), (m) =>
        m.query(`insert into target (region_id, framework_code, year, target_category) values ('19.71', 'SAKIP', 2023, 'CC')`),
      );
      expect((await row(regionRole('region_viewer', '19.71'), '19.71')).targetCategoryLabel).toEqual({
        code: 'CC',
        nameId: 'Cukup',
        nameEn: 'Fair',
      });
      expect((await row(regionRole('region_viewer', '19.71'), '19.71')).targetCategoryGap).toBe(30.01); // CC needs > 50: 50.01 − 20.00
    });

    it('labels the categories of the region profile’s history and targets, values at the precision', async () => {
      const profile = await as(viewer, (c) =>
        insights.profile(c, { code: '19.71', name: 'Kota Pangkal Pinang', kind: 'kota', provinceCode: '19' }),
      );
      const sakip = profile.frameworks.find((f) => f.frameworkCode === 'SAKIP')!;
      expect(sakip.latest).toMatchObject({
        year: 2023,
        value: 20,
        category: 'D',
        categoryLabel: { code: 'D', nameId: 'Sangat Kurang', nameEn: 'Very poor' },
      });
      expect(sakip.targets[0]).toMatchObject({
        targetCategory: 'CC',
        targetCategoryLabel: { nameId: 'Cukup' },
        categoryGap: 30.01,
      });
    });
  });

  describe('rounding', () => {
    it('returns values at the precision and the median and its gaps exactly at one more decimal', async () => {
      await publishImport('SAKIP', 2022, [
        ['19.01', '70.01', null],
        ['19.02', '69.9', null],
        ['19.03', '70.02', null],
        ['19.04', '70.004', null],
      ]);
      const b = await board(viewer, { year: 2022 });
      expect(b.median).toBe(70.005);
      expect(b.rows.find((r) => r.regionCode === '19.04')).toMatchObject({
        value: 70,
        gapToMedian: 0.005,
        gapToLeader: 0.02,
        gapToNextRankUp: 0.01,
      });
      expect(b.rows.find((r) => r.regionCode === '19.02')).toMatchObject({ value: 69.9, gapToMedian: 0.105, gapToLeader: 0.12 });
      // Movement of the 2023 board is measured on the shown (rounded) values.
      expect(await row(viewer, '19.71')).toMatchObject({ value: 20, previousValue: null, valueChange: null });
      expect(await row(viewer, '19.01')).toMatchObject({ value: 55, previousValue: 70.01, valueChange: -15.01 });
    });

    it('leaves no float noise in IKM composites and heatmap cells', async () => {
      const ikm = shippedDefinition('IKM', '2017');
      const elements = flattenNodes(ikm)
        .filter((f) => isLeaf(f.node))
        .map((f) => f.node.code);
      const period = await open('IKM', 2023);
      const enter = async (region: string, means: number[]) => {
        const rows = elements.map((nodeCode, i) => ({
          nodeCode,
          unitId: null,
          value: means[i % means.length],
          publishedCategory: null,
          evidenceUrl: null,
          evidenceNote: null,
          evidenceRef: null,
        }));
        await as(regionRole('region_editor', region), (c) =>
          assessments.saveValues(c, { periodId: period.id, regionCode: region, rows }),
        );
        await as(regionRole('region_admin', region), (c) => assessments.submit(c, period.id, region));
        await as(reviewer, (c) => assessments.acceptSubmission(c, period.id, region));
      };
      await enter('19.71', [3.51, 3.5, 3.49]);
      await enter('19.01', [3.3, 3.41]);
      await enter('19.02', [3.337]); // survey means with three decimals
      await as(reviewer, (c) => assessments.closeEntry(c, period.id));
      await as(reviewer, (c) => assessments.publish(c, period.id));
      const decimals = (v: number | null) => (v === null ? 0 : (String(v).split('.')[1] ?? '').length);
      const b = await board(viewer, { frameworkCode: 'IKM', year: 2023 });
      for (const r of b.rows)
        for (const v of [r.value, r.gapToLeader, r.gapToNextRankUp]) expect(decimals(v)).toBeLessThanOrEqual(2);
      expect(decimals(b.median)).toBeLessThanOrEqual(3);
      expect(b.rows.find((r) => r.regionCode === '19.71')!.value).toBe(87.5);
      const heat = await as(viewer, (c) =>
        boards.heatmap(c, { provinceCode: '19', frameworkCode: 'IKM', year: 2023, provisional: false }),
      );
      const cells = heat.rows.flatMap((r) => [r.composite, ...r.cells]);
      expect(cells.filter((c) => c.value !== null).length).toBeGreaterThan(10);
      for (const c of cells) expect(decimals(c.value)).toBeLessThanOrEqual(2);
      // 19.01: (5 × 3.3 + 4 × 3.41) / 9 × 25 = 83.7222… → 83.72
      expect(heat.rows.find((r) => r.regionCode === '19.01')!.composite.value).toBe(83.72);
      // 19.02: 3.337 per element, shown at the elements' precision; composite 83.425 → 83.43
      expect(heat.rows.find((r) => r.regionCode === '19.02')).toMatchObject({
        composite: { value: 83.43 },
        cells: expect.arrayContaining([expect.objectContaining({ value: 3.34 })]),
      });
      const profile = await as(regionRole('region_viewer', '19.02'), (c) =>
        insights.profile(c, { code: '19.02', name: 'Kabupaten Belitung', kind: 'kabupaten', provinceCode: '19' }),
      );
      const areas = profile.frameworks.find((f) => f.frameworkCode === 'IKM')!.weakestAreas;
      expect(areas.length).toBeGreaterThan(0);
      for (const a of areas) expect(a.value).toBe(3.34);
    });
  });

  describe('the kept board follows everything it is computed from', () => {
    const spbe = { frameworkCode: 'SPBE', year: 2023 };

    it('sees a previous year published after the board was read, and its amendment', async () => {
      await publishImport('SPBE', 2023, [
        ['19.01', '3.10', null],
        ['19.02', '2.50', null],
        ['19.71', '2.90', null],
      ]);
      const first = await board(viewer, spbe);
      expect(first).toMatchObject({ previousYear: null });
      expect(first.rows.find((r) => r.regionCode === '19.71')).toMatchObject({ rankChange: null, previousRank: null });

      const earlier = await publishImport('SPBE', 2022, [
        ['19.01', '2.00', null],
        ['19.02', '2.60', null],
        ['19.71', '2.10', null],
      ]);
      const second = await board(viewer, spbe);
      expect(second.previousYear).toBe(2022);
      expect(second.rows.find((r) => r.regionCode === '19.01')).toMatchObject({
        previousRank: 3,
        rankChange: 2,
        previousValue: 2,
        valueChange: 1.1,
      });

      await as(reviewer, (c) => assessments.amend(c, earlier, 'Koreksi hasil resmi 2022'));
      await load(earlier, [['19.71', '3.00', null]]);
      await as(reviewer, (c) => assessments.publish(c, earlier));
      expect((await board(viewer, spbe)).rows.find((r) => r.regionCode === '19.71')).toMatchObject({
        previousValue: 3,
        previousRank: 1,
        rankChange: -1,
      });
    });

    it('sees the previous period’s framework version when an older year is published later', async () => {
      const before = await board(viewer, { year: 2022 });
      expect(before).toMatchObject({ frameworkVersion: '2021', previousYear: null, comparableWithPrevious: true });
      await publishImport('SAKIP', 2021, [['19.01', '60', null]], '2015');
      const after = await board(viewer, { year: 2022 });
      expect(after).toMatchObject({ previousYear: 2021, previousFrameworkVersion: '2015', comparableWithPrevious: false });
      expect(after.rows.find((r) => r.regionCode === '19.01')).toMatchObject({
        movementComparable: false,
        movementNote: expect.stringMatching(/not comparable/),
      });
    });

    it('sees targets set and removed, and a peer group changed', async () => {
      const own = regionRole('region_admin', '19.02');
      expect((await row(own, '19.02', spbe)).targetRank).toBeNull();
      await h.runner.run(own, (m) =>
        m.query(`insert into target (region_id, framework_code, year, target_rank) values ('19.02', 'SPBE', 2023, 1)`),
      );
      expect((await row(own, '19.02', spbe)).targetRank).toBe(1);
      await h.runner.run(own, (m) => m.query(`delete from target where region_id = '19.02' and framework_code = 'SPBE'`));
      expect((await row(own, '19.02', spbe)).targetRank).toBeNull();

      const [group] = await h.runner.run(reviewer, (m) =>
        m.query(`insert into peer_group (province_id, name, region_ids) values ('19', 'Kota', '{19.71}') returning id`),
      );
      expect((await board(viewer, { ...spbe, peerGroupId: group.id })).rows.map((r) => r.regionCode)).toEqual(['19.71']);
      await h.runner.run(reviewer, (m) => m.query(`update peer_group set region_ids = '{19.71,19.01}' where id = $1`, [group.id]));
      expect((await board(viewer, { ...spbe, peerGroupId: group.id })).rows.map((r) => r.regionCode)).toEqual(['19.01', '19.71']);
    });
  });

  describe('provisional boards', () => {
    let periodId: string;
    beforeAll(async () => {
      // SAKIP 2024: three of the seven regions have submitted so far.
      periodId = (await open('SAKIP', 2024)).id;
      await load(periodId, [
        ['19.71', '61', null],
        ['19.06', '62', null],
        ['19.05', '50', null],
      ]);
    });

    it('says how many are ranked and how many have not submitted, and moves among the same regions', async () => {
      const b = await board(reviewer, { year: 2024, provisional: true });
      expect(b).toMatchObject({
        regionCount: 7,
        rankedCount: 3,
        notSubmittedCount: 4,
        movementBasis: 'SAME_REGIONS',
        comparedCount: 3,
      });
      const kota = b.rows.find((r) => r.regionCode === '19.71')!;
      // 2023 among these three: 19.05 (65) 1st, 19.06 (40) 2nd, 19.71 (20) 3rd; now 19.06, 19.71, 19.05.
      expect(kota).toMatchObject({ rank: 2, rankedCount: 3, notSubmittedCount: 4, submitted: true, previousRank: 7 });
      expect(kota).toMatchObject({ rankAmongCompared: 2, previousRankAmongCompared: 3, rankChange: 1 });
      expect(b.rows.find((r) => r.regionCode === '19.05')).toMatchObject({ rank: 3, rankChange: -2 });
      expect(b.rows.find((r) => r.regionCode === '19.04')).toMatchObject({ rank: null, submitted: false, rankChange: null });
    });

    it('says "of the N submitted" on trailing lists, and counts the heatmap’s missing submissions', async () => {
      const trailing = await as(reviewer, (c) =>
        boards.trailing(c, { provinceCode: '19', frameworkCode: 'SAKIP', year: 2024, provisional: true, n: 1 }),
      );
      expect(trailing).toMatchObject({ provisional: true, regionCount: 7, rankedCount: 3, notSubmittedCount: 4 });
      expect(trailing.overall[0]).toMatchObject({
        regionCode: '19.05',
        rank: 3,
        standing: '3 of the 3 submitted (4 have not submitted)',
      });
      const heat = await as(reviewer, (c) =>
        boards.heatmap(c, { provinceCode: '19', frameworkCode: 'SAKIP', year: 2024, provisional: true }),
      );
      expect(heat).toMatchObject({ regionCount: 7, rankedCount: 3, notSubmittedCount: 4 });
      expect(
        heat.rows
          .filter((r) => r.submitted)
          .map((r) => r.regionCode)
          .sort(),
      ).toEqual(['19.05', '19.06', '19.71']);
    });

    it('keeps published boards on published province ranks', async () => {
      expect(await board(viewer)).toMatchObject({ movementBasis: 'PROVINCE_RANKS', notSubmittedCount: null });
    });
  });

  describe('a changed lokus (IPP)', () => {
    const units: Record<string, Record<string, string>> = {};
    const ipp = shippedDefinition('IPP', '2022');
    const leaves = flattenNodes(ipp)
      .filter((f) => isLeaf(f.node))
      .map((f) => f.node.code);
    const enter = async (periodId: string, region: string, unitNames: string[], value: number) => {
      const rows = unitNames.flatMap((u) =>
        leaves.map((nodeCode) => ({
          nodeCode,
          unitId: units[region][u],
          value,
          publishedCategory: null,
          evidenceUrl: null,
          evidenceNote: null,
          evidenceRef: null,
        })),
      );
      await as(regionRole('region_editor', region), (c) => assessments.saveValues(c, { periodId, regionCode: region, rows }));
      await as(regionRole('region_admin', region), (c) => assessments.submit(c, periodId, region));
      await as(reviewer, (c) => assessments.acceptSubmission(c, periodId, region));
    };
    const year = async (y: number, kotaUnits: string[]) => {
      const period = await open('IPP', y);
      await enter(period.id, '19.71', kotaUnits, 4);
      await enter(period.id, '19.01', ['Disdukcapil', 'DMPTSP'], 3.5);
      await as(reviewer, (c) => assessments.closeEntry(c, period.id));
      await as(reviewer, (c) => assessments.publish(c, period.id));
    };

    beforeAll(async () => {
      for (const region of ['19.71', '19.01']) {
        units[region] = {};
        for (const name of ['Disdukcapil', 'DMPTSP', 'RSUD']) {
          const [u] = await h.runner.run(regionRole('region_admin', region), (m) =>
            m.query(`insert into unit (region_id, name, type) values ($1, $2, 'service_unit') returning id`, [region, name]),
          );
          units[region][name] = u.id;
        }
      }
      await year(2022, ['Disdukcapil', 'DMPTSP']);
      await year(2023, ['Disdukcapil', 'RSUD']);
    });

    it('names the units added and dropped and marks the movement not comparable', async () => {
      const kota = await row(reviewer, '19.71', { frameworkCode: 'IPP' });
      expect(kota).toMatchObject({ movementComparable: false, movementNote: expect.stringMatching(/1 added, 1 dropped/) });
      expect(kota.unitsAdded).toEqual([{ unitId: units['19.71']['RSUD'], name: 'RSUD' }]);
      expect(kota.unitsDropped).toEqual([{ unitId: units['19.71']['DMPTSP'], name: 'DMPTSP' }]);
      expect(kota.valueChange).toBe(0); // the number alone would hide the changed lokus
      const kab = await row(reviewer, '19.01', { frameworkCode: 'IPP' });
      expect(kab).toMatchObject({ movementComparable: true, movementNote: null, unitsAdded: [], unitsDropped: [] });
    });

    it('says so in the region profile’s trend too', async () => {
      const profile = await as(regionRole('region_viewer', '19.71'), (c) =>
        insights.profile(c, { code: '19.71', name: 'Kota Pangkal Pinang', kind: 'kota', provinceCode: '19' }),
      );
      const history = profile.frameworks.find((f) => f.frameworkCode === 'IPP')!.history;
      expect(history.map((h) => [h.year, h.movementComparable])).toEqual([
        [2022, true],
        [2023, false],
      ]);
      expect(history[0]).toMatchObject({ unitsAdded: null, unitsDropped: null, movementNote: null });
      expect(history[1]).toMatchObject({
        movementNote: expect.stringMatching(/^Not comparable with 2022: other service units/),
        unitsAdded: [{ unitId: units['19.71']['RSUD'], name: 'RSUD' }],
        unitsDropped: [{ unitId: units['19.71']['DMPTSP'], name: 'DMPTSP' }],
      });
      const kab = await as(reviewer, (c) =>
        insights.profile(c, { code: '19.01', name: 'Kabupaten Bangka', kind: 'kabupaten', provinceCode: '19' }),
      );
      expect(kab.frameworks.find((f) => f.frameworkCode === 'IPP')!.latest).toMatchObject({
        movementComparable: true,
        unitsAdded: [],
        unitsDropped: [],
      });
    });

    it('shows another region the change but not the other region’s unit names', async () => {
      const seen = await row(regionRole('region_viewer', '19.01'), '19.71', { frameworkCode: 'IPP' });
      expect(seen.movementComparable).toBe(false);
      expect(seen.unitsAdded).toEqual([{ unitId: units['19.71']['RSUD'], name: null }]);
      const other = await as(operator, (c) =>
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
        }),
      );
      expect(other.rows.every((r) => r.unitsAdded === null)).toBe(true);
    });
  });
});
