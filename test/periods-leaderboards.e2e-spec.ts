import { flattenNodes, isLeaf, shippedDefinition } from '@rapor/domain';
import { BOARD_CAST, createTestDatabase, signInAll, type TestDatabase } from '@rapor/testing';
import { startTestApp, type TestApp } from './support/app';

// The whole flow over GraphQL with real sign-ins: two regions of Kepulauan Bangka Belitung (19)
// and one of Sumatera Barat (13), row-level security doing the isolation.
const sakip = shippedDefinition('SAKIP', '2021');
const leaves = flattenNodes(sakip).filter((f) => isLeaf(f.node));
const rowsAt = (share: number) => leaves.map((f) => ({ nodeCode: f.node.code, value: Math.round(f.scale.max * share * 1000) / 1000, evidenceUrl: 'https://example.go.id/lke.pdf' }));

const OPEN = `mutation($input: OpenPeriodInput!) { openPeriod(input: $input) { id state frameworkVersion } }`;
const SAVE = `mutation($input: SaveValuesInput!) { saveValues(input: $input) { id nodeCode value state } }`;
const SUBMIT = `mutation($p: ID!, $r: String!) { submitRegionValues(periodId: $p, regionCode: $r) { state } }`;
const ACCEPT = `mutation($p: ID!, $r: String!) { acceptSubmission(periodId: $p, regionCode: $r) { state } }`;
const VALUES = `query($p: ID!, $r: String) { assessmentValues(periodId: $p, regionCode: $r) { id regionCode state } }`;
const CLOSE = `mutation($p: ID!) { closePeriodEntry(periodId: $p) { state } }`;
const PUBLISH = `mutation($p: ID!) { publishPeriod(periodId: $p) { state publishedRevision } }`;
const BOARD = `query($provisional: Boolean) { leaderboard(provinceCode: "19", frameworkCode: "SAKIP", year: 2023, provisional: $provisional) {
  revision rows { regionCode value category rank gapToLeader } } }`;

