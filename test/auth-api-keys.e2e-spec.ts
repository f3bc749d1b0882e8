import { createHash } from 'node:crypto';
import { TenantTransactionRunner, withOwnerTransaction, type Principal } from '@rapor/db';
import { startTestApp, type TestApp } from './support/app';
import { bearer, FIXTURE_PASSWORD, ROLE_CAST, signInAll, uniqueEmail, type FixtureUser } from './support/auth';
import { createTestDatabase, type TestDatabase } from './support/database';

type Errors = { message: string; extensions: Record<string, unknown> }[] | undefined;
const code = (errors: Errors) => errors?.[0]?.extensions['code'] ?? 'OK';

const CREATE = `mutation($input: CreateApiKeyInput!) {
  createApiKey(input: $input) { secret apiKey { id name prefix scope provinceCode regionCode active lastUsedAt } }
}`;
const LIST = `query($p: String, $r: String, $all: Boolean) { apiKeys(provinceCode: $p, regionCode: $r, includeRevoked: $all) { id scope active lastUsedAt revokedAt } }`;
const REVOKE = `mutation($id: ID!) { revokeApiKey(id: $id) { id active revokedAt } }`;
const PUBLIC = `{ province(code: "19") { name } }`;

interface CreatedKey {
  secret: string;
  apiKey: {
    id: string;
    name: string;
    prefix: string;
    scope: string;
    provinceCode: string;
    regionCode: string | null;
    active: boolean;
  };
}

const SCOPES = {
  'province:19': { provinceCode: '19' },
  'region:19.71': { regionCode: '19.71' },
  'region:19.04': { regionCode: '19.04' },
  'province:13': { provinceCode: '13' },
  'region:13.71': { regionCode: '13.71' },
} as const;
type KeyScope = keyof typeof SCOPES;

