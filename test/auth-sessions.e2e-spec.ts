import { randomUUID } from 'node:crypto';
import { createOperator } from '@rapor/auth';
import { withOwnerTransaction } from '@rapor/db';
import { startTestApp, type TestApp } from './support/app';
import { bearer, createFixtureUser, FIXTURE_PASSWORD, login, LOGIN, signAccessToken, type FixtureUser } from './support/auth';
import { createTestDatabase, type TestDatabase } from './support/database';

const ME = `{ me { user { id email mustChangePassword } activeScope activeRole memberships { role scope provinceCode regionCode } } }`;
const REFRESH = `mutation($token: String!) { refreshToken(token: $token) { accessToken refreshToken scope } }`;
const LOGOUT = `mutation($token: String!) { logout(refreshToken: $token) }`;
const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { accessToken refreshToken scope } }`;

type Errors = { message: string; extensions: Record<string, unknown> }[] | undefined;
const code = (errors: Errors) => errors?.[0]?.extensions['code'];

describe('sign-in and sessions', () => {
  let db: TestDatabase;
  let t: TestApp;
  let consultant: FixtureUser;

  beforeAll(async () => {
    db = await createTestDatabase();
    t = await startTestApp(db);
    // A consultant: editor in Kota Pangkal Pinang, viewer in Kabupaten Bangka Barat.
    consultant = await createFixtureUser(db, { regions: { '19.71': 'editor', '19.05': 'viewer' } });
  });

  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  const me = (headers: Record<string, string>) =>
    t.gql<{
      me: {
        user: { id: string; mustChangePassword: boolean };
        activeScope: string | null;
        activeRole: string | null;
        memberships: { scope: string }[];
      };
    }>(ME, {}, headers);

  it('signs in and answers me with the default scope and every membership', async () => {
    const tokens = await login(t, consultant);
    expect(tokens.scope).toBe('region:19.05');
    const res = await me(bearer(tokens.accessToken));
    expect(res.errors).toBeUndefined();
    expect(res.data?.me.user.id).toBe(consultant.id);
    expect(res.data?.me.activeScope).toBe('region:19.05');
    expect(res.data?.me.activeRole).toBe('REGION_VIEWER');
    expect(res.data?.me.memberships.map((m) => m.scope)).toEqual(['region:19.05', 'region:19.71']);
  });

  it('signs in to a chosen scope and switches scope per request with x-rapor-scope', async () => {
    const tokens = await login(t, consultant, 'region:19.71');
    expect((await me(bearer(tokens.accessToken))).data?.me.activeRole).toBe('REGION_EDITOR');
    const switched = await me(bearer(tokens.accessToken, 'region:19.05'));
    expect(switched.data?.me).toMatchObject({ activeScope: 'region:19.05', activeRole: 'REGION_VIEWER' });
  });

  it('refuses a scope the person does not hold, at sign-in and per request', async () => {
    const atLogin = await t.gql(LOGIN, { email: consultant.email, password: FIXTURE_PASSWORD, scope: 'region:19.04' });
    expect(code(atLogin.errors)).toBe('FORBIDDEN');
    const tokens = await login(t, consultant);
    for (const forged of ['region:19.04', 'province:19', 'operator']) {
      const res = await me(bearer(tokens.accessToken, forged));
      expect({ forged, code: code(res.errors) }).toEqual({ forged, code: 'FORBIDDEN' });
    }
    const malformed = await me(bearer(tokens.accessToken, 'city:19.71'));
    expect(malformed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['x-rapor-scope'] });
    const badScope = await t.gql(LOGIN, { email: consultant.email, password: FIXTURE_PASSWORD, scope: 'region:1971' });
    expect(badScope.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['scope'] });
  });

  it('answers an unknown email, a wrong password and a disabled account with the same UNAUTHENTICATED error', async () => {
    const disabled = await createFixtureUser(db, { regions: { '19.71': 'viewer' }, disabled: true });
    const answers = await Promise.all([
      t.gql(LOGIN, { email: 'nobody@rapor.test', password: FIXTURE_PASSWORD }),
      t.gql(LOGIN, { email: consultant.email, password: 'wrong password here' }),
      t.gql(LOGIN, { email: disabled.email, password: FIXTURE_PASSWORD }),
    ]);
    for (const res of answers) {
      expect(res.data).toBeNull();
      expect(res.errors?.[0]).toMatchObject({ message: 'Invalid email or password', extensions: { code: 'UNAUTHENTICATED' } });
    }
  });

  it('keeps login alone in its operation', async () => {
    const res = await t.gql(
      `mutation { login(email: "${consultant.email}", password: "${FIXTURE_PASSWORD}") { accessToken } logout(refreshToken: "x") }`,
    );
    expect(code(res.errors)).toBe('BAD_USER_INPUT');
  });

  it('answers UNAUTHENTICATED for no, expired, tampered, forged and foreign tokens', async () => {
    const tokens = await login(t, consultant);
    const valid = JSON.parse(Buffer.from(tokens.accessToken.split('.')[1], 'base64url').toString()) as Record<string, unknown>;
    const claims = { sid: valid['sid'], ver: valid['ver'], scope: valid['scope'], sub: consultant.id };
    const [header, , signature] = tokens.accessToken.split('.');
    const altered = Buffer.from(JSON.stringify({ ...valid, scope: 'operator' })).toString('base64url');
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${tokens.accessToken.split('.')[1]}.`;
    const cases: [string, Record<string, string>][] = [
      ['no credentials', {}],
      ['expired', bearer(signAccessToken(claims, { expiresIn: -60 }))],
      ['tampered payload', bearer(`${header}.${altered}.${signature}`)],
      ['alg none', bearer(none)],
      ['another secret', bearer(signAccessToken(claims, { secret: 'another-secret-another-secret-another-secret' }))],
      ['another algorithm', bearer(signAccessToken(claims, { algorithm: 'HS512' }))],
      ['a session that never existed', bearer(signAccessToken({ ...claims, sid: randomUUID() }))],
      ['a stale token version', bearer(signAccessToken({ ...claims, ver: 7 }))],
      ['not an access token', bearer(signAccessToken({ ...claims, typ: 'refresh' }))],
      ['garbage', bearer('not-a-jwt')],
      ['another scheme', { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` }],
    ];
    for (const [label, headers] of cases) {
      const res = await me(headers);
      expect({ label, code: code(res.errors) }).toEqual({ label, code: 'UNAUTHENTICATED' });
    }
    const expired = await me(bearer(signAccessToken(claims, { expiresIn: -60 })));
    expect(expired.errors?.[0].extensions['reason']).toBe('TOKEN_EXPIRED');
    expect(code((await me(bearer(tokens.accessToken))).errors)).toBeUndefined();
  });

  it('rotates refresh tokens, and reusing a rotated one revokes the whole family', async () => {
    const first = await login(t, consultant);
    const other = await login(t, consultant);
    const second = await t.gql<{ refreshToken: { accessToken: string; refreshToken: string } }>(REFRESH, {
      token: first.refreshToken,
    });
    expect(second.errors).toBeUndefined();
    const r2 = second.data!.refreshToken;
    expect(r2.refreshToken).not.toBe(first.refreshToken);
    const third = await t.gql<{ refreshToken: { accessToken: string; refreshToken: string } }>(REFRESH, {
      token: r2.refreshToken,
    });
    const r3 = third.data!.refreshToken;
    expect(code((await me(bearer(r3.accessToken))).errors)).toBeUndefined();

    const reuse = await t.gql(REFRESH, { token: first.refreshToken });
    expect(reuse.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'REFRESH_TOKEN_REUSED' });
    // The whole family ended: the newest refresh token and its access token no longer work.
    expect(code((await t.gql(REFRESH, { token: r3.refreshToken })).errors)).toBe('UNAUTHENTICATED');
    expect(code((await me(bearer(r3.accessToken))).errors)).toBe('UNAUTHENTICATED');
    // Another sign-in of the same person is another family, untouched.
    expect(code((await me(bearer(other.accessToken))).errors)).toBeUndefined();
    expect(code((await t.gql(REFRESH, { token: other.refreshToken })).errors)).toBeUndefined();
  });

  it('refreshes despite a stale access token in the request, and refuses unknown refresh tokens', async () => {
    const tokens = await login(t, consultant);
    const res = await t.gql(
      REFRESH,
      { token: tokens.refreshToken },
      bearer(signAccessToken({ sub: consultant.id, sid: randomUUID(), ver: 0 }, { expiresIn: -5 })),
    );
    expect(res.errors).toBeUndefined();
    expect(code((await t.gql(REFRESH, { token: 'A'.repeat(43) })).errors)).toBe('UNAUTHENTICATED');
    expect(code((await t.gql(REFRESH, { token: 'short' })).errors)).toBe('UNAUTHENTICATED');
    const expiring = await login(t, consultant);
    await withOwnerTransaction(db.ownerUrl, (c) =>
      c.query(`update refresh_token set expires_at = now() - interval '1 second' where token_hash = sha256($1::bytea)`, [
        Buffer.from(expiring.refreshToken),
      ]),
    );
    expect(code((await t.gql(REFRESH, { token: expiring.refreshToken })).errors)).toBe('UNAUTHENTICATED');
  });

  it('stops the tokens of an account disabled behind the API’s back', async () => {
    const person = await createFixtureUser(db, { regions: { '19.71': 'viewer' } });
    const tokens = await login(t, person);
    expect(code((await me(bearer(tokens.accessToken))).errors)).toBeUndefined();
    // Only disabled_at, token_version untouched: the account and its sessions end all the same.
    await withOwnerTransaction(db.ownerUrl, (c) => c.query(`update app_user set disabled_at = now() where id = $1`, [person.id]));
    expect(code((await me(bearer(tokens.accessToken))).errors)).toBe('UNAUTHENTICATED');
    expect(code((await t.gql(REFRESH, { token: tokens.refreshToken })).errors)).toBe('UNAUTHENTICATED');
  });

  it('logs out: the session’s refresh and access tokens stop working', async () => {
    const tokens = await login(t, consultant);
    const out = await t.gql<{ logout: boolean }>(LOGOUT, { token: tokens.refreshToken });
    expect(out.data?.logout).toBe(true);
    expect(code((await me(bearer(tokens.accessToken))).errors)).toBe('UNAUTHENTICATED');
    expect(code((await t.gql(REFRESH, { token: tokens.refreshToken })).errors)).toBe('UNAUTHENTICATED');
  });

  it('authenticates a mutation field that follows a logout in the same operation', async () => {
    const tokens = await login(t, consultant);
    const res = await t.gql<{ logout: boolean; markNotificationsRead: number }>(
      `mutation { logout(refreshToken: "not-a-refresh-token") markNotificationsRead }`,
      {},
      bearer(tokens.accessToken),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ logout: true, markNotificationsRead: 0 });
  });

  it('changes a password: every earlier session ends, the old password is refused, the new one works', async () => {
    const person = await createFixtureUser(db, { regions: { '19.71': 'viewer' } });
    const before = await login(t, person);
    const elsewhere = await login(t, person);
    const res = await t.gql<{ changePassword: { accessToken: string; scope: string } }>(
      CHANGE,
      { input: { currentPassword: FIXTURE_PASSWORD, newPassword: 'a brand new passphrase' } },
      bearer(before.accessToken),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.changePassword.scope).toBe('region:19.71');
    expect(code((await me(bearer(before.accessToken))).errors)).toBe('UNAUTHENTICATED');
    expect(code((await me(bearer(elsewhere.accessToken))).errors)).toBe('UNAUTHENTICATED');
    expect(code((await t.gql(REFRESH, { token: elsewhere.refreshToken })).errors)).toBe('UNAUTHENTICATED');
    expect(code((await me(bearer(res.data!.changePassword.accessToken))).errors)).toBeUndefined();
    expect(code((await t.gql(LOGIN, { email: person.email, password: FIXTURE_PASSWORD })).errors)).toBe('UNAUTHENTICATED');
    await login(t, { email: person.email, password: 'a brand new passphrase' });
  });

  it('refuses a wrong current password and a weak new one with BAD_USER_INPUT and the field', async () => {
    const tokens = await login(t, consultant);
    const wrong = await t.gql(
      CHANGE,
      { input: { currentPassword: 'not my password', newPassword: 'a brand new passphrase' } },
      bearer(tokens.accessToken),
    );
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['currentPassword'] });
    const short = await t.gql(
      CHANGE,
      { input: { currentPassword: FIXTURE_PASSWORD, newPassword: 'short' } },
      bearer(tokens.accessToken),
    );
    expect(short.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['newPassword'] });
    const same = await t.gql(
      CHANGE,
      { input: { currentPassword: FIXTURE_PASSWORD, newPassword: FIXTURE_PASSWORD } },
      bearer(tokens.accessToken),
    );
    expect(same.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['newPassword'] });
    const anonymous = await t.gql(CHANGE, {
      input: { currentPassword: FIXTURE_PASSWORD, newPassword: 'a brand new passphrase' },
    });
    expect(code(anonymous.errors)).toBe('UNAUTHENTICATED');
  });

  it('signs in the first operator made by the CLI’s create-operator, and refuses weak passwords and taken emails', async () => {
    const { id } = await createOperator(db.ownerUrl, {
      email: ' First.Operator@Rapor.Test ',
      displayName: 'Operator Satu',
      password: 'the first operator passphrase',
    });
    const tokens = await login(t, { email: 'first.operator@rapor.test', password: 'the first operator passphrase' });
    expect(tokens.scope).toBe('operator');
    expect((await me(bearer(tokens.accessToken))).data?.me).toMatchObject({ user: { id }, activeRole: 'OPERATOR' });
    await expect(
      createOperator(db.ownerUrl, { email: 'second@rapor.test', displayName: 'X', password: 'short' }),
    ).rejects.toThrow(/at least 12/);
    await expect(
      createOperator(db.ownerUrl, { email: 'first.operator@rapor.test', displayName: 'X', password: 'another long passphrase' }),
    ).rejects.toThrow(/already exists/);
  });

  it('holds a person with a temporary password to changing it before anything else', async () => {
    const newcomer = await createFixtureUser(db, { regions: { '19.71': 'admin' }, mustChangePassword: true });
    const tokens = await login(t, newcomer);
    const self = await me(bearer(tokens.accessToken));
    expect(self.data?.me.user.mustChangePassword).toBe(true);
    const users = `{ users { id } }`;
    expect(code((await t.gql(users, {}, bearer(tokens.accessToken))).errors)).toBe('PASSWORD_CHANGE_REQUIRED');
    const changed = await t.gql<{ changePassword: { accessToken: string } }>(
      CHANGE,
      { input: { currentPassword: FIXTURE_PASSWORD, newPassword: 'my own passphrase now' } },
      bearer(tokens.accessToken),
    );
    expect(changed.errors).toBeUndefined();
    const after = await t.gql<{ users: { id: string }[] }>(users, {}, bearer(changed.data!.changePassword.accessToken));
    expect(after.errors).toBeUndefined();
    expect(after.data?.users.map((u) => u.id)).toContain(newcomer.id);
  });
});
