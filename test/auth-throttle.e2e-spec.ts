import request from 'supertest';
import { withOwnerTransaction } from '@rapor/db';
import { startTestApp, type TestApp } from './support/app';
import { bearer, createFixtureUser, FIXTURE_PASSWORD, login, LOGIN, uniqueEmail } from './support/auth';
import { createTestDatabase, type TestDatabase } from './support/database';

type Errors = { message: string; extensions: Record<string, unknown> }[] | undefined;
const code = (errors: Errors) => errors?.[0]?.extensions['code'] ?? 'OK';

// 5 failures per account and 20 per address in 15 minutes (the defaults). Each test signs in
// from its own forwarded address (this app trusts a loopback proxy), so the counters stay apart.
describe('login throttling', () => {
  let db: TestDatabase;
  let t: TestApp;
  let address = 0;
  const from = () => ({ 'x-forwarded-for': `203.0.113.${++address}` });

  beforeAll(async () => {
    db = await createTestDatabase();
    t = await startTestApp(db, { TRUST_PROXY: 'loopback' });
  });

  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  const attempt = (email: string, password: string, headers: Record<string, string>) =>
    t.gql(LOGIN, { email, password }, headers);

  it('answers TOO_MANY_REQUESTS after 5 failures of one account, even with the right password', async () => {
    const person = await createFixtureUser(db, { regions: { '19.71': 'viewer' } });
    const here = from();
    for (let i = 0; i < 5; i++)
      expect(code((await attempt(person.email, 'wrong password!', here)).errors)).toBe('UNAUTHENTICATED');
    const blocked = await attempt(person.email, FIXTURE_PASSWORD, from());
    expect(blocked.errors?.[0].extensions['code']).toBe('TOO_MANY_REQUESTS');
    const retryAfter = blocked.errors?.[0].extensions['retryAfter'] as number;
    expect(retryAfter).toBeGreaterThan(800);
    expect(retryAfter).toBeLessThanOrEqual(900);
    const raw = await request(t.app.getHttpServer())
      .post('/graphql')
      .set({ 'content-type': 'application/json', ...from() })
      .send({ query: LOGIN, variables: { email: person.email, password: FIXTURE_PASSWORD } });
    expect(Number(raw.headers['retry-after'])).toBeGreaterThan(800);
    // Another account is not affected.
    const other = await createFixtureUser(db, { regions: { '19.71': 'viewer' } });
    await login(t, other);
  });

  it('throttles an unknown email exactly like a real one', async () => {
    const ghost = uniqueEmail('ghost');
    for (let i = 0; i < 5; i++) expect(code((await attempt(ghost, 'wrong password!', from())).errors)).toBe('UNAUTHENTICATED');
    expect(code((await attempt(ghost, 'wrong password!', from())).errors)).toBe('TOO_MANY_REQUESTS');
  });

  it('answers TOO_MANY_REQUESTS after 20 failures from one address, whatever the account', async () => {
    const here = from();
    for (let i = 0; i < 20; i++)
      expect(code((await attempt(uniqueEmail('spray'), 'wrong password!', here)).errors)).toBe('UNAUTHENTICATED');
    const person = await createFixtureUser(db, { regions: { '19.71': 'viewer' } });
    expect(code((await attempt(person.email, FIXTURE_PASSWORD, here)).errors)).toBe('TOO_MANY_REQUESTS');
    expect(code((await attempt(person.email, FIXTURE_PASSWORD, from())).errors)).toBe('OK');
  });

  it('forgets failures after the window and after a successful sign-in', async () => {
    const person = await createFixtureUser(db, { regions: { '19.71': 'viewer' } });
    for (let i = 0; i < 4; i++) await attempt(person.email, 'wrong password!', from());
    expect(code((await attempt(person.email, FIXTURE_PASSWORD, from())).errors)).toBe('OK');
    for (let i = 0; i < 4; i++) await attempt(person.email, 'wrong password!', from());
    expect(code((await attempt(person.email, FIXTURE_PASSWORD, from())).errors)).toBe('OK');

    const other = await createFixtureUser(db, { regions: { '19.71': 'viewer' } });
    for (let i = 0; i < 5; i++) await attempt(other.email, 'wrong password!', from());
    expect(code((await attempt(other.email, FIXTURE_PASSWORD, from())).errors)).toBe('TOO_MANY_REQUESTS');
    await withOwnerTransaction(db.ownerUrl, (c) =>
      c.query(`update login_failure set failed_at = failed_at - interval '16 minutes' where email = $1`, [other.email]),
    );
    expect(code((await attempt(other.email, FIXTURE_PASSWORD, from())).errors)).toBe('OK');
  });

  it('counts wrong current passwords of changePassword against the account', async () => {
    const person = await createFixtureUser(db, { regions: { '19.71': 'viewer' } });
    const tokens = await login(t, person);
    const change = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { accessToken } }`;
    for (let i = 0; i < 5; i++) {
      const res = await t.gql(
        change,
        { input: { currentPassword: 'guessing again!', newPassword: 'a brand new passphrase' } },
        { ...bearer(tokens.accessToken), ...from() },
      );
      expect(code(res.errors)).toBe('BAD_USER_INPUT');
    }
    const res = await t.gql(
      change,
      { input: { currentPassword: FIXTURE_PASSWORD, newPassword: 'a brand new passphrase' } },
      { ...bearer(tokens.accessToken), ...from() },
    );
    expect(code(res.errors)).toBe('TOO_MANY_REQUESTS');
  });

  // The attack: many wrong passwords at once, over two API processes on one database. Each
  // attempt is counted and recorded in one step, so no more than the limit reach the check.
  it('checks at most the limit of parallel attempts, over two API instances', async () => {
    const second = await startTestApp(db, { TRUST_PROXY: 'loopback' });
    try {
      const person = await createFixtureUser(db, { regions: { '19.71': 'viewer' } });
      const apps = [t, second];
      const results = await Promise.all(
        Array.from({ length: 30 }, (_, i) => apps[i % 2].gql(LOGIN, { email: person.email, password: 'wrong password!' }, from())),
      );
      const codes = results.map((r) => code(r.errors));
      expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
      expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(25);

      const here = from();
      const spray = await Promise.all(
        Array.from({ length: 50 }, (_, i) => apps[i % 2].gql(LOGIN, { email: uniqueEmail('race'), password: 'wrong password!' }, here)),
      );
      const sprayCodes = spray.map((r) => code(r.errors));
      expect(sprayCodes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(20);
      expect(sprayCodes.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(30);
    } finally {
      await second.close();
    }
  });
});

describe('client address without a trusted proxy (the default)', () => {
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

  it('ignores X-Forwarded-For: a locked-out address cannot step around the limit with it', async () => {
    let n = 0;
    for (let i = 0; i < 20; i++) {
      const res = await t.gql(LOGIN, { email: uniqueEmail('spray'), password: 'wrong password!' }, { 'x-forwarded-for': `198.51.100.${++n}` });
      expect(code(res.errors)).toBe('UNAUTHENTICATED');
    }
    const person = await createFixtureUser(db, { regions: { '19.71': 'viewer' } });
    const res = await t.gql(LOGIN, { email: person.email, password: FIXTURE_PASSWORD }, { 'x-forwarded-for': '198.51.100.200' });
    expect(code(res.errors)).toBe('TOO_MANY_REQUESTS');
    const failures = await withOwnerTransaction(db.ownerUrl, (c) =>
      c.query<{ address: string }>(`select distinct address from login_failure`),
    );
    expect(failures.rows.map((r) => r.address)).toEqual([expect.stringMatching(/127\.0\.0\.1$/)]);
  });
});
