import { flattenNodes, isLeaf, shippedDefinition } from '@rapor/domain';
import { BOARD_CAST, createTestDatabase, signInAll, type TestDatabase } from '@rapor/testing';
import { startTestApp, type TestApp } from './support/app';

// Why a region trails, what-ifs by area and paths to a target, over GraphQL with real sign-ins
// and row-level security: Kota Pangkal Pinang (19.71) and Bangka Tengah (19.04) publish SAKIP
// 2023 from entered values; SAKIP 2024 is open with drafts; Kota Padang (13.71) is elsewhere.
const sakip = shippedDefinition('SAKIP', '2021');
const leaves = flattenNodes(sakip).filter((f) => isLeaf(f.node));
const rowsAt = (share: number, over: Record<string, number> = {}) =>
  leaves.map((f) => ({ nodeCode: f.node.code, value: over[f.node.code] ?? Math.round(f.scale.max * share * 1000) / 1000, evidenceUrl: 'https://example.go.id/lke.pdf' }));

const OPEN = `mutation($input: OpenPeriodInput!) { openPeriod(input: $input) { id } }`;
const SAVE = `mutation($input: SaveValuesInput!) { saveValues(input: $input) { id } }`;
const SUBMIT = `mutation($p: ID!, $r: String!) { submitRegionValues(periodId: $p, regionCode: $r) { state } }`;
const ACCEPT = `mutation($p: ID!, $r: String!) { acceptSubmission(periodId: $p, regionCode: $r) { state } }`;
const CLOSE = `mutation($p: ID!) { closePeriodEntry(periodId: $p) { state } }`;
const PUBLISH = `mutation($p: ID!) { publishPeriod(periodId: $p) { state } }`;
const WEAK = `nodeCode areaCode value median leader weightedShortfallToMedian weightedShortfallToLeader`;
const WHY = `{ regionProfile(code: "19.71") { frameworks { frameworkCode weakestIndicators { ${WEAK} } } }
  trailing(provinceCode: "19", frameworkCode: "SAKIP", year: 2023, n: 1) { overall { regionCode weakestIndicators { ${WEAK} } } } }`;
const WHAT_IF = `query($input: WhatIfInput!) { whatIf(input: $input) {
  basis boardYear currentValue currentRank value category rank rankedCount changedValues { nodeCode from to } areas { areaCode currentValue value best } } }`;
const PATH = `query($input: PathToTargetInput!) { pathToTarget(input: $input) {
  basis boardYear targetValue currentValue currentRank reached reachable value category rank steps { nodeCode from to compositeGain value category rank } } }`;

