import { startTestApp, type TestApp } from './support/app';
import { bearer, createFixtureUser, login, LOGIN, FIXTURE_PASSWORD, ROLE_CAST, uniqueEmail, type FixtureUser } from './support/auth';
import { createTestDatabase, type TestDatabase } from './support/database';

// 19.71 Kota Pangkal Pinang and 19.04 Kabupaten Belitung are in Kepulauan Bangka Belitung (19);
// 13.71 Kota Padang is in Sumatera Barat (13).

type Errors = { message: string; extensions: Record<string, unknown> }[] | undefined;
const code = (errors: Errors) => errors?.[0]?.extensions['code'] ?? 'OK';

const CREATE = `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id email mustChangePassword memberships { scope role } } temporaryPassword } }`;
const GRANT = `mutation($input: GrantMembershipInput!) { grantMembership(input: $input) { id memberships { scope role } } }`;
const REVOKE = `mutation($input: RevokeMembershipInput!) { revokeMembership(input: $input) }`;
const DISABLE = `mutation($id: ID!) { disableUser(userId: $id) { id disabled } }`;
const ENABLE = `mutation($id: ID!) { enableUser(userId: $id) { id disabled } }`;
const USERS = `query($p: String, $r: String) { users(provinceCode: $p, regionCode: $r) { id email memberships { scope } } }`;

const TARGETS = {
  operator: { role: 'OPERATOR' },
  reviewer19: { role: 'REVIEWER', provinceCode: '19' },
  reviewer13: { role: 'REVIEWER', provinceCode: '13' },
  admin1971: { role: 'REGION_ADMIN', regionCode: '19.71' },
  viewer1971: { role: 'REGION_VIEWER', regionCode: '19.71' },
  editor1904: { role: 'REGION_EDITOR', regionCode: '19.04' },
  editor1371: { role: 'REGION_EDITOR', regionCode: '13.71' },
} as const;
type Target = keyof typeof TARGETS;

