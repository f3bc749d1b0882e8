import { createHash } from 'node:crypto';
import { Client } from 'pg';
import request from 'supertest';
import { publishOfficialResults } from './reports.fixtures';
import { bearer, createFixtureUser, createTestDatabase, login, uniqueEmail, type TestDatabase } from './support';
import { startTestApp, type TestApp } from './support/app';

// Round trips to PostgreSQL per request, counted by a wrapper around pg's Client#query: a round
// trip starts when a connection with nothing in flight is sent a statement, and everything written
// before its answers come back rides along (the tenant transaction pipelines BEGIN, the settings and
// the first statement; a region profile's five reads leave together). Deterministic: it counts
// what the code sends and waits for, not how long it takes.
class RoundTrips {
  count = 0;
  readonly statements: string[] = [];
  private readonly inFlight = new WeakMap<object, number>();
  private original: typeof Client.prototype.query | null = null;

  install(): void {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const counter = this;
    const original = Client.prototype.query;
    this.original = original;
    const wrapped = function (this: Client, ...args: unknown[]) {
      const before = counter.inFlight.get(this) ?? 0;
      if (before === 0) counter.count++;
      counter.inFlight.set(this, before + 1);
      const config = args[0] as string | { text?: string };
      counter.statements.push(typeof config === 'string' ? config : (config?.text ?? ''));
      const done = () => counter.inFlight.set(this, (counter.inFlight.get(this) ?? 1) - 1);
      const result = (original as (...a: unknown[]) => unknown).apply(this, args) as Promise<unknown> | undefined;
      if (result && typeof result.then === 'function') result.then(done, done);
      else done();
      return result;
    };
    Client.prototype.query = wrapped as unknown as typeof Client.prototype.query;
  }

  uninstall(): void {
    if (this.original) Client.prototype.query = this.original;
  }

  async of(request: () => Promise<unknown>): Promise<number> {
    this.count = 0;
    this.statements.length = 0;
    await request();
    return this.count;
  }
}

const BOARD = `query($kind: RegionKind) { leaderboard(provinceCode: "19", frameworkCode: "SAKIP", year: 2023, kind: $kind) { revision rows { regionCode rank value } } }`;
const HEATMAP = `{ heatmap(provinceCode: "19", frameworkCode: "SAKIP", year: 2023) { rows { regionCode composite { value rank } } } }`;
const PROFILE = `{ regionProfile(code: "19.71") { regionCode frameworks { frameworkCode latest { year value rank } } innovations { stage count } } }`;

