import { createDataSource, TenantTransactionRunner } from '@rapor/db';
import { createTestDatabase, operator, regionRole, reviewerOf, type TestDatabase } from '@rapor/testing';
import { DEMO_PROVINCE, DEMO_REGIONS, DEMO_SOURCE, loadDemoData } from './demo-data';

describe('demo dataset', () => {
  let db: TestDatabase;
  const who = { operator, reviewer: reviewerOf(DEMO_PROVINCE), region: regionRole };

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('loads a labelled province across years and frameworks, once', async () => {
    const first = await loadDemoData(db.apiUrl, who);
    expect(first.loaded).toBe(true);
    expect(first.values).toBeGreaterThan(1000);
    expect((await loadDemoData(db.apiUrl, who)).loaded).toBe(false);

    const ds = await createDataSource({ url: db.apiUrl, poolSize: 1 }).initialize();
    const runner = new TenantTransactionRunner(ds);
    try {
      const periods: { code: string; year: number; state: string; is_demo: boolean }[] = await runner.run(operator, (m) =>
        m.query(`select f.code, p.year, p.state, p.is_demo from assessment_period p join framework_version f on f.id = p.framework_version_id order by 1, 2`),
      );
      expect(periods.every((p) => p.is_demo)).toBe(true);
      expect(periods.filter((p) => p.state === 'published')).toHaveLength(periods.length - 1);
      expect(new Set(periods.map((p) => p.code))).toEqual(new Set(['RB', 'SAKIP', 'IKM', 'IPP', 'OMBUDSMAN', 'OPINI_BPK']));

      // Sampang trails the SAKIP 2023 leaderboard; regions without data are unranked, not last.
      const board: { region_id: string; rank: number | null; ranked_count: number }[] = await runner.run(regionRole('region_viewer', DEMO_REGIONS.sampang), (m) =>
        m.query(
          `select r.region_id, r.rank, r.ranked_count from published_result r join assessment_period p on p.id = r.period_id
           join framework_version f on f.id = p.framework_version_id where f.code = 'SAKIP' and p.year = 2023 and r.node_code = '*'`,
        ),
      );
      const sampang = board.find((r) => r.region_id === DEMO_REGIONS.sampang)!;
      expect(sampang.rank).toBe(sampang.ranked_count);
      expect(board.length).toBe(38);

      // The live period holds submissions in every state.
      const states: { state: string }[] = await runner.run(reviewerOf(DEMO_PROVINCE), (m) =>
        m.query(`select distinct s.state from region_submission s join assessment_period p on p.id = s.period_id where p.state = 'open'`),
      );
      expect(new Set(states.map((s) => s.state))).toEqual(new Set(['draft', 'submitted', 'returned', 'verified']));
      const [{ labelled }] = await runner.run(operator, (m) =>
        m.query(`select bool_and(coalesce(source_note, evidence_note) = $1) as labelled from assessment_value`, [DEMO_SOURCE]),
      );
      expect(labelled).toBe(true);
    } finally {
      await ds.destroy();
    }
  });
});