describe('users and memberships, role by role', () => {
  let db: TestDatabase;
  let t: TestApp;
  const people: Record<string, FixtureUser> = {};
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    db = await createTestDatabase();
    t = await startTestApp(db);
    const specs = {
      ...ROLE_CAST,
      member1904: { regions: { '19.04': 'editor' } },
      member1371: { regions: { '13.71': 'editor' } },
      consultant: { regions: { '19.71': 'editor', '19.04': 'viewer' } },
    } as const;
    for (const [name, spec] of Object.entries(specs)) {
      people[name] = await createFixtureUser(db, { ...spec, email: uniqueEmail(name) });
    }
    for (const name of ['operator', 'reviewer19', 'reviewer13', 'admin1971', 'editor1971', 'viewer1971']) {
      tokens[name] = (await login(t, people[name])).accessToken;
    }
  });

  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  const as = (actor: string) => bearer(tokens[actor]);
  const emailsSeenBy = async (actor: string, p?: string, r?: string) => {
    const res = await t.gql<{ users: { email: string }[] }>(USERS, { p, r }, as(actor));
    expect(res.errors).toBeUndefined();
    return res.data!.users.map((u) => u.email);
  };
  const email = (name: string) => people[name].email;

  describe('createUser', () => {
    const allowed: Record<string, Target[]> = {
      operator: ['operator', 'reviewer19', 'reviewer13', 'admin1971', 'viewer1971', 'editor1904', 'editor1371'],
      reviewer19: ['reviewer19', 'admin1971', 'viewer1971', 'editor1904'],
      admin1971: ['admin1971', 'viewer1971'],
      editor1971: [],
      viewer1971: [],
    };
    for (const [actor, targets] of Object.entries(allowed)) {
      it(`lets a ${actor} create exactly ${targets.length ? targets.join(', ') : 'nobody'}`, async () => {
        const outcome: Record<string, unknown> = {};
        for (const target of Object.keys(TARGETS) as Target[]) {
          const res = await t.gql(
            CREATE,
            { input: { email: uniqueEmail(`new-${target}`), displayName: `New ${target}`, ...TARGETS[target] } },
            as(actor),
          );
          outcome[target] = code(res.errors);
        }
        const expected = Object.fromEntries(
          (Object.keys(TARGETS) as Target[]).map((x) => [x, targets.includes(x) ? 'OK' : 'FORBIDDEN']),
        );
        expect(outcome).toEqual(expected);
      });
    }

    it('returns the new account with its role and a temporary password that must be changed', async () => {
      const res = await t.gql<{
        createUser: { user: { email: string; mustChangePassword: boolean; memberships: unknown[] }; temporaryPassword: string };
      }>(
        CREATE,
        {
          input: {
            email: '  Siti.Rahma@Pangkalpinang.go.id ',
            displayName: 'Siti Rahma',
            role: 'REGION_EDITOR',
            regionCode: '19.71',
          },
        },
        as('admin1971'),
      );
      expect(res.errors).toBeUndefined();
      const created = res.data!.createUser;
      expect(created.user).toEqual({
        id: expect.any(String),
        email: 'siti.rahma@pangkalpinang.go.id',
        mustChangePassword: true,
        memberships: [{ scope: 'region:19.71', role: 'REGION_EDITOR' }],
      });
      expect(created.temporaryPassword.length).toBeGreaterThanOrEqual(20);
      const first = await t.gql<{ login: { accessToken: string } }>(LOGIN, {
        email: 'siti.rahma@pangkalpinang.go.id',
        password: created.temporaryPassword,
      });
      expect(first.errors).toBeUndefined();
      const duplicate = await t.gql(
        CREATE,
        { input: { email: 'siti.rahma@pangkalpinang.go.id', displayName: 'Again', role: 'REGION_VIEWER', regionCode: '19.71' } },
        as('admin1971'),
      );
      expect(duplicate.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: ['email'] });
    });

    it('answers bad input with BAD_USER_INPUT and the field', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ email: 'not-an-email', displayName: 'X', role: 'REGION_VIEWER', regionCode: '19.71' }, 'email'],
        [{ email: uniqueEmail(), displayName: '', role: 'REGION_VIEWER', regionCode: '19.71' }, 'displayName'],
        [{ email: uniqueEmail(), displayName: 'X', role: 'REGION_VIEWER', regionCode: '1971' }, 'regionCode'],
        [{ email: uniqueEmail(), displayName: 'X', role: 'REGION_VIEWER' }, 'regionCode'],
        [{ email: uniqueEmail(), displayName: 'X', role: 'REVIEWER' }, 'provinceCode'],
        [{ email: uniqueEmail(), displayName: 'X', role: 'REVIEWER', provinceCode: '19', regionCode: '19.71' }, 'regionCode'],
        [{ email: uniqueEmail(), displayName: 'X', role: 'OPERATOR', provinceCode: '19' }, 'provinceCode'],
      ];
      for (const [input, field] of cases) {
        const res = await t.gql(CREATE, { input }, as('operator'));
        expect({ input, extensions: res.errors?.[0].extensions }).toEqual({
          input,
          extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', fields: [field] }),
        });
      }
    });

    it('is refused to anonymous callers', async () => {
      const res = await t.gql(CREATE, { input: { email: uniqueEmail(), displayName: 'X', ...TARGETS.viewer1971 } });
      expect(code(res.errors)).toBe('UNAUTHENTICATED');
    });
  });

  describe('users', () => {
    it('shows a reviewer its province’s people and nothing of another province', async () => {
      const seen = await emailsSeenBy('reviewer19');
      for (const name of ['reviewer19', 'admin1971', 'editor1971', 'viewer1971', 'admin1904', 'member1904', 'consultant'])
        expect(seen).toContain(email(name));
      for (const name of ['reviewer13', 'member1371', 'operator']) expect(seen).not.toContain(email(name));
      expect(await emailsSeenBy('reviewer19', '13')).toEqual([]);
      expect(await emailsSeenBy('reviewer19', undefined, '13.71')).toEqual([]);
      const padang = await emailsSeenBy('reviewer13');
      expect(padang).toContain(email('member1371'));
      expect(padang).not.toContain(email('admin1971'));
    });

    it('shows a region team its own region only, and only that region’s memberships of a consultant', async () => {
      const seen = await emailsSeenBy('editor1971');
      for (const name of ['admin1971', 'editor1971', 'viewer1971', 'consultant']) expect(seen).toContain(email(name));
      for (const name of ['admin1904', 'member1904', 'reviewer19', 'member1371', 'operator'])
        expect(seen).not.toContain(email(name));
      expect(await emailsSeenBy('editor1971', undefined, '19.04')).toEqual([]);
      expect(await emailsSeenBy('viewer1971', undefined, '19.04')).toEqual([]);
      const res = await t.gql<{ users: { email: string; memberships: { scope: string }[] }[] }>(
        USERS,
        { r: '19.71' },
        as('editor1971'),
      );
      const consultant = res.data!.users.find((u) => u.email === email('consultant'));
      expect(consultant?.memberships).toEqual([{ scope: 'region:19.71' }]);
    });

    it('shows an operator everyone', async () => {
      const seen = await emailsSeenBy('operator');
      for (const name of Object.keys(people)) expect(seen).toContain(email(name));
    });

    it('is refused to anonymous callers', async () => {
      expect(code((await t.gql(USERS, {})).errors)).toBe('UNAUTHENTICATED');
    });
  });

  describe('grantMembership and revokeMembership', () => {
    it('lets a region admin add an existing person to its region, and take them out again', async () => {
      const granted = await t.gql<{ grantMembership: { id: string; memberships: { scope: string; role: string }[] } }>(
        GRANT,
        { input: { email: email('member1904'), role: 'REGION_VIEWER', regionCode: '19.71' } },
        as('admin1971'),
      );
      expect(granted.errors).toBeUndefined();
      // The admin sees the membership in its region, not the person's role in 19.04.
      expect(granted.data?.grantMembership.memberships).toEqual([{ scope: 'region:19.71', role: 'REGION_VIEWER' }]);
      const revoked = await t.gql(REVOKE, { input: { userId: people['member1904'].id, scope: 'region:19.71' } }, as('admin1971'));
      expect(revoked.data).toEqual({ revokeMembership: true });
      expect(await emailsSeenBy('admin1971')).not.toContain(email('member1904'));
    });

    it('refuses grants outside the granter’s scope', async () => {
      const cases: [string, Record<string, unknown>, string][] = [
        ['admin1971', { role: 'REGION_EDITOR', regionCode: '19.04' }, 'FORBIDDEN'],
        ['admin1971', { role: 'REVIEWER', provinceCode: '19' }, 'FORBIDDEN'],
        ['admin1971', { role: 'OPERATOR' }, 'FORBIDDEN'],
        ['editor1971', { role: 'REGION_VIEWER', regionCode: '19.71' }, 'FORBIDDEN'],
        ['viewer1971', { role: 'REGION_VIEWER', regionCode: '19.71' }, 'FORBIDDEN'],
        ['reviewer19', { role: 'REVIEWER', provinceCode: '13' }, 'FORBIDDEN'],
        ['reviewer19', { role: 'REGION_EDITOR', regionCode: '13.71' }, 'FORBIDDEN'],
        ['reviewer19', { role: 'OPERATOR' }, 'FORBIDDEN'],
        ['reviewer19', { role: 'REGION_ADMIN', regionCode: '19.04' }, 'OK'],
        ['operator', { role: 'REVIEWER', provinceCode: '13' }, 'OK'],
      ];
      for (const [actor, grant, expected] of cases) {
        const res = await t.gql(GRANT, { input: { email: email('member1371'), ...grant } }, as(actor));
        expect({ actor, grant, code: code(res.errors) }).toEqual({ actor, grant, code: expected });
      }
      const unknown = await t.gql(
        GRANT,
        { input: { email: 'nobody@rapor.test', role: 'REGION_VIEWER', regionCode: '19.71' } },
        as('admin1971'),
      );
      expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', fields: ['email'] });
    });

    it('refuses revoking outside the revoker’s scope', async () => {
      const cases: [string, string, string, string][] = [
        ['admin1971', 'consultant', 'region:19.04', 'FORBIDDEN'],
        ['editor1971', 'viewer1971', 'region:19.71', 'FORBIDDEN'],
        ['reviewer19', 'member1371', 'region:13.71', 'FORBIDDEN'],
        ['reviewer13', 'admin1971', 'region:19.71', 'FORBIDDEN'],
        ['admin1971', 'admin1904', 'region:19.71', 'NOT_FOUND'],
        ['operator', 'operator', 'operator', 'FORBIDDEN'],
      ];
      for (const [actor, person, scope, expected] of cases) {
        const res = await t.gql(REVOKE, { input: { userId: people[person].id, scope } }, as(actor));
        expect({ actor, person, scope, code: code(res.errors) }).toEqual({ actor, person, scope, code: expected });
      }
      const malformed = await t.gql(REVOKE, { input: { userId: 'nope', scope: 'region:19.71' } }, as('admin1971'));
      expect(malformed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['userId'] });
    });
  });

  describe('disableUser and enableUser', () => {
    it('lets a region admin disable its own region’s person: their tokens stop at once', async () => {
      const person = await createFixtureUser(db, { regions: { '19.71': 'viewer' } });
      const theirs = await login(t, person);
      const res = await t.gql<{ disableUser: { disabled: boolean } }>(DISABLE, { id: person.id }, as('admin1971'));
      expect(res.data?.disableUser.disabled).toBe(true);
      expect(code((await t.gql(`{ me { user { id } } }`, {}, bearer(theirs.accessToken))).errors)).toBe('UNAUTHENTICATED');
      expect(
        code(
          (await t.gql(`mutation($t: String!) { refreshToken(token: $t) { accessToken } }`, { t: theirs.refreshToken })).errors,
        ),
      ).toBe('UNAUTHENTICATED');
      expect(code((await t.gql(LOGIN, { email: person.email, password: FIXTURE_PASSWORD })).errors)).toBe('UNAUTHENTICATED');
      const enabled = await t.gql<{ enableUser: { disabled: boolean } }>(ENABLE, { id: person.id }, as('admin1971'));
      expect(enabled.data?.enableUser.disabled).toBe(false);
      await login(t, person);
    });

    it('refuses accounts beyond the manager’s scope', async () => {
      const cases: [string, string, string][] = [
        ['admin1971', 'consultant', 'FORBIDDEN'],
        ['admin1971', 'member1904', 'NOT_FOUND'],
        ['admin1971', 'admin1971', 'FORBIDDEN'],
        ['editor1971', 'viewer1971', 'FORBIDDEN'],
        ['viewer1971', 'editor1971', 'FORBIDDEN'],
        ['reviewer19', 'operator', 'NOT_FOUND'],
        ['reviewer13', 'viewer1971', 'NOT_FOUND'],
      ];
      for (const [actor, person, expected] of cases) {
        const res = await t.gql(DISABLE, { id: people[person].id }, as(actor));
        expect({ actor, person, code: code(res.errors) }).toEqual({ actor, person, code: expected });
      }
      const padang = await createFixtureUser(db, { regions: { '13.71': 'viewer' } });
      expect(code((await t.gql(DISABLE, { id: padang.id }, as('reviewer19'))).errors)).toBe('NOT_FOUND');
      // Visible to the reviewer of 13, but also working in 19.71: beyond that reviewer's scope.
      const commuter = await createFixtureUser(db, { regions: { '13.71': 'viewer', '19.71': 'viewer' } });
      expect(code((await t.gql(DISABLE, { id: commuter.id }, as('reviewer13'))).errors)).toBe('FORBIDDEN');
    });

    it('lets a reviewer disable a consultant of two regions of its province, and an operator anyone else', async () => {
      const consultant = await createFixtureUser(db, { regions: { '19.71': 'editor', '19.04': 'viewer' } });
      expect(code((await t.gql(DISABLE, { id: consultant.id }, as('reviewer19'))).errors)).toBe('OK');
      expect(code((await t.gql(ENABLE, { id: consultant.id }, as('reviewer19'))).errors)).toBe('OK');
      const reviewer = await createFixtureUser(db, { reviewerOf: ['13'] });
      expect(code((await t.gql(DISABLE, { id: reviewer.id }, as('operator'))).errors)).toBe('OK');
      expect(code((await t.gql(DISABLE, { id: people['operator'].id }, as('operator'))).errors)).toBe('FORBIDDEN');
    });
  });
});