describe('periods and leaderboards over GraphQL', () => {
  let db: TestDatabase;
  let t: TestApp;
  let h: Record<string, Record<string, string>> = {};
  let periodId = '';

  beforeAll(async () => {
    db = await createTestDatabase();
    t = await startTestApp(db);
    h = (await signInAll(db, t, BOARD_CAST)).headers;
  });

  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  const ok = async <T>(query: string, variables: Record<string, unknown>, who: string): Promise<T> => {
    const res = await t.gql<T>(query, variables, h[who]);
    if (res.errors) throw new Error(`${who}: ${JSON.stringify(res.errors)}`);
    return res.data as T;
  };
  const code = async (query: string, variables: Record<string, unknown>, who: string) => (await t.gql(query, variables, h[who])).errors?.[0]?.extensions.code;

  it('opens a period for the reviewer’s province only', async () => {
    const input = { provinceCode: '19', frameworkCode: 'SAKIP', year: 2023 };
    expect(await code(OPEN, { input }, 'reviewer13')).toBe('FORBIDDEN');
    expect(await code(OPEN, { input }, 'adminPK')).toBe('FORBIDDEN');
    const res = await t.gql(OPEN, { input: { ...input, year: 1800 } }, h.reviewer);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['year'] });
    periodId = (await ok<{ openPeriod: { id: string } }>(OPEN, { input }, 'reviewer')).openPeriod.id;
  });

  it('takes drafts all-or-nothing with per-row errors, and keeps them private', async () => {
    const bad = await t.gql(SAVE, { input: { periodId, regionCode: '19.71', rows: [...rowsAt(0.7).slice(0, 2), { nodeCode: 'NOPE', value: 1 }] } }, h.editorPK);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['rows.2.nodeCode'] });
    expect((await ok<{ assessmentValues: unknown[] }>(VALUES, { p: periodId, r: '19.71' }, 'editorPK')).assessmentValues).toEqual([]);
    await ok(SAVE, { input: { periodId, regionCode: '19.71', rows: rowsAt(0.7) } }, 'editorPK');
    await ok(SAVE, { input: { periodId, regionCode: '19.04', rows: rowsAt(0.9) } }, 'editorBT');
    expect(await code(SAVE, { input: { periodId, regionCode: '19.04', rows: rowsAt(0.1) } }, 'editorPK')).toBe('FORBIDDEN');
    expect((await ok<{ assessmentValues: unknown[] }>(VALUES, { p: periodId, r: '19.71' }, 'editorBT')).assessmentValues).toEqual([]);
    expect(await code(VALUES, { p: periodId, r: null }, 'viewerPadang')).toBeUndefined();
    expect((await ok<{ assessmentValues: unknown[] }>(VALUES, { p: periodId, r: null }, 'viewerPadang')).assessmentValues).toEqual([]);
    expect((await ok<{ assessmentValues: unknown[] }>(VALUES, { p: periodId, r: null }, 'reviewer')).assessmentValues).toHaveLength(2 * leaves.length);
  });

  it('reports every problem of every row at once, with 1-based row numbers: a bad link hides nothing', async () => {
    const rows = [{ ...rowsAt(0.7)[0], evidenceUrl: 'lihat lampiran' }, { nodeCode: 'NOPE', value: 1 }, { ...rowsAt(0.7)[1], value: 10_000 }];
    const res = await t.gql(SAVE, { input: { periodId, regionCode: '19.71', rows } }, h.editorPK);
    const extensions = res.errors?.[0].extensions as { code: string; rowErrors: { row: number; field: string; code: string }[] };
    expect(extensions.code).toBe('BAD_USER_INPUT');
    expect(extensions.rowErrors.map((e) => [e.row, e.field, e.code])).toEqual([
      [1, 'rows.0.evidenceUrl', 'INVALID_URL'],
      [2, 'rows.1.nodeCode', 'UNKNOWN_NODE'],
      [3, 'rows.2.value', 'VALUE_OUT_OF_SCALE'],
    ]);
    expect(res.errors?.[0].message).toMatch(/row 2: "NOPE" is not an indicator \(leaf\) of SAKIP \(version 2021\)/);
  });

  it('gives reviewers the whole province to review: every region, the ones not started too, with names and completeness', async () => {
    const SUBMISSIONS = `query($p: ID!) { submissions(periodId: $p) { regionCode regionName state indicatorsFilled indicatorsTotal completeness } }`;
    const list = (await ok<{ submissions: { regionCode: string; regionName: string; state: string; indicatorsFilled: number; indicatorsTotal: number; completeness: number }[] }>(SUBMISSIONS, { p: periodId }, 'reviewer')).submissions;
    expect(list).toHaveLength(7);
    expect(list.find((s) => s.regionCode === '19.71')).toEqual({ regionCode: '19.71', regionName: 'Kota Pangkal Pinang', state: 'DRAFT', indicatorsFilled: leaves.length, indicatorsTotal: leaves.length, completeness: 1 });
    expect(list.find((s) => s.regionCode === '19.01')).toEqual({ regionCode: '19.01', regionName: 'Kabupaten Bangka', state: 'NOT_STARTED', indicatorsFilled: 0, indicatorsTotal: leaves.length, completeness: 0 });
    expect((await ok<{ submissions: { regionCode: string }[] }>(SUBMISSIONS, { p: periodId }, 'editorPK')).submissions.map((s) => s.regionCode)).toEqual(['19.71']);
    expect((await ok<{ submissions: unknown[] }>(SUBMISSIONS, { p: periodId }, 'reviewer13')).submissions).toEqual([]);
    const NAMED = `query($p: ID!) { assessmentValues(periodId: $p, regionCode: "19.71") { regionName nodeCode nodeNameId nodeNameEn scaleMin scaleMax } }`;
    const [value] = (await ok<{ assessmentValues: { nodeCode: string }[] }>(NAMED, { p: periodId }, 'editorPK')).assessmentValues;
    const leaf = leaves.find((f) => f.node.code === value.nodeCode)!;
    expect(value).toEqual({ regionName: 'Kota Pangkal Pinang', nodeCode: leaf.node.code, nodeNameId: leaf.node.names.id, nodeNameEn: leaf.node.names.en, scaleMin: leaf.scale.min, scaleMax: leaf.scale.max });
  });

  it('submits, reviews and shows provisional results to reviewers only', async () => {
    expect(await code(SUBMIT, { p: periodId, r: '19.71' }, 'editorPK')).toBe('FORBIDDEN');
    expect((await ok<{ submitRegionValues: { state: string } }>(SUBMIT, { p: periodId, r: '19.71' }, 'adminPK')).submitRegionValues.state).toBe('SUBMITTED');
    await ok(SUBMIT, { p: periodId, r: '19.04' }, 'adminBT');
    expect(await code(SAVE, { input: { periodId, regionCode: '19.71', rows: rowsAt(0.75) } }, 'editorPK')).toBe('BAD_USER_INPUT');
    expect(await code(ACCEPT, { p: periodId, r: '19.71' }, 'adminPK')).toBe('FORBIDDEN');
    await ok(ACCEPT, { p: periodId, r: '19.71' }, 'reviewer');
    await ok(ACCEPT, { p: periodId, r: '19.04' }, 'reviewer');
    const provisional = await ok<{ leaderboard: { rows: { regionCode: string; rank: number }[] } }>(BOARD, { provisional: true }, 'reviewer');
    expect(provisional.leaderboard.rows.slice(0, 2).map((r) => [r.regionCode, r.rank])).toEqual([['19.04', 1], ['19.71', 2]]);
    expect(await code(BOARD, { provisional: true }, 'adminPK')).toBe('FORBIDDEN');
    expect(await code(BOARD, { provisional: false }, 'adminPK')).toBe('NOT_PUBLISHED');
  });

  it('publishes: the province sees the leaderboard, another province sees nothing, nothing changes any more', async () => {
    await ok(CLOSE, { p: periodId }, 'reviewer');
    expect((await ok<{ publishPeriod: { state: string } }>(PUBLISH, { p: periodId }, 'reviewer')).publishPeriod.state).toBe('PUBLISHED');
    const board = await ok<{ leaderboard: { revision: number; rows: { regionCode: string; value: number | null; rank: number | null; category: string | null }[] } }>(
      BOARD,
      {},
      'editorBT',
    );
    expect(board.leaderboard.revision).toBe(1);
    expect(board.leaderboard.rows).toHaveLength(7);
    expect(board.leaderboard.rows[0]).toMatchObject({ regionCode: '19.04', value: 90, rank: 1, category: 'A' });
    expect(board.leaderboard.rows[1]).toMatchObject({ regionCode: '19.71', rank: 2, category: 'B' });
    expect(board.leaderboard.rows.slice(2).every((r) => r.value === null && r.rank === null)).toBe(true);
    expect(await code(BOARD, {}, 'viewerPadang')).toBe('NOT_FOUND');
    expect(await code(BOARD, {}, 'reviewer13')).toBe('NOT_FOUND');
    expect(await code(SAVE, { input: { periodId, regionCode: '19.71', rows: rowsAt(0.8) } }, 'editorPK')).toBe('PERIOD_ALREADY_PUBLISHED');
    expect((await t.gql(BOARD, {})).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('filters leaderboards by the RegionKind enum, as regions(kind:) does', async () => {
    const KIND = `query($kind: RegionKind) { leaderboard(provinceCode: "19", frameworkCode: "SAKIP", year: 2023, kind: $kind) { rows { regionCode } }
      regions: province(code: "19") { regions(kind: $kind) { code } } }`;
    const kota = await ok<{ leaderboard: { rows: { regionCode: string }[] }; regions: { regions: { code: string }[] } }>(KIND, { kind: 'KOTA' }, 'editorBT');
    expect(kota.leaderboard.rows.map((r) => r.regionCode)).toEqual(['19.71']);
    expect(kota.regions.regions.map((r) => r.code)).toEqual(['19.71']);
    const national = await ok<{ nationalLeaderboard: unknown }>(`{ nationalLeaderboard(frameworkCode: "SAKIP", year: 2023, kind: KABUPATEN) { __typename } }`, {}, 'editorBT');
    expect(national.nationalLeaderboard).toBeTruthy();
  });

  it('answers the heatmap, the trailing list, the profile and a what-if for the province', async () => {
    const res = await t.gql<{ heatmap: { areas: unknown[]; rows: unknown[] }; trailing: { overall: { regionCode: string }[] }; regionProfile: { frameworks: { frameworkCode: string }[] }; whatIf: { rank: number } }>(
      `{ heatmap(provinceCode: "19", frameworkCode: "SAKIP", year: 2023) { areas { code } rows { regionCode } }
         trailing(provinceCode: "19", frameworkCode: "SAKIP", year: 2023, n: 1) { overall { regionCode } }
         regionProfile(code: "19.71") { frameworks { frameworkCode } }
         whatIf(input: { regionCode: "19.71", frameworkCode: "SAKIP", year: 2023, changes: [{ nodeCode: "PENGUKURAN_PEMANFAATAN", value: 15 }, { nodeCode: "PERENCANAAN_PEMANFAATAN", value: 15 }, { nodeCode: "EVALUASI_INTERNAL_PEMANFAATAN", value: 12.5 }] }) { rank value } }`,
      {},
      h.adminPK,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.heatmap.areas).toHaveLength(4);
    expect(res.data!.trailing.overall.map((r) => r.regionCode)).toEqual(['19.71']);
    expect(res.data!.regionProfile.frameworks.map((f) => f.frameworkCode)).toEqual(['SAKIP']);
    // 70 + (15 − 10.5) + (15 − 10.5) + (12.5 − 8.75): still behind 19.04's 90.
    expect(res.data!.whatIf).toEqual({ value: 82.75, rank: 2 });
  });

  it("keeps a region's profile (its targets, innovations, weakest areas) to its own team and the province's reviewers", async () => {
    const profile = '{ regionProfile(code: "19.71") { regionCode frameworks { frameworkCode } } }';
    expect((await t.gql(profile, {}, h.reviewer)).errors).toBeUndefined();
    expect((await t.gql(profile, {}, h.editorPK)).errors).toBeUndefined();
    // Another team of the same province sees 19.71 on the boards, not its page.
    expect(await code(profile, {}, 'adminBT')).toBe('FORBIDDEN');
    expect(await code(profile, {}, 'viewerPadang')).toBe('FORBIDDEN');
    expect(await code(profile, {}, 'reviewer13')).toBe('FORBIDDEN');
  });

  it('gives the web app category labels, band order, comparability and counts over GraphQL', async () => {
    type Label = { code: string; nameId: string; nameEn: string } | null;
    const res = await t.gql<{
      leaderboard: { movementBasis: string; regionCount: number; rankedCount: number; notSubmittedCount: number | null; rows: { regionCode: string; category: string | null; categoryLabel: Label; movementComparable: boolean; unitsAdded: unknown }[] };
      heatmap: { rows: { regionCode: string; categoryLabel: Label }[] };
      trailing: { overall: { standing: string; categoryLabel: Label }[] };
      regionProfile: { frameworks: { latest: { categoryLabel: Label; movementComparable: boolean } }[] };
    }>(
      `{ leaderboard(provinceCode: "19", frameworkCode: "SAKIP", year: 2023, sortBy: CATEGORY, direction: DESC) {
           movementBasis regionCount rankedCount notSubmittedCount
           rows { regionCode category categoryLabel { code nameId nameEn } movementComparable unitsAdded { unitId name } } }
         heatmap(provinceCode: "19", frameworkCode: "SAKIP", year: 2023) { rows { regionCode categoryLabel { code nameId nameEn } } }
         trailing(provinceCode: "19", frameworkCode: "SAKIP", year: 2023, n: 1) { overall { standing categoryLabel { code nameId nameEn } } }
         regionProfile(code: "19.71") { frameworks { latest { categoryLabel { code nameId nameEn } movementComparable } } } }`,
      {},
      h.adminPK,
    );
    expect(res.errors).toBeUndefined();
    const board = res.data!.leaderboard;
    expect(board).toMatchObject({ movementBasis: 'PROVINCE_RANKS', regionCount: 7, rankedCount: 2, notSubmittedCount: null });
    // Worst band first: B (19.71) before A (19.04); regions without data stay last.
    expect(board.rows.slice(0, 2).map((r) => [r.regionCode, r.category])).toEqual([['19.71', 'B'], ['19.04', 'A']]);
    expect(board.rows[0]).toMatchObject({ categoryLabel: { code: 'B', nameId: 'Baik', nameEn: 'Good' }, movementComparable: true, unitsAdded: null });
    expect(res.data!.heatmap.rows.find((r) => r.regionCode === '19.04')!.categoryLabel).toEqual({ code: 'A', nameId: 'Memuaskan', nameEn: 'Satisfactory' });
    expect(res.data!.trailing.overall[0]).toEqual({ standing: '2 of 2 ranked', categoryLabel: { code: 'B', nameId: 'Baik', nameEn: 'Good' } });
    expect(res.data!.regionProfile.frameworks[0].latest).toEqual({ categoryLabel: { code: 'B', nameId: 'Baik', nameEn: 'Good' }, movementComparable: true });
  });
});