describe('round trips to PostgreSQL per request', () => {
  let db: TestDatabase;
  let t: TestApp;
  let reviewer: Record<string, string>;
  const trips = new RoundTrips();

  beforeAll(async () => {
    db = await createTestDatabase();
    await publishOfficialResults(db.apiUrl, '19', 'SAKIP', 2023, [
      ['19.71', '71.5'],
      ['19.01', '64.25'],
      ['19.04', '58'],
    ]);
    t = await startTestApp(db);
    const user = await createFixtureUser(db, { reviewerOf: ['19'], email: uniqueEmail('trips') });
    reviewer = bearer((await login(t, user)).accessToken);
    trips.install();
  });
  afterAll(async () => {
    trips.uninstall();
    await t?.close();
    await db?.drop();
  });

  const ask = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await t.gql<Record<string, unknown>>(query, variables, reviewer);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };

  it('serves a kept published board in three: the session check, BEGIN + settings + version probe, COMMIT', async () => {
    await ask(BOARD); // computes and keeps the board (and the framework definition)
    expect(await trips.of(() => ask(BOARD))).toBe(3);
    // The check and the opening each leave as one write: BEGIN and the settings never wait alone.
    expect(trips.statements.filter((s) => /^\s*(BEGIN|START TRANSACTION)/i.test(s))).toHaveLength(2);
  });

  it('computes an uncached board in four: the check, the opening with the probe, the board, COMMIT', async () => {
    await ask(BOARD, { kind: 'KOTA' }).then(() => undefined); // warms nothing for the next filter
    const rounds = await trips.of(() => ask(BOARD, { kind: 'KABUPATEN' }));
    expect(rounds).toBe(4);
    // Only real parameters: the kind filter is written into the statement, not switched by a parameter.
    const board = trips.statements.find((s) => s.includes('ranked as ('))!;
    expect(board).toMatch(/g\.kind = \$5/);
    expect(board).not.toMatch(/is null or/);
  });

  it('answers a heatmap in three and a region profile in three (its five reads pipelined)', async () => {
    await ask(HEATMAP);
    await ask(PROFILE);
    expect(await trips.of(() => ask(HEATMAP))).toBe(3);
    expect(await trips.of(() => ask(PROFILE))).toBe(3);
  });

  describe('HTTP revalidation of a published board (GET, persisted query)', () => {
    const hash = createHash('sha256').update(BOARD).digest('hex');
    const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } });
    const get = (headers: Record<string, string>, extra: Record<string, string> = {}) =>
      request(t.app.getHttpServer())
        .get('/graphql')
        .query({ extensions, variables: '{}' })
        .set({ ...headers, ...extra });

    beforeAll(async () => {
      // APQ: the first POST with the document registers its hash.
      const res = await request(t.app.getHttpServer())
        .post('/graphql')
        .set({ 'content-type': 'application/json', ...reviewer })
        .send({ query: BOARD, variables: {}, extensions: JSON.parse(extensions) });
      expect(res.body.errors).toBeUndefined();
    });

    it('tags the board with its version, private and revalidated, and answers 304 when the tag matches', async () => {
      const first = await get(reviewer);
      expect(first.status).toBe(200);
      expect(first.body.data.leaderboard.rows).toHaveLength(7); // province 19's regions, three with a value
      const etag = first.headers['etag'];
      expect(etag).toMatch(/^"b-[\w-]+"$/);
      expect(first.headers['cache-control']).toBe('private, no-cache');
      const again = await get(reviewer, { 'if-none-match': etag });
      expect(again.status).toBe(304);
      expect(again.text).toBe('');
      // Another tag is not this one: the full answer.
      expect((await get(reviewer, { 'if-none-match': '"b-other"' })).status).toBe(200);
    });

    it('never answers 304 to another province with the same tag, and tags nothing it refuses', async () => {
      const etag = (await get(reviewer)).headers['etag'];
      const other = await createFixtureUser(db, { reviewerOf: ['35'], email: uniqueEmail('etag-35') });
      const token = bearer((await login(t, other)).accessToken);
      const res = await get(token, { 'if-none-match': etag });
      expect(res.status).toBe(200);
      expect(res.body.data).toBeNull();
      expect(res.body.errors[0].extensions.code).toBe('NOT_FOUND');
      expect(res.headers['etag']).toBeUndefined();
    });

    it('gives a new tag when the board changes (a target set), and POST answers carry none', async () => {
      const before = (await get(reviewer)).headers['etag'];
      const set = await t.gql(
        `mutation { setTarget(regionCode: "19.71", frameworkCode: "SAKIP", year: 2023, targetRank: 1) { targetRank } }`,
        {},
        reviewer,
      );
      expect(set.errors).toBeUndefined();
      const after = await get(reviewer, { 'if-none-match': before });
      expect(after.status).toBe(200);
      expect(after.headers['etag']).not.toBe(before);
      const posted = await request(t.app.getHttpServer()).post('/graphql').set({ 'content-type': 'application/json', ...reviewer }).send({ query: BOARD });
      expect(posted.headers['etag']).toBeUndefined();
    });
  });

  it('still refuses what row-level security and the checks refuse, in the same number of trips', async () => {
    const other = await createFixtureUser(db, { reviewerOf: ['35'], email: uniqueEmail('trips-35') });
    const token = bearer((await login(t, other)).accessToken);
    const res = await t.gql(BOARD, {}, token);
    expect(res.errors?.[0].extensions['code']).toBe('NOT_FOUND');
    expect(res.data).toBeNull();
  });
});