describe('why a region trails, what-ifs and paths to a target over GraphQL', () => {
  let db: TestDatabase;
  let t: TestApp;
  let h: Record<string, Record<string, string>> = {};

  const ok = async <T>(query: string, variables: Record<string, unknown>, who: string): Promise<T> => {
    const res = await t.gql<T>(query, variables, h[who]);
    if (res.errors) throw new Error(`${who}: ${JSON.stringify(res.errors)}`);
    return res.data as T;
  };
  const error = async (query: string, variables: Record<string, unknown>, who: string) => (await t.gql(query, variables, h[who])).errors?.[0];

  beforeAll(async () => {
    db = await createTestDatabase();
    t = await startTestApp(db);
    h = (await signInAll(db, t, BOARD_CAST)).headers;
    const open = async (year: number) => (await ok<{ openPeriod: { id: string } }>(OPEN, { input: { provinceCode: '19', frameworkCode: 'SAKIP', year } }, 'reviewer')).openPeriod.id;
    const p2023 = await open(2023);
    await ok(SAVE, { input: { periodId: p2023, regionCode: '19.71', rows: rowsAt(0.7, { PENGUKURAN_PEMANFAATAN: 6 }) } }, 'editorPK'); // 65.5
    await ok(SAVE, { input: { periodId: p2023, regionCode: '19.04', rows: rowsAt(0.9) } }, 'editorBT'); // 90
    await ok(SUBMIT, { p: p2023, r: '19.71' }, 'adminPK');
    await ok(SUBMIT, { p: p2023, r: '19.04' }, 'adminBT');
    await ok(ACCEPT, { p: p2023, r: '19.71' }, 'reviewer');
    await ok(ACCEPT, { p: p2023, r: '19.04' }, 'reviewer');
    await ok(CLOSE, { p: p2023 }, 'reviewer');
    await ok(PUBLISH, { p: p2023 }, 'reviewer');
    const p2024 = await open(2024);
    await ok(SAVE, { input: { periodId: p2024, regionCode: '19.71', rows: rowsAt(0.75) } }, 'editorPK'); // 75, a draft
    await ok(SAVE, { input: { periodId: p2024, regionCode: '19.04', rows: rowsAt(1) } }, 'editorBT'); // 100, a draft nobody else reads
  });

  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  it('names the weakest indicators in the profile and the trailing list, to the province only', async () => {
    type Why = { regionProfile: { frameworks: { weakestIndicators: Record<string, unknown>[] }[] }; trailing: { overall: { regionCode: string; weakestIndicators: Record<string, unknown>[] }[] } };
    const why = await ok<Why>(WHY, {}, 'reviewer');
    const worst = { nodeCode: 'PENGUKURAN_PEMANFAATAN', areaCode: 'PENGUKURAN', value: 6, median: 9.75, leader: 13.5, weightedShortfallToMedian: 3.75, weightedShortfallToLeader: 7.5 };
    expect(why.regionProfile.frameworks[0].weakestIndicators[0]).toEqual(worst);
    expect(why.trailing.overall).toEqual([expect.objectContaining({ regionCode: '19.71' })]);
    expect(why.trailing.overall[0].weakestIndicators).toHaveLength(3);
    expect(why.trailing.overall[0].weakestIndicators[0]).toEqual(worst);
    for (const who of ['viewerPadang', 'reviewer13']) {
      // Another province: neither the region's page nor the province's trailing list.
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain((await error(WHY, {}, who))?.extensions.code);
    }
  });

  it('raises an area by points on the published board', async () => {
    const res = await ok<{ whatIf: Record<string, unknown> & { areas: { areaCode: string }[] } }>(
      WHAT_IF,
      { input: { regionCode: '19.71', frameworkCode: 'SAKIP', year: 2023, areaChanges: [{ nodeCode: 'PENGUKURAN', delta: 3 }] } },
      'editorPK',
    );
    expect(res.whatIf).toMatchObject({ basis: 'PUBLISHED', boardYear: 2023, currentValue: 65.5, currentRank: 2, value: 68.5, category: 'B', rank: 2, rankedCount: 2 });
    expect(res.whatIf.changedValues).toEqual([
      { nodeCode: 'PENGUKURAN_PEMENUHAN', from: 4.2, to: 4.6 },
      { nodeCode: 'PENGUKURAN_KUALITAS', from: 6.3, to: 6.9 },
      { nodeCode: 'PENGUKURAN_PEMANFAATAN', from: 6, to: 8 },
    ]);
    expect(res.whatIf.areas.find((a) => a.areaCode === 'PENGUKURAN')).toEqual({ areaCode: 'PENGUKURAN', currentValue: 16.5, value: 19.5, best: 30 });
    const tooFar = await error(WHAT_IF, { input: { regionCode: '19.71', frameworkCode: 'SAKIP', year: 2023, areaChanges: [{ nodeCode: 'PENGUKURAN', delta: 20 }] } }, 'editorPK');
    expect(tooFar?.extensions).toMatchObject({ code: 'NOT_ENOUGH_ROOM', fields: ['areaChanges'] });
  });

  it('finds the cheapest way to a target on the published board', async () => {
    const res = await ok<{ pathToTarget: { steps: unknown[] } }>(PATH, { input: { regionCode: '19.71', frameworkCode: 'SAKIP', year: 2023, targetCategory: 'BB' } }, 'adminPK');
    expect(res.pathToTarget).toMatchObject({ targetValue: 70.01, currentValue: 65.5, reached: false, reachable: true, value: 70.01, category: 'BB', rank: 2 });
    expect(res.pathToTarget.steps).toEqual([
      { nodeCode: 'PENGUKURAN_PEMANFAATAN', from: 6, to: 10.51, compositeGain: 4.51, value: 70.01, category: 'BB', rank: 2 },
    ]);
    const none = await error(PATH, { input: { regionCode: '19.71', frameworkCode: 'SAKIP', year: 2023 } }, 'adminPK');
    expect(none?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['targetCategory', 'targetRank'] });
    const noPeriod = await error(WHAT_IF, { input: { regionCode: '19.71' } }, 'adminPK');
    expect(noPeriod?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['periodId', 'frameworkCode', 'year'] });
  });

  it('lets the team start from its drafts, ranked on the last published board without anybody else’s drafts', async () => {
    const input = { regionCode: '19.71', frameworkCode: 'SAKIP', year: 2024, basis: 'DRAFT' };
    const draft = await ok<{ whatIf: unknown }>(WHAT_IF, { input }, 'editorPK');
    expect(draft.whatIf).toMatchObject({ basis: 'DRAFT', boardYear: 2023, currentValue: 75, currentRank: 2, rankedCount: 2 });
    // Rank 1 means tying the published 90 of 19.04 — not its unpublished 100.
    const first = await ok<{ pathToTarget: unknown }>(PATH, { input: { ...input, targetRank: 1 } }, 'adminPK');
    expect(first.pathToTarget).toMatchObject({ basis: 'DRAFT', targetValue: 90, rank: 1, reachable: true });
    expect((await error(WHAT_IF, { input: { ...input, basis: 'PUBLISHED' } }, 'editorPK'))?.extensions.code).toBe('NOT_PUBLISHED');
    expect((await error(WHAT_IF, { input: { ...input, basis: 'PROVISIONAL' } }, 'editorPK'))?.extensions).toMatchObject({ code: 'FORBIDDEN', fields: ['basis'] });
  });

  it('refuses another region and another province, saying it is a matter of permission', async () => {
    for (const who of ['adminBT', 'viewerPadang', 'reviewer13']) {
      for (const [query, input] of [
        [WHAT_IF, { regionCode: '19.71', frameworkCode: 'SAKIP', year: 2023 }],
        [WHAT_IF, { regionCode: '19.71', frameworkCode: 'SAKIP', year: 2024, basis: 'DRAFT' }],
        [PATH, { regionCode: '19.71', frameworkCode: 'SAKIP', year: 2023, targetRank: 1 }],
      ] as const) {
        const e = await error(query, { input }, who);
        expect(e?.extensions).toMatchObject({ code: 'FORBIDDEN', fields: ['regionCode'] });
        expect(e?.message).toMatch(/own team and the reviewers/);
      }
    }
  });
});
