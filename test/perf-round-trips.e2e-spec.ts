import { createHash } from 'node:crypto';
import { withOwnerTransaction } from '@rapor/db';
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

  it('serves a kept published board in one: BEGIN READ ONLY + settings + session check + version probe + COMMIT', async () => {
    await ask(BOARD); // computes and keeps the board (and the framework definition)
    expect(await trips.of(() => ask(BOARD))).toBe(1);
    // One transaction, read only, ended in the same write; the session check is its first statement.
    expect(trips.statements).toHaveLength(5);
    expect(trips.statements[0]).toBe('BEGIN READ ONLY');
    expect(trips.statements[1]).toMatch(/set_config\(\$1, \$2, true\)/);
    expect(trips.statements[2]).toMatch(/from app_user u where u\.id = \$1::uuid/);
    expect(trips.statements[3]).toMatch(/as version/);
    expect(trips.statements[4]).toBe('COMMIT');
  });

  it('computes an uncached board in three: the opening with the check and the probe, the board with a second probe, COMMIT', async () => {
    await ask(BOARD, { kind: 'KOTA' }).then(() => undefined); // warms nothing for the next filter
    const rounds = await trips.of(() => ask(BOARD, { kind: 'KABUPATEN' }));
    expect(rounds).toBe(3);
    // The probe's read-only transaction ended with it; the board is read in a transaction of its own.
    expect(trips.statements.filter((s) => /^\s*BEGIN/i.test(s))).toEqual(['BEGIN READ ONLY', 'BEGIN']);
    expect(trips.statements.filter((s) => s === 'COMMIT')).toHaveLength(2);
    // Only real parameters: the kind filter is written into the statement, not switched by a parameter.
    const board = trips.statements.find((s) => s.includes('ranked as ('))!;
    expect(board).toMatch(/g\.kind = \$5/);
    expect(board).not.toMatch(/is null or/);
  });

  describe('kept responses (the root field alone, then the kept data)', () => {
    const TARGETS = `{ leaderboard(provinceCode: "19", frameworkCode: "SAKIP", year: 2023) { revision rows { regionCode targetRank } } }`;
    const targetOf = (data: Record<string, unknown>, region: string) =>
      (data['leaderboard'] as { rows: { regionCode: string; targetRank: number | null }[] }).rows.find((r) => r.regionCode === region)?.targetRank;

    it('answers the same data to another caller of the same visibility in one round trip', async () => {
      const first = await ask(TARGETS);
      const other = await createFixtureUser(db, { reviewerOf: ['19'], email: uniqueEmail('trips-same') });
      const headers = bearer((await login(t, other)).accessToken);
      await t.gql(TARGETS, {}, headers); // its sign-in checked the slow way once
      let again: unknown;
      expect(await trips.of(async () => (again = (await t.gql(TARGETS, {}, headers)).data))).toBe(1);
      expect(again).toEqual(first);
    });

    it('answers the changed board after a change in three round trips, then in one again', async () => {
      await ask(TARGETS);
      await ask(TARGETS);
      const set = await t.gql(`mutation { setTarget(regionCode: "19.01", frameworkCode: "SAKIP", year: 2023, targetRank: 2) { targetRank } }`, {}, reviewer);
      expect(set.errors).toBeUndefined();
      let changed: Record<string, unknown> = {};
      expect(await trips.of(async () => (changed = await ask(TARGETS)))).toBe(3);
      expect(targetOf(changed, '19.01')).toBe(2);
      let kept: Record<string, unknown> = {};
      expect(await trips.of(async () => (kept = await ask(TARGETS)))).toBe(1);
      expect(kept).toEqual(changed);
    });
  });

  it('answers a heatmap in two and a region profile in two (its five reads pipelined)', async () => {
    await ask(HEATMAP);
    await ask(PROFILE);
    expect(await trips.of(() => ask(HEATMAP))).toBe(2);
    expect(await trips.of(() => ask(PROFILE))).toBe(2);
  });

  describe('the session check inside the transaction refuses exactly as the check before it did', () => {
    // As the schema owner acting as an operator (memberships force row-level security): behind the API's back.
    const owner = (sql: string, params: unknown[]) =>
      withOwnerTransaction(db.ownerUrl, async (c) => {
        await c.query(`select set_config('app.role', 'operator', true)`);
        expect((await c.query(sql, params)).rowCount).toBe(1);
      });

    const signIn = async (label: string) => {
      const user = await createFixtureUser(db, { reviewerOf: ['19'], email: uniqueEmail(label) });
      const headers = bearer((await login(t, user)).accessToken);
      const first = await t.gql(BOARD, {}, headers); // checked the slow way once: remembered from now on
      expect(first.errors).toBeUndefined();
      return { user, headers };
    };
    it('a sign-in ended since its last check: UNAUTHENTICATED, no data, and still refused afterwards', async () => {
      const { user, headers } = await signIn('trips-ended');
      await owner(`update refresh_token set revoked_at = now() where user_id = $1`, [user.id]);
      for (let i = 0; i < 2; i++) {
        const res = await t.gql(BOARD, {}, headers);
        expect(res.data).toBeNull();
        expect(res.errors?.[0].extensions['code']).toBe('UNAUTHENTICATED');
        expect(res.errors?.[0].extensions['reason']).toBe('SESSION_ENDED');
      }
    });

    it('a disabled account and a new token version are refused; a field sending no SQL is checked too', async () => {
      const { user, headers } = await signIn('trips-disabled');
      await owner(`update app_user set disabled_at = now() where id = $1`, [user.id]);
      const me = await t.gql(`{ me { user { email } } }`, {}, headers);
      expect(me.errors?.[0].extensions['code']).toBe('UNAUTHENTICATED');
      const bumped = await signIn('trips-version');
      await owner(`update app_user set token_version = token_version + 1 where id = $1`, [bumped.user.id]);
      expect((await t.gql(BOARD, {}, bumped.headers)).errors?.[0].extensions['code']).toBe('UNAUTHENTICATED');
    });

    it('a membership lost or gained since the last check: the request acts in the scope the database holds now', async () => {
      const { user, headers } = await signIn('trips-lost');
      const ME = `{ me { activeScope activeRole memberships { scope } } }`;
      expect((await t.gql<{ me: { activeScope: string } }>(ME, {}, headers)).data?.me.activeScope).toBe('province:19');
      await owner(`delete from province_membership where user_id = $1`, [user.id]);
      const lost = await t.gql<{ me: { activeScope: string | null; memberships: unknown[] } }>(ME, {}, headers);
      expect(lost.errors).toBeUndefined();
      expect(lost.data?.me).toMatchObject({ activeScope: null, activeRole: null, memberships: [] });
      const asked = await t.gql(ME, {}, { ...headers, 'x-rapor-scope': 'province:19' });
      expect(asked.errors?.[0].extensions['code']).toBe('FORBIDDEN');
      await owner(`insert into province_membership (user_id, province_id) values ($1, '19')`, [user.id]);
      expect((await t.gql(ME, {}, { ...headers, 'x-rapor-scope': 'province:19' })).errors).toBeUndefined();
    });

    it('a membership lost since the last check: the field resolvers below the root field act as the confirmed caller too', async () => {
      await owner(`insert into unit (region_id, name) values ('19.71', 'Bappeda Kota Pangkal Pinang')`, []);
      const { user, headers } = await signIn('trips-fields');
      const UNITS = `{ region(code: "19.71") { code units { name } } }`;
      expect((await t.gql(UNITS, {}, headers)).data).toEqual({ region: { code: '19.71', units: [{ name: 'Bappeda Kota Pangkal Pinang' }] } });
      await owner(`delete from province_membership where user_id = $1`, [user.id]);
      const lost = await t.gql(UNITS, {}, headers);
      expect(lost.errors).toBeUndefined();
      expect(lost.data).toEqual({ region: { code: '19.71', units: [] } });
    });

    it('a temporary password set since the last check: PASSWORD_CHANGE_REQUIRED', async () => {
      const { user, headers } = await signIn('trips-temporary');
      await owner(`update app_user set must_change_password = true where id = $1`, [user.id]);
      const res = await t.gql(BOARD, {}, headers);
      expect(res.data).toBeNull();
      expect(res.errors?.[0].extensions['code']).toBe('PASSWORD_CHANGE_REQUIRED');
    });
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