describe('API keys', () => {
  let db: TestDatabase;
  let t: TestApp;
  let people: Record<string, FixtureUser> = {};
  let tokens: Record<string, string> = {};

  beforeAll(async () => {
    db = await createTestDatabase();
    t = await startTestApp(db);
    ({ people, tokens } = await signInAll(db, t, ROLE_CAST));
  });

  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  const as = (actor: string) => bearer(tokens[actor]);
  const createKey = async (actor: string, scope: KeyScope, extra: Record<string, unknown> = {}): Promise<CreatedKey> => {
    const res = await t.gql<{ createApiKey: CreatedKey }>(
      CREATE,
      { input: { name: `${actor} ${scope}`, ...SCOPES[scope], ...extra } },
      as(actor),
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.createApiKey;
  };
  const listedScopes = async (actor: string, args: Record<string, unknown> = {}) => {
    const res = await t.gql<{ apiKeys: { scope: string }[] }>(LIST, args, as(actor));
    expect(res.errors).toBeUndefined();
    return new Set(res.data!.apiKeys.map((k) => k.scope));
  };

  describe('createApiKey', () => {
    const allowed: Record<string, KeyScope[]> = {
      operator: ['province:19', 'region:19.71', 'region:19.04', 'province:13', 'region:13.71'],
      reviewer19: ['province:19', 'region:19.71', 'region:19.04'],
      admin1971: ['region:19.71'],
      editor1971: [],
      viewer1971: [],
    };
    for (const [actor, scopes] of Object.entries(allowed)) {
      it(`lets a ${actor} create keys for exactly ${scopes.length ? scopes.join(', ') : 'nothing'}`, async () => {
        const outcome: Record<string, unknown> = {};
        for (const scope of Object.keys(SCOPES) as KeyScope[]) {
          const res = await t.gql(CREATE, { input: { name: `${actor} ${scope}`, ...SCOPES[scope] } }, as(actor));
          outcome[scope] = code(res.errors);
        }
        expect(outcome).toEqual(
          Object.fromEntries((Object.keys(SCOPES) as KeyScope[]).map((s) => [s, scopes.includes(s) ? 'OK' : 'FORBIDDEN'])),
        );
      });
    }

    it('shows the secret once: a recognisable rpk_ key whose prefix alone is listed', async () => {
      const key = await createKey('admin1971', 'region:19.71', { name: 'Dashboard BI' });
      expect(key.secret).toMatch(/^rpk_[A-Za-z0-9_-]{43}$/);
      expect(key.apiKey).toMatchObject({
        name: 'Dashboard BI',
        scope: 'region:19.71',
        provinceCode: '19',
        regionCode: '19.71',
        active: true,
      });
      expect(key.secret.startsWith(key.apiKey.prefix)).toBe(true);
      expect(key.apiKey.prefix.length).toBeLessThan(16);
      const listing = await t.gql(`{ apiKeys { id secret } }`, {}, as('admin1971'));
      expect(code(listing.errors)).toBe('GRAPHQL_VALIDATION_FAILED');
      const stored = await withOwnerTransaction(db.ownerUrl, (c) =>
        c.query(`select key_hash from api_key where id = $1`, [key.apiKey.id]),
      );
      expect(stored.rows[0].key_hash).toEqual(createHash('sha256').update(key.secret).digest());
    });

    it('answers bad input with BAD_USER_INPUT and the field', async () => {
      const cases: [Record<string, unknown>, string[]][] = [
        [{ name: '', provinceCode: '19' }, ['name']],
        [{ name: 'No scope' }, ['provinceCode', 'regionCode']],
        [{ name: 'Both', provinceCode: '19', regionCode: '19.71' }, ['provinceCode', 'regionCode']],
        [{ name: 'Bad region', regionCode: '19-71' }, ['regionCode']],
        [{ name: 'Past', provinceCode: '19', expiresAt: '2020-01-01T00:00:00Z' }, ['expiresAt']],
      ];
      for (const [input, fields] of cases) {
        const res = await t.gql(CREATE, { input }, as('operator'));
        expect({ input, ext: res.errors?.[0].extensions }).toEqual({
          input,
          ext: expect.objectContaining({ code: 'BAD_USER_INPUT', fields }),
        });
      }
    });
  });

  describe('using a key', () => {
    it('authenticates as Authorization: Bearer and as x-api-key, and reads public data', async () => {
      const key = await createKey('reviewer19', 'province:19');
      for (const headers of [{ authorization: `Bearer ${key.secret}` }, { 'x-api-key': key.secret }] as Record<
        string,
        string
      >[]) {
        const res = await t.gql<{ province: { name: string } }>(PUBLIC, {}, headers);
        expect(res.errors).toBeUndefined();
        expect(res.data?.province.name).toBe('Kepulauan Bangka Belitung');
      }
      const listed = await t.gql<{ apiKeys: { id: string; lastUsedAt: string | null }[] }>(LIST, {}, as('reviewer19'));
      expect(listed.data?.apiKeys.find((k) => k.id === key.apiKey.id)?.lastUsedAt).not.toBeNull();
    });

    it('cannot change anything, even by calling mutations directly', async () => {
      const key = await createKey('admin1971', 'region:19.71');
      const headers = { 'x-api-key': key.secret };
      const mutations: [string, string, Record<string, unknown>][] = [
        [
          'createUser',
          `mutation($i: CreateUserInput!) { createUser(input: $i) { temporaryPassword } }`,
          { i: { email: uniqueEmail(), displayName: 'K', role: 'REGION_VIEWER', regionCode: '19.71' } },
        ],
        [
          'grantMembership',
          `mutation($i: GrantMembershipInput!) { grantMembership(input: $i) { id } }`,
          { i: { email: people['viewer1971'].email, role: 'REGION_ADMIN', regionCode: '19.71' } },
        ],
        [
          'revokeMembership',
          `mutation($i: RevokeMembershipInput!) { revokeMembership(input: $i) }`,
          { i: { userId: people['viewer1971'].id, scope: 'region:19.71' } },
        ],
        ['disableUser', `mutation($id: ID!) { disableUser(userId: $id) { id } }`, { id: people['viewer1971'].id }],
        ['enableUser', `mutation($id: ID!) { enableUser(userId: $id) { id } }`, { id: people['viewer1971'].id }],
        [
          'createApiKey',
          `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }`,
          { i: { name: 'Child key', regionCode: '19.71' } },
        ],
        ['revokeApiKey', `mutation($id: ID!) { revokeApiKey(id: $id) { id } }`, { id: key.apiKey.id }],
        [
          'changePassword',
          `mutation($i: ChangePasswordInput!) { changePassword(input: $i) { accessToken } }`,
          { i: { currentPassword: FIXTURE_PASSWORD, newPassword: 'a brand new passphrase' } },
        ],
      ];
      for (const [name, query, variables] of mutations) {
        const res = await t.gql(query, variables, headers);
        expect({ name, code: code(res.errors) }).toEqual({ name, code: 'FORBIDDEN' });
      }
      for (const query of [`{ me { user { id } } }`, `{ users { id } }`, `{ apiKeys { id } }`]) {
        expect({ query, code: code((await t.gql(query, {}, headers)).errors) }).toEqual({ query, code: 'FORBIDDEN' });
      }
      // The key still works: nothing above changed it.
      expect(code((await t.gql(PUBLIC, {}, headers)).errors)).toBe('OK');
    });

    it('runs in a read-only transaction: even a raw write is refused by the database', async () => {
      const key = await createKey('admin1971', 'region:19.71');
      const principal: Principal = {
        userId: null,
        role: 'api_key',
        provinceId: '19',
        regionId: '19.71',
        apiKeyId: key.apiKey.id,
      };
      const runner = t.app.get(TenantTransactionRunner);
      const write = (sql: string, params: unknown[]) =>
        runner
          .run(principal, (m) => m.query(sql, params))
          .then(
            () => 'ok',
            (e: { driverError?: { code?: string } }) => e.driverError?.code,
          );
      expect(await write(`insert into unit (region_id, name) values ($1, 'Dinas Kunci')`, ['19.71'])).toBe('25006');
      expect(await write(`update api_key set revoked_at = null where id = $1`, [key.apiKey.id])).toBe('25006');
      expect(await write(`select set_config('transaction_read_only', 'off', true)`, [])).toBe('25001');
      expect(await runner.run(principal, (m) => m.query(`select current_setting('transaction_read_only') as ro`))).toEqual([
        { ro: 'on' },
      ]);
    });

    it('refuses unknown, malformed, revoked and expired keys, and both credentials at once', async () => {
      const revoked = await createKey('admin1971', 'region:19.71');
      expect(code((await t.gql(REVOKE, { id: revoked.apiKey.id }, as('admin1971'))).errors)).toBe('OK');
      const expiring = await createKey('admin1971', 'region:19.71', { expiresAt: new Date(Date.now() + 3600_000).toISOString() });
      await withOwnerTransaction(db.ownerUrl, (c) =>
        c.query(`update api_key set expires_at = now() - interval '1 second' where id = $1`, [expiring.apiKey.id]),
      );
      const live = await createKey('admin1971', 'region:19.71');
      const cases: [string, Record<string, string>][] = [
        ['unknown', { 'x-api-key': `rpk_${'A'.repeat(43)}` }],
        ['malformed', { 'x-api-key': 'rpk_short' }],
        ['revoked', { 'x-api-key': revoked.secret }],
        ['expired', { authorization: `Bearer ${expiring.secret}` }],
        ['both headers', { 'x-api-key': live.secret, authorization: `Bearer ${tokens['admin1971']}` }],
      ];
      for (const [label, headers] of cases) {
        expect({ label, code: code((await t.gql(PUBLIC, {}, headers)).errors) }).toEqual({ label, code: 'UNAUTHENTICATED' });
      }
      expect(code((await t.gql(PUBLIC, {}, { 'x-api-key': live.secret })).errors)).toBe('OK');
    });

    it('accepts its own scope in x-rapor-scope and refuses any other', async () => {
      const key = await createKey('admin1971', 'region:19.71');
      expect(code((await t.gql(PUBLIC, {}, { 'x-api-key': key.secret, 'x-rapor-scope': 'region:19.71' })).errors)).toBe('OK');
      for (const scope of ['province:19', 'region:19.04', 'operator']) {
        expect({
          scope,
          code: code((await t.gql(PUBLIC, {}, { 'x-api-key': key.secret, 'x-rapor-scope': scope })).errors),
        }).toEqual({ scope, code: 'FORBIDDEN' });
      }
    });
  });

  describe('apiKeys and revokeApiKey', () => {
    beforeAll(async () => {
      for (const scope of Object.keys(SCOPES) as KeyScope[]) await createKey('operator', scope);
    });

    it('lists keys within the caller’s scope only', async () => {
      expect(await listedScopes('admin1971')).toEqual(new Set(['region:19.71']));
      expect(await listedScopes('admin1904')).toEqual(new Set(['region:19.04']));
      expect(await listedScopes('reviewer19')).toEqual(new Set(['province:19', 'region:19.71', 'region:19.04']));
      expect(await listedScopes('reviewer13')).toEqual(new Set(['province:13', 'region:13.71']));
      expect(await listedScopes('reviewer19', { p: '13' })).toEqual(new Set());
      expect(await listedScopes('operator')).toEqual(new Set(Object.keys(SCOPES)));
      for (const actor of ['editor1971', 'viewer1971']) {
        expect(code((await t.gql(LIST, {}, as(actor))).errors)).toBe('FORBIDDEN');
      }
      expect(code((await t.gql(LIST, {})).errors)).toBe('UNAUTHENTICATED');
    });

    it('revokes within scope: the key stops working at once; outside scope it is not found', async () => {
      const key = await createKey('reviewer19', 'region:19.71');
      expect(code((await t.gql(REVOKE, { id: key.apiKey.id }, as('admin1904'))).errors)).toBe('NOT_FOUND');
      expect(code((await t.gql(REVOKE, { id: key.apiKey.id }, as('reviewer13'))).errors)).toBe('NOT_FOUND');
      expect(code((await t.gql(REVOKE, { id: key.apiKey.id }, as('editor1971'))).errors)).toBe('FORBIDDEN');
      expect(code((await t.gql(PUBLIC, {}, { 'x-api-key': key.secret })).errors)).toBe('OK');
      const res = await t.gql<{ revokeApiKey: { active: boolean; revokedAt: string | null } }>(
        REVOKE,
        { id: key.apiKey.id },
        as('admin1971'),
      );
      expect(res.data?.revokeApiKey).toMatchObject({ active: false, revokedAt: expect.any(String) });
      expect(code((await t.gql(PUBLIC, {}, { 'x-api-key': key.secret })).errors)).toBe('UNAUTHENTICATED');
      const active = await t.gql<{ apiKeys: { id: string }[] }>(LIST, {}, as('admin1971'));
      expect(active.data?.apiKeys.map((k) => k.id)).not.toContain(key.apiKey.id);
      const all = await t.gql<{ apiKeys: { id: string }[] }>(LIST, { all: true }, as('admin1971'));
      expect(all.data?.apiKeys.map((k) => k.id)).toContain(key.apiKey.id);
    });
  });
});
