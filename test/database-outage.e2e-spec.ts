import request from 'supertest';
import { startTestApp, type TestApp } from './support/app';
import { bearer, createFixtureUser, login, LOGIN } from './support/auth';
import { createTestDatabase, type TestDatabase } from './support/database';
import { TcpProxy } from './support/tcp-proxy';

type Body = { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };

// The API reaches its database through a proxy that can go down: an outage answers 503
// SERVICE_UNAVAILABLE with Retry-After (GraphQL and plain HTTP), never a masked 500 or a 200,
// and a connection that breaks before any statement is retried once.
describe('database outage', () => {
  let db: TestDatabase;
  let proxy: TcpProxy;
  let t: TestApp;
  let auth: Record<string, string>;
  const ME = '{ me { __typename } }';

  const gql = async (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) => {
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set({ 'content-type': 'application/json', ...headers })
      .send({ query, variables });
    return { status: res.status, body: res.body as Body, retryAfter: res.headers['retry-after'] as string | undefined };
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    const target = new URL(db.apiUrl);
    proxy = new TcpProxy(target.hostname, Number(target.port));
    await proxy.up();
    t = await startTestApp({ ...db, apiUrl: proxy.url(db.apiUrl) });
    const person = await createFixtureUser(db, { regions: { '19.71': 'viewer' } });
    auth = bearer((await login(t, person)).accessToken);
  });

  afterAll(async () => {
    await t.close();
    await proxy.down();
    await db.drop();
  });

  it('answers 503 SERVICE_UNAVAILABLE with Retry-After while the database is down, and recovers', async () => {
    expect((await gql(ME, {}, auth)).body.errors).toBeUndefined();
    await proxy.down();
    try {
      const read = await gql(ME, {}, auth);
      expect(read.status).toBe(503);
      expect(read.retryAfter).toBe('2');
      expect(read.body.errors?.map((e) => e.extensions?.['code'])).toEqual(['SERVICE_UNAVAILABLE']);
      const signIn = await gql(LOGIN, { email: 'someone@rapor.test', password: 'whatever it is' });
      expect(signIn.status).toBe(503);
      expect(signIn.body.errors?.[0].extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryAfter: 2 });
      const file = await request(t.app.getHttpServer()).get('/reports/00000000-0000-4000-8000-000000000000.csv').set(auth);
      expect(file.status).toBe(503);
      expect(file.headers['retry-after']).toBe('2');
      expect(file.body).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    } finally {
      await proxy.up();
    }
    expect((await gql(ME, {}, auth)).body.errors).toBeUndefined();
  });

  it('retries once, on a fresh connection, when the connection breaks before any statement', async () => {
    proxy.cut(); // the pool's connections die...
    await new Promise((r) => setTimeout(r, 100));
    proxy.dropNext(1); // ...and the next one breaks as soon as it opens
    const res = await gql(ME, {}, auth);
    expect(res.body.errors).toBeUndefined();
    expect(res.status).toBe(200);
  });
});
