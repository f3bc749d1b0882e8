import { DEMO_SETUP_TIMEOUT, operator, regionRole, reviewerOf, startServiceHarness, type ServiceHarness } from '@rapor/testing';
import { DEMO_PROVINCE, DEMO_REGIONS, DEMO_SOURCE, loadDemoData } from './demo-data';

// The demo template of the test run is what `npm start` makes: the demo logins, then
// loadDemoData into a fresh database (which must report it loaded). This spec reads a clone.
describe('demo dataset', () => {
  let h: ServiceHarness;
  const who = { operator, reviewer: reviewerOf(DEMO_PROVINCE), region: regionRole };

  beforeAll(async () => {
    h = await startServiceHarness([], { poolSize: 1 }, { demo: true });
  }, DEMO_SETUP_TIMEOUT);
  afterAll(() => h.close());

  it('loads a labelled province across years and frameworks, once', async () => {
    const [{ values }] = await h.sql<{ values: number }>(operator, `select count(*)::int as values from assessment_value`);
    expect(values).toBeGreaterThan(1000);
    expect(await loadDemoData(h.db.apiUrl, who)).toEqual({ loaded: false, periods: 0, values: 0 });

    const periods = await h.sql<{ code: string; year: number; state: string; is_demo: boolean }>(
      operator,
      `select f.code, p.year, p.state, p.is_demo from assessment_period p join framework_version f on f.id = p.framework_version_id order by 1, 2`,
    );
    expect(periods.every((p) => p.is_demo)).toBe(true);
    expect(periods.filter((p) => p.state === 'published')).toHaveLength(periods.length - 1);
    expect(new Set(periods.map((p) => p.code))).toEqual(new Set(['RB', 'SAKIP', 'IKM', 'IPP', 'OMBUDSMAN', 'OPINI_BPK']));

    // Sampang trails the SAKIP 2023 leaderboard; regions without data are unranked, not last.
    const board = await h.sql<{ region_id: string; rank: number | null; ranked_count: number }>(
      regionRole('region_viewer', DEMO_REGIONS.sampang),
      `select r.region_id, r.rank, r.ranked_count from published_result r join assessment_period p on p.id = r.period_id
       join framework_version f on f.id = p.framework_version_id where f.code = 'SAKIP' and p.year = 2023 and r.node_code = '*'`,
    );
    const sampang = board.find((r) => r.region_id === DEMO_REGIONS.sampang)!;
    expect(sampang.rank).toBe(sampang.ranked_count);
    expect(board.length).toBe(38);

    // The live period holds submissions in every state.
    const states = await h.sql<{ state: string }>(
      reviewerOf(DEMO_PROVINCE),
      `select distinct s.state from region_submission s join assessment_period p on p.id = s.period_id where p.state = 'open'`,
    );
    expect(new Set(states.map((s) => s.state))).toEqual(new Set(['draft', 'submitted', 'returned', 'verified']));
    const [{ labelled }] = await h.sql<{ labelled: boolean }>(
      operator,
      `select bool_and(coalesce(source_note, evidence_note) = $1) as labelled from assessment_value`,
      [DEMO_SOURCE],
    );
    expect(labelled).toBe(true);
  });
});
