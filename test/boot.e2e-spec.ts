import request from 'supertest';
import { createTestDatabase, type TestDatabase } from './support/database';
import { startTestApp, type TestApp } from './support/app';

describe('the API on a real database', () => {
  let db: TestDatabase;
  let t: TestApp;

  beforeAll(async () => {
    db = await createTestDatabase();
    t = await startTestApp(db);
  });

  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  it('answers the health probes', async () => {
    await request(t.app.getHttpServer()).get('/health/live').expect(200, { status: 'ok' });
    await request(t.app.getHttpServer()).get('/health/ready').expect(200, { status: 'ok', database: 'ok' });
  });

  it('echoes a sane request id and makes one otherwise', async () => {
    const given = await request(t.app.getHttpServer()).get('/health/live').set('x-request-id', 'req-12345678');
    expect(given.headers['x-request-id']).toBe('req-12345678');
    const made = await request(t.app.getHttpServer()).get('/health/live').set('x-request-id', 'bad id!');
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves a province and its regions', async () => {
    const res = await t.gql<{ province: { name: string; regions: { code: string; name: string; kind: string }[] } }>(
      `query($code: String!) { province(code: $code) { name regions { code name kind } } }`,
      { code: '19' },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.province.name).toBe('Kepulauan Bangka Belitung');
    expect(res.data?.province.regions).toHaveLength(7);
    expect(res.data?.province.regions).toContainEqual({ code: '19.71', name: 'Kota Pangkal Pinang', kind: 'KOTA' });
  });

  it('filters a province’s regions by kind and resolves a region’s province', async () => {
    const res = await t.gql<{ province: { regions: { kind: string }[] }; region: { province: { code: string } } }>(
      `{ province(code: "13") { regions(kind: KOTA) { kind } } region(code: "64.02") { province { code } } }`,
    );
    expect(res.data?.province.regions.length).toBe(7);
    expect(new Set(res.data?.province.regions.map((r) => r.kind))).toEqual(new Set(['KOTA']));
    expect(res.data?.region.province.code).toBe('64');
  });

  it('loads the regions of all 38 provinces in one batched statement', async () => {
    t.queries.reset();
    const res = await t.gql<{ provinces: { regions: unknown[] }[] }>(`{ provinces { code regions { code } } }`);
    expect(res.data?.provinces).toHaveLength(38);
    expect(res.data?.provinces.reduce((n, p) => n + p.regions.length, 0)).toBe(514);
    expect(t.queries.dataStatements).toHaveLength(2);
  });

  it('reports bad input with BAD_USER_INPUT and the field', async () => {
    const res = await t.gql(`{ region(code: "1971") { name } }`);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['code'] });
  });

  it('reports an unknown region as NOT_FOUND', async () => {
    const res = await t.gql(`{ region(code: "99.99") { name } }`);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('rejects a malformed document with a GraphQL error, not a 500', async () => {
    const res = await t.gql(`{ provinces { nope } }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('reports the database as unavailable when it is gone', async () => {
    const other = await createTestDatabase();
    const app2 = await startTestApp(other);
    await other.drop();
    const res = await request(app2.app.getHttpServer()).get('/health/ready');
    expect(res.status).toBe(503);
    await app2.close();
  });
});
