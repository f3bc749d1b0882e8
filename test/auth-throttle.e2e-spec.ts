import request from 'supertest';
import { withOwnerTransaction } from '@rapor/db';
import { startTestApp, type TestApp } from './support/app';
import { bearer, createFixtureUser, FIXTURE_PASSWORD, login, LOGIN, uniqueEmail } from './support/auth';
import { createTestDatabase, type TestDatabase } from './support/database';

type Errors = { message: string; extensions: Record<string, unknown> }[] | undefined;
const code = (errors: Errors) => errors?.[0]?.extensions['code'] ?? 'OK';

// 5 failures per account and 20 per address in 15 minutes (the defaults). Each test signs in
// from its own forwarded address (the app trusts loopback proxies), so the counters stay apart.
describe('login throttling', () => {
  let db: TestDatabase;
  let t: TestApp;
  let address = 0;
  const from = () => ({ 'x-forwarded-for': `203.0.113.${++address}` });

  beforeAll(async () => {
    db = await createTestDatabase();
    t = await startTestApp(db);
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
});
