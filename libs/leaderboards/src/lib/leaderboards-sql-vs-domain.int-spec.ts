import fc from 'fast-check';
import { Client } from 'pg';
import { AssessmentsModule, AssessmentsService } from '@rapor/assessments';
import { reviewerOf, startServiceHarness, type ServiceHarness } from '@rapor/testing';
import { competitionRanks, gaps, median, movement, rankPositions, roundTo } from '@rapor/domain';
import { LeaderboardsModule } from './leaderboards.module';
import { LeaderboardsRepository } from './leaderboards.repository';
import { LeaderboardSort, SortDirection } from './models/leaderboard.model';

// One source of truth for ranks and gaps: the boards are computed in SQL for speed, and this
// property test proves that SQL and the domain functions (competitionRanks, rankPositions,
// median, gaps, movement) agree on every field, on random boards with ties and missing values.
// Jawa Timur (35): 38 regions; SAKIP at precision 2.
describe('leaderboard SQL agrees with the domain functions', () => {
  let h: ServiceHarness;
  let admin: Client;
  let regions: string[];
  const periods: Record<number, string> = {};
  let repo: LeaderboardsRepository;
  const reviewer = reviewerOf('35');
  let assessments: AssessmentsService;
  const as: ServiceHarness['as'] = (p, fn) => h.as(p, fn);
  const scale = { precision: 2, higherIsBetter: true };

  beforeAll(async () => {
    h = await startServiceHarness([AssessmentsModule, LeaderboardsModule], { poolSize: 2 });
    assessments = h.app.get(AssessmentsService);
    repo = h.app.get(LeaderboardsRepository);
    for (const year of [2022, 2023, 2024]) {
      const period = await as(reviewer, (c) =>
        assessments.openPeriod(c, { provinceCode: '35', frameworkCode: 'SAKIP', year, version: null, deadline: null }),
      );
      periods[year] = period.id;
      if (year === 2024) continue;
      const raw = [{ line: 2, region: '35.78', value: '70', category: null, source: 'test' }];
      await as(reviewer, (c) => assessments.importOfficialResults(c, period.id, raw, { dryRun: false, source: 'test' }));
      await as(reviewer, (c) => assessments.closeEntry(c, period.id));
      await as(reviewer, (c) => assessments.publish(c, period.id));
    }
    // Fixtures are written past the API's permissions (the results of random boards).
    const url = new URL(h.db.adminUrl);
    url.pathname = `/${h.db.name}`;
    admin = new Client({ connectionString: url.toString() });
    await admin.connect();
    regions = (await admin.query(`select id from region where province_id = '35' order by id`)).rows.map((r) => r.id);
  });

  afterAll(async () => {
    await admin.end();
    await h.close();
  });

  // Four decimals around a few values, so that rounding to two makes ties; null = no data.
  const value = fc.option(
    fc.oneof(fc.integer({ min: 600000, max: 600300 }), fc.integer({ min: 0, max: 1000000 })).map((x) => x / 10000),
    { nil: null, freq: 4 },
  );
  const board = () => fc.array(value, { minLength: 38, maxLength: 38 });

  const store = async (year2022: (number | null)[], year2023: (number | null)[], year2024: (number | null)[]) => {
    await admin.query(`delete from published_result where period_id = any($1::uuid[])`, [[periods[2022], periods[2023]]]);
    await admin.query(`delete from region_result where period_id = $1`, [periods[2024]]);
    for (const [year, values] of [
      [2022, year2022],
      [2023, year2023],
    ] as const) {
      const ranks = competitionRanks(values, 2);
      const ids = regions.filter((_, i) => values[i] !== null);
      await admin.query(
        `insert into published_result (region_id, period_id, revision, node_code, value, complete, rank, ranked_count, source)
         select r, $2, 1, '*', v::numeric, true, k, $5, 'official' from unnest($1::text[], $3::text[], $4::int[]) as x(r, v, k)`,
        [
          ids,
          periods[year],
          values.filter((v) => v !== null).map((v) => v!.toFixed(4)),
          ranks.filter((k) => k !== null),
          ids.length,
        ],
      );
    }
    const ids = regions.filter((_, i) => year2024[i] !== null);
    await admin.query(
      `insert into region_result (region_id, period_id, node_code, value, complete, source)
       select r, $2, '*', v::numeric, true, 'computed' from unnest($1::text[], $3::text[]) as x(r, v)`,
      [ids, periods[2024], year2024.filter((v) => v !== null).map((v) => v!.toFixed(4))],
    );
  };

  const sqlBoard = (year: number, provisional: boolean) =>
    h.runner.run(reviewer, () =>
      repo.leaderboard({
        provinceCode: '35',
        frameworkCode: 'SAKIP',
        year,
        nodeCode: '*',
        kind: null,
        peerGroupId: null,
        provisional,
        sortBy: LeaderboardSort.CODE,
        direction: SortDirection.ASC,
      }),
    );
  const sqlHeatmap = () => h.runner.run(reviewer, () => repo.heatmap('35', 'SAKIP', 2023, false));
  const shown = (v: number | null) => (v === null ? null : roundTo(v, 2));

  it('on rank, ranked count, value, median, gaps, quartile and movement (published and provisional)', async () => {
    await fc.assert(
      fc.asyncProperty(board(), board(), board(), async (y2022, y2023, y2024) => {
        await store(y2022, y2023, y2024);
        for (const [year, cur, prev, provisional] of [
          [2023, y2023, y2022, false],
          [2024, y2024, y2023, true],
        ] as const) {
          const rows = await sqlBoard(year, provisional);
          const byRegion = new Map(rows.map((r) => [r.regionCode, r]));
          const ranks = competitionRanks(cur, 2);
          const prevRanks = competitionRanks(prev, 2);
          const both = cur.map((v, i) => (v !== null && prev[i] !== null ? v : null));
          const bothPrev = prev.map((v, i) => (v !== null && cur[i] !== null ? v : null));
          const commonRanks = competitionRanks(both, 2);
          const prevCommonRanks = competitionRanks(bothPrev, 2);
          const middle = median(cur.filter((v) => v !== null).map((v) => roundTo(v!, 2)));
          regions.forEach((code, i) => {
            const r = byRegion.get(code)!;
            const g = gaps(cur, i, scale);
            const moved = provisional
              ? movement({ rank: commonRanks[i], value: shown(cur[i]) }, { rank: prevCommonRanks[i], value: shown(prev[i]) }, 2)
              : movement({ rank: ranks[i], value: shown(cur[i]) }, { rank: prevRanks[i], value: shown(prev[i]) }, 2);
            expect({
              rank: r.rank,
              rankedCount: r.rankedCount,
              value: r.value,
              previousValue: r.previousValue,
              median: r.median,
              gapToLeader: r.gapToLeader,
              gapToNextRankUp: r.gapToNextRankUp,
              gapToMedian: r.gapToMedian,
              rankChange: r.rankChange,
              valueChange: r.valueChange,
              commonRank: r.commonRank,
            }).toEqual({
              rank: ranks[i],
              rankedCount: cur.filter((v) => v !== null).length,
              value: shown(cur[i]),
              previousValue: shown(prev[i]),
              median: middle === null ? null : roundTo(middle, 3),
              gapToLeader: g?.toLeader ?? null,
              gapToNextRankUp: g?.toNextRankUp ?? null,
              gapToMedian: g?.toMedian ?? null,
              rankChange: moved.rankChange,
              valueChange: moved.valueChange,
              commonRank: commonRanks[i],
            });
          });
        }
        const positions = rankPositions(y2023, 2);
        const cells = (await sqlHeatmap()).filter((c) => c.areaCode === '*');
        for (const c of cells) {
          const i = regions.indexOf(c.regionCode);
          expect([c.rank, c.quartile, c.value]).toEqual([
            positions[i]?.rank ?? null,
            positions[i]?.quartile ?? null,
            shown(y2023[i]),
          ]);
        }
      }),
      { numRuns: 40 },
    );
  });
});
