import { startTestApp, type TestApp } from './support/app';
import { bearer, createFixtureUser, login, type FixtureUserSpec } from './support/auth';
import { createTestDatabase, type TestDatabase } from './support/database';

// A and B are kabupaten/kota of Kepulauan Bangka Belitung (19); C is Kota Padang in Sumatera Barat (13).
const A = '19.71';
const B = '19.04';
const C = '13.71';

const PEOPLE = {
  adminA: { regions: { [A]: 'admin' } },
  editorA: { regions: { [A]: 'editor' } },
  viewerA: { regions: { [A]: 'viewer' } },
  adminB: { regions: { [B]: 'admin' } },
  adminC: { regions: { [C]: 'admin' } },
  reviewer19: { reviewerOf: ['19'] },
  reviewer13: { reviewerOf: ['13'] },
  operator: { operator: true },
} satisfies Record<string, FixtureUserSpec>;
type Who = keyof typeof PEOPLE | 'keyA' | 'anonymous';

const CREATE_UNIT = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { id name type parentId regionCode } }`;
const UPDATE_UNIT = `mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { id name } }`;
const DELETE_UNIT = `mutation($regionCode: String!, $id: ID!) { deleteUnit(regionCode: $regionCode, id: $id) }`;
const UNITS = `query($regionCode: String!) { units(regionCode: $regionCode) { id name } }`;
const SET_TARGET = `mutation($regionCode: String!, $frameworkCode: String!, $year: Int!, $category: String, $rank: Int) {
  setTarget(regionCode: $regionCode, frameworkCode: $frameworkCode, year: $year, category: $category, rank: $rank) { frameworkCode year category rank }
}`;
const TARGETS = `query($regionCode: String!) { targets(regionCode: $regionCode) { frameworkCode year category rank } }`;
const CREATE_INNOVATION = `mutation($input: CreateInnovationInput!) { createInnovation(input: $input) { id status unit { name } } }`;
const STEP = (name: string) =>
  `mutation($regionCode: String!, $id: ID!) { ${name}(regionCode: $regionCode, id: $id) { id status } }`;
const RECORD_STAGE = `mutation($regionCode: String!, $id: ID!, $stage: String!, $source: String) {
  recordInnovationStage(regionCode: $regionCode, id: $id, stage: $stage, source: $source) { id status stage }
}`;
const INNOVATIONS = `query($regionCode: String!) { innovations(regionCode: $regionCode) { id title } }`;
const SUMMARY = `query($regionCode: String!) { innovationSummary(regionCode: $regionCode) { total byStatus { status count } byStage { stage label level count } } }`;
const AUDIT = `query($regionCode: String, $entity: String, $first: Int, $after: String) {
  auditLog(regionCode: $regionCode, entity: $entity, first: $first, after: $after) {
    entries { entity action actorUserId actorRole requestId regionCode reason changedFields before after }
    endCursor hasNextPage
  }
}`;

type Errors = { message: string; extensions: Record<string, unknown> }[] | undefined;
const codeOf = (errors: Errors) => errors?.[0]?.extensions['code'];

describe('units, targets, innovations and the audit log over GraphQL', () => {
  let db: TestDatabase;
  let t: TestApp;
  const headers = {} as Record<Who, Record<string, string>>;
  const ids = {} as Record<keyof typeof PEOPLE, string>;
  const as = <T = Record<string, unknown>>(
    who: Who,
    query: string,
    variables: Record<string, unknown> = {},
    extra: Record<string, string> = {},
  ) => t.gql<T>(query, variables, { ...headers[who], ...extra });
  const ok = async <T>(who: Who, query: string, variables: Record<string, unknown> = {}, extra: Record<string, string> = {}) => {
    const res = await as<T>(who, query, variables, extra);
    if (!res.data || res.errors) throw new Error(`${who} failed: ${JSON.stringify(res.errors)}`);
    return res.data;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    t = await startTestApp(db);
    headers.anonymous = {};
    for (const [who, spec] of Object.entries(PEOPLE) as [keyof typeof PEOPLE, FixtureUserSpec][]) {
      const user = await createFixtureUser(db, spec);
      ids[who] = user.id;
      headers[who] = bearer((await login(t, user)).accessToken);
    }
    const key = await ok<{ createApiKey: { secret: string } }>(
      'adminA',
      `mutation { createApiKey(input: { name: "BI", regionCode: "${A}" }) { secret } }`,
    );
    headers.keyA = { 'x-api-key': key.createApiKey.secret };
  });

  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  it('reports invalid input as BAD_USER_INPUT with the offending fields', async () => {
    const cases: [string, Record<string, unknown>, string[]][] = [
      [CREATE_UNIT, { input: { regionCode: '1971', name: ' ' } }, ['regionCode', 'name']],
      [UPDATE_UNIT, { input: { regionCode: A, id: 'not-a-uuid', parentId: 'nope' } }, ['id', 'parentId']],
      [SET_TARGET, { regionCode: A, frameworkCode: 'rb', year: 1980, rank: 0 }, ['frameworkCode', 'year', 'rank']],
      [CREATE_INNOVATION, { input: { regionCode: A, title: ' ab ', year: 2024, unitId: 'x' } }, ['title', 'unitId']],
      [AUDIT, { first: 0, regionCode: 'kota' }, ['regionCode', 'first']],
      [AUDIT, { entity: 'DROP TABLE' }, ['entity']],
    ];
    for (const [query, variables, fields] of cases) {
      const res = await as('operator', query, variables);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect((res.errors?.[0].extensions['fields'] as string[]).sort()).toEqual([...fields].sort());
    }
  });

  it('manages units, serves Region.units in one extra statement for a whole province, and explains refusals', async () => {
    const opd = (await ok<{ createUnit: { id: string } }>('adminA', CREATE_UNIT, { input: { regionCode: A, name: 'DPMPTSP' } }))
      .createUnit;
    await ok('adminA', CREATE_UNIT, {
      input: { regionCode: A, name: 'Mal Pelayanan Publik', type: 'SERVICE_UNIT', parentId: opd.id },
    });
    await ok('adminB', CREATE_UNIT, { input: { regionCode: B, name: 'Dinas Sosial' } });

    const without = `{ province(code: "19") { regions { code } } }`;
    const withUnits = `{ province(code: "19") { regions { code units { name type } } } }`;
    t.queries.reset();
    await ok('reviewer19', without);
    const base = t.queries.dataStatements.length;
    t.queries.reset();
    const res = await ok<{ province: { regions: { code: string; units: { name: string }[] }[] } }>('reviewer19', withUnits);
    expect(t.queries.dataStatements.length).toBe(base + 1);
    const byRegion = Object.fromEntries(res.province.regions.map((r) => [r.code, r.units.map((u) => u.name)]));
    expect(byRegion[A]).toEqual(['DPMPTSP', 'Mal Pelayanan Publik']);
    expect(byRegion[B]).toEqual(['Dinas Sosial']);
    // Region is public, its units are not: another region's team sees an empty list.
    const outsider = await ok<{ region: { units: unknown[] } }>('adminB', `{ region(code: "${A}") { units { name } } }`);
    expect(outsider.region.units).toEqual([]);

    expect(codeOf((await as('adminB', UNITS, { regionCode: A })).errors)).toBe('FORBIDDEN');
    expect(codeOf((await as('reviewer13', UNITS, { regionCode: A })).errors)).toBe('FORBIDDEN');
    expect(codeOf((await as('keyA', UNITS, { regionCode: A })).errors)).toBe('FORBIDDEN');
    expect(codeOf((await as('anonymous', UNITS, { regionCode: A })).errors)).toBe('UNAUTHENTICATED');
    expect(codeOf((await as('keyA', CREATE_UNIT, { input: { regionCode: A, name: 'Kunci' } })).errors)).toBe('FORBIDDEN');
    expect(codeOf((await as('editorA', CREATE_UNIT, { input: { regionCode: A, name: 'Editor' } })).errors)).toBe('FORBIDDEN');
    const hidden = await as('adminB', UPDATE_UNIT, { input: { regionCode: B, id: opd.id, name: 'Dibajak' } });
    expect(hidden.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', fields: ['id'] });
    const taken = await as('adminA', CREATE_UNIT, { input: { regionCode: A, name: 'DPMPTSP' } });
    expect(taken.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: ['name'] });
    const inUse = await as('adminA', DELETE_UNIT, { regionCode: A, id: opd.id });
    expect(inUse.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/child units/),
      extensions: { code: 'BAD_USER_INPUT', fields: ['id'] },
    });
  });

  it('sets targets with normalised categories, within the province’s ranks, for the region admin only', async () => {
    const set = await ok<{ setTarget: unknown }>('adminA', SET_TARGET, {
      regionCode: A,
      frameworkCode: 'RB',
      year: 2024,
      category: 'b (baik)',
      rank: 3,
    });
    expect(set.setTarget).toEqual({ frameworkCode: 'RB', year: 2024, category: 'B', rank: 3 });
    expect((await ok<{ targets: unknown[] }>('reviewer19', TARGETS, { regionCode: A })).targets).toEqual([set.setTarget]);
    const unknown = await as('adminA', SET_TARGET, { regionCode: A, frameworkCode: 'RB', year: 2024, category: 'Istimewa' });
    expect(unknown.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/"Istimewa"/),
      extensions: { code: 'BAD_USER_INPUT', fields: ['category'] },
    });
    const tooLow = await as('adminA', SET_TARGET, { regionCode: A, frameworkCode: 'RB', year: 2024, rank: 8 });
    expect(tooLow.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['rank'] });
    for (const who of ['adminB', 'reviewer13', 'editorA', 'keyA'] as const) {
      expect(codeOf((await as(who, SET_TARGET, { regionCode: A, frameworkCode: 'RB', year: 2024, rank: 1 })).errors)).toBe(
        'FORBIDDEN',
      );
    }
    // The province's reviewers set targets for its regions too.
    // The province's reviewers set targets for its regions too; targetCategory/targetRank as on leaderboard rows.
    const byReviewer = await ok<{ setTarget: unknown }>(
      'reviewer19',
      `mutation($r: String!) { setTarget(regionCode: $r, frameworkCode: "SAKIP", year: 2024, targetCategory: "Predikat BB", targetRank: 2) {
        frameworkCode targetCategory targetRank category setByRole } }`,
      { r: A },
    );
    expect(byReviewer.setTarget).toEqual({ frameworkCode: 'SAKIP', targetCategory: 'BB', targetRank: 2, category: 'BB', setByRole: 'reviewer' });
    for (const who of ['adminB', 'adminC', 'reviewer13', 'keyA'] as const) {
      expect(codeOf((await as(who, TARGETS, { regionCode: A })).errors)).toBe('FORBIDDEN');
    }
  });

  it('takes an innovation from draft to a KIPP stage, refusing steps out of order and out of role', async () => {
    const [unit] = (await ok<{ units: { id: string }[] }>('adminA', UNITS, { regionCode: A })).units;
    const created = await ok<{ createInnovation: { id: string; status: string; unit: { name: string } } }>(
      'editorA',
      CREATE_INNOVATION,
      {
        input: { regionCode: A, title: 'Izin usaha satu hari', year: 2024, unitId: unit.id },
      },
    );
    const id = created.createInnovation.id;
    expect(created.createInnovation).toMatchObject({ status: 'DRAFT', unit: { name: 'DPMPTSP' } });
    const early = await as('adminA', STEP('forwardInnovation'), { regionCode: A, id });
    expect(early.errors?.[0].extensions).toMatchObject({
      code: 'INVALID_INNOVATION_TRANSITION',
      fields: ['id'],
      status: 'DRAFT',
      step: 'FORWARD',
    });
    expect(
      (await ok<{ submitInnovation: { status: string } }>('editorA', STEP('submitInnovation'), { regionCode: A, id }))
        .submitInnovation.status,
    ).toBe('SUBMITTED');
    expect(codeOf((await as('editorA', STEP('forwardInnovation'), { regionCode: A, id })).errors)).toBe('FORBIDDEN');
    expect(
      (await ok<{ forwardInnovation: { status: string } }>('adminA', STEP('forwardInnovation'), { regionCode: A, id }))
        .forwardInnovation.status,
    ).toBe('FORWARDED');
    const badStage = await as('reviewer19', RECORD_STAGE, { regionCode: A, id, stage: 'Juara 1' });
    expect(badStage.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/"Juara 1"/),
      extensions: { code: 'BAD_USER_INPUT', fields: ['stage'] },
    });
    expect(codeOf((await as('reviewer13', RECORD_STAGE, { regionCode: A, id, stage: 'TOP_99' })).errors)).toBe('FORBIDDEN');
    const staged = await ok<{ recordInnovationStage: unknown }>(
      'reviewer19',
      RECORD_STAGE,
      { regionCode: A, id, stage: 'Top 99', source: 'Pengumuman KIPP 2024' },
      { 'x-request-id': 'e2e-kipp-stage-0001' },
    );
    expect(staged.recordInnovationStage).toEqual({ id, status: 'FORWARDED', stage: 'TOP_99' });
    const summary = await ok<{ innovationSummary: unknown }>('viewerA', SUMMARY, { regionCode: A });
    expect(summary.innovationSummary).toEqual({
      total: 1,
      byStatus: [
        { status: 'DRAFT', count: 0 },
        { status: 'SUBMITTED', count: 0 },
        { status: 'FORWARDED', count: 1 },
      ],
      byStage: [{ stage: 'TOP_99', label: 'Top 99', level: 4, count: 1 }],
    });
    for (const who of ['adminB', 'adminC', 'reviewer13', 'keyA'] as const) {
      expect(codeOf((await as(who, INNOVATIONS, { regionCode: A })).errors)).toBe('FORBIDDEN');
      expect(codeOf((await as(who, SUMMARY, { regionCode: A })).errors)).toBe('FORBIDDEN');
    }
    expect(codeOf((await as('adminB', STEP('submitInnovation'), { regionCode: A, id })).errors)).toBe('FORBIDDEN');
    expect((await as('adminB', STEP('submitInnovation'), { regionCode: B, id })).errors?.[0].extensions).toMatchObject({
      code: 'NOT_FOUND',
      fields: ['id'],
    });
  });

  it('shows the audit log to those who oversee the region, with who, the request, what changed and why', async () => {
    type Page = {
      auditLog: {
        entries: {
          entity: string;
          action: string;
          actorUserId: string;
          actorRole: string;
          requestId: string;
          regionCode: string;
          reason: string | null;
          changedFields: string[];
          before: string | null;
          after: string | null;
        }[];
        endCursor: string | null;
        hasNextPage: boolean;
      };
    };
    const innovations = (await ok<Page>('adminA', AUDIT, { entity: 'innovation' })).auditLog.entries;
    expect(innovations.map((e) => [e.action, e.actorRole, e.reason])).toEqual([
      ['UPDATE', 'reviewer', 'stage reached per KIPP announcement: Pengumuman KIPP 2024'],
      ['UPDATE', 'region_admin', 'innovation forwarded to the national KIPP competition'],
      ['UPDATE', 'region_editor', 'innovation submitted to the Bagian Organisasi'],
      ['INSERT', 'region_editor', null],
    ]);
    const [stage, , , insert] = innovations;
    expect(stage).toMatchObject({
      actorUserId: ids.reviewer19,
      requestId: 'e2e-kipp-stage-0001',
      regionCode: A,
      changedFields: ['stage'],
    });
    expect(JSON.parse(stage.after!)).toMatchObject({ stage: 'TOP_99', status: 'forwarded' });
    expect(insert).toMatchObject({ actorUserId: ids.editorA, before: null });

    const first = (await ok<Page>('reviewer19', AUDIT, { first: 2 })).auditLog;
    expect(first.entries).toHaveLength(2);
    expect(first.hasNextPage).toBe(true);
    const next = (await ok<Page>('reviewer19', AUDIT, { first: 2, after: first.endCursor })).auditLog;
    expect(next.entries[0]).not.toEqual(first.entries[0]);
    // The reviewer sees its province's regions, and province-level entries (its own memberships).
    expect(new Set((await ok<Page>('reviewer19', AUDIT, { first: 200 })).auditLog.entries.map((e) => e.regionCode))).toEqual(
      new Set([A, B, null]),
    );
    expect(
      new Set((await ok<Page>('operator', AUDIT, { first: 200, regionCode: B })).auditLog.entries.map((e) => e.regionCode)),
    ).toEqual(new Set([B]));

    for (const [who, regionCode] of [
      ['editorA', null],
      ['viewerA', A],
      ['keyA', A],
      ['adminB', A],
      ['reviewer13', A],
    ] as const) {
      expect(codeOf((await as(who, AUDIT, { regionCode })).errors)).toBe('FORBIDDEN');
    }
    expect(codeOf((await as('anonymous', AUDIT)).errors)).toBe('UNAUTHENTICATED');
  });
});
