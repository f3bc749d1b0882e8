import { createHash, randomUUID } from 'node:crypto';
import { ANONYMOUS, withOwnerTransaction, type Principal } from '@rapor/db';
import {
  apiKeyFor,
  createFixtureUser,
  operator,
  regionRole,
  reviewerOf,
  startServiceHarness,
  type FixtureUser,
  type ServiceHarness,
} from '@rapor/testing';

// The accounts migration's policies, as the API role, without the application in front:
// the second line of defence must hold on its own.
const A = '19.71';
const B = '19.04';
const C = '13.71';

describe('row-level security of accounts, memberships and keys', () => {
  let h: ServiceHarness;
  let inA: FixtureUser;
  let inB: FixtureUser;
  let inC: FixtureUser;
  let consultant: FixtureUser;

  const as = <T = Record<string, unknown>>(p: Principal, sql: string, params: unknown[] = []) => h.sql<T>(p, sql, params);
  const sqlState: ServiceHarness['sqlState'] = (p, sql, params) => h.sqlState(p, sql, params);
  const affected = (p: Principal, sql: string, params: unknown[] = []) =>
    h.runner.run(p, async (m) => ((await m.query(sql, params)) as [unknown, number])[1]);
  const withUser = (p: Principal, user: FixtureUser): Principal => ({ ...p, userId: user.id });

  beforeAll(async () => {
    h = await startServiceHarness([], { poolSize: 2 });
    inA = await createFixtureUser(h.db, { regions: { [A]: 'viewer' } });
    inB = await createFixtureUser(h.db, { regions: { [B]: 'editor' } });
    inC = await createFixtureUser(h.db, { regions: { [C]: 'editor' }, reviewerOf: ['13'] });
    consultant = await createFixtureUser(h.db, { regions: { [A]: 'editor', [B]: 'viewer' } });
    await withOwnerTransaction(h.db.ownerUrl, (c) =>
      c.query(
        `insert into api_key (name, key_hash, display_prefix, scope_province_id, scope_region_id) values
        ('A', $1, 'rpk_a', '19', '19.71'), ('B', $2, 'rpk_b', '19', '19.04'), ('C', $3, 'rpk_c', '13', null)`,
        [
          createHash('sha256').update('a').digest(),
          createHash('sha256').update('b').digest(),
          createHash('sha256').update('c').digest(),
        ],
      ),
    );
  });

  afterAll(() => h.close());

  it('refuses membership writes outside the writer’s scope', async () => {
    const insertRegion = `insert into region_membership (region_id, user_id, role) values ($1, $2, 'viewer')`;
    const insertProvince = `insert into province_membership (province_id, user_id) values ($1, $2)`;
    expect(await sqlState(regionRole('region_admin', A), insertRegion, [B, inA.id])).toBe('42501');
    expect(await sqlState(regionRole('region_admin', A), insertProvince, ['19', inA.id])).toBe('42501');
    expect(await sqlState(regionRole('region_editor', A), insertRegion, [A, inB.id])).toBe('42501');
    expect(await sqlState(regionRole('region_viewer', A), insertRegion, [A, inB.id])).toBe('42501');
    expect(await sqlState(reviewerOf('19'), insertRegion, [C, inA.id])).toBe('42501');
    expect(await sqlState(reviewerOf('19'), insertProvince, ['13', inA.id])).toBe('42501');
    expect(await sqlState(ANONYMOUS, insertRegion, [A, inB.id])).toBe('42501');
    expect(await sqlState(apiKeyFor('19', A), insertRegion, [A, inB.id])).toBe('25006');
    const newcomer = await createFixtureUser(h.db);
    expect(await sqlState(regionRole('region_admin', A), insertRegion, [A, newcomer.id])).toBe('ok');
    // Moving a membership into another region, and changing or deleting one elsewhere.
    expect(
      await sqlState(regionRole('region_admin', A), `update region_membership set region_id = $1 where region_id = $2`, [B, A]),
    ).toBe('42501');
    expect(await affected(regionRole('region_admin', A), `delete from region_membership where region_id = $1`, [B])).toBe(0);
    expect(
      await affected(regionRole('region_admin', A), `update region_membership set role = 'admin' where region_id = $1`, [B]),
    ).toBe(0);
  });

  it('shows a region team its own region’s memberships, a reviewer its province’s, nobody another province’s', async () => {
    const regionsSeen = async (p: Principal) =>
      new Set((await as<{ region_id: string }>(p, `select region_id from region_membership`)).map((r) => r.region_id));
    expect(await regionsSeen(regionRole('region_viewer', A))).toEqual(new Set([A]));
    expect(await regionsSeen(reviewerOf('19'))).toEqual(new Set([A, B]));
    expect(await regionsSeen(reviewerOf('13'))).toEqual(new Set([C]));
    expect(await regionsSeen(withUser({ userId: null, role: null, provinceId: null, regionId: null }, consultant))).toEqual(
      new Set([A, B]),
    );
    expect(await regionsSeen(operator)).toEqual(new Set([A, B, C]));
    const users = async (p: Principal) => (await as<{ id: string }>(p, `select id from app_user`)).map((r) => r.id);
    expect(await users(regionRole('region_editor', A))).not.toContain(inB.id);
    expect(await users(reviewerOf('19'))).not.toContain(inC.id);
    expect(await users(reviewerOf('13'))).toEqual([inC.id]);
  });

  it('shows API keys and anonymous callers no account, membership, session or key', async () => {
    for (const p of [apiKeyFor('19'), apiKeyFor('19', A), ANONYMOUS]) {
      for (const table of ['app_user', 'region_membership', 'province_membership']) {
        expect({ table, rows: await as(p, `select 1 from ${table}`) }).toEqual({ table, rows: [] });
      }
      expect(await as(p, `select id from api_key`)).toEqual([]);
      expect(await as(p, `select id from refresh_token`)).toEqual([]);
    }
  });

  it('shows API keys to their scope’s managers only', async () => {
    const names = async (p: Principal) =>
      (await as<{ name: string }>(p, `select name from api_key order by name`)).map((r) => r.name);
    expect(await names(regionRole('region_admin', A))).toEqual(['A']);
    expect(await names(regionRole('region_editor', A))).toEqual([]);
    expect(await names(reviewerOf('19'))).toEqual(['A', 'B']);
    expect(await names(reviewerOf('13'))).toEqual(['C']);
    expect(await affected(regionRole('region_admin', A), `update api_key set revoked_at = now() where name = 'B'`)).toBe(0);
    const admin = withUser(regionRole('region_admin', A), inA);
    const insertKey = `insert into api_key (name, key_hash, display_prefix, scope_province_id, scope_region_id, created_by) values ('x', $1, 'rpk_x', $2, $3, $4)`;
    expect(await sqlState(admin, insertKey, [randomBytes32(), '19', B, inA.id])).toBe('42501');
    expect(await sqlState(admin, insertKey, [randomBytes32(), '19', A, inB.id])).toBe('42501');
    expect(await sqlState(admin, insertKey, [randomBytes32(), '19', A, inA.id])).toBe('ok');
  });

  it('never lets the API role read a password, token or key hash, or the throttling state', async () => {
    expect(await sqlState(operator, `select password_hash from app_user`)).toBe('42501');
    expect(await sqlState(operator, `select * from app_user`)).toBe('42501');
    expect(await sqlState(operator, `select token_hash from refresh_token`)).toBe('42501');
    expect(await sqlState(operator, `select key_hash from api_key`)).toBe('42501');
    expect(await sqlState(operator, `select * from login_failure`)).toBe('42501');
    expect(await sqlState(operator, `update refresh_token set revoked_at = null`)).toBe('42501');
    expect(await sqlState(operator, `update app_user set membership_count = 0`)).toBe('42501');
    expect(await sqlState(operator, `delete from app_user`)).toBe('42501');
  });

  it('lets only an operator change who is an operator', async () => {
    const setOperator = `update app_user set is_operator = true where id = $1`;
    expect(await sqlState(reviewerOf('19'), setOperator, [inA.id])).toBe('42501');
    expect(await sqlState(withUser(regionRole('region_viewer', A), inA), setOperator, [inA.id])).toBe('42501');
    const insertOperator = `insert into app_user (email, display_name, password_hash, is_operator) values ($1, 'X', 'x', true)`;
    expect(await sqlState(reviewerOf('19'), insertOperator, [`op-${randomUUID()}@rapor.test`])).toBe('42501');
    expect(await sqlState(operator, insertOperator, [`op-${randomUUID()}@rapor.test`])).toBe('ok');
  });

  it('lets a region admin change an account only when all its memberships are in the admin’s region', async () => {
    const disable = `update app_user set disabled_at = now() where id = $1`;
    expect(await affected(regionRole('region_admin', A), disable, [consultant.id])).toBe(0);
    expect(await affected(regionRole('region_admin', A), disable, [inB.id])).toBe(0);
    expect(await affected(reviewerOf('19'), disable, [inC.id])).toBe(0);
    expect(
      await affected(reviewerOf('19'), `update app_user set display_name = 'Konsultan' where id = $1`, [consultant.id]),
    ).toBe(1);
    expect(
      await affected(regionRole('region_admin', A), `update app_user set display_name = 'Warga A' where id = $1`, [inA.id]),
    ).toBe(1);
  });

  it('keeps each account’s membership count, and ends every session when token_version is bumped', async () => {
    const person = await createFixtureUser(h.db, { regions: { [A]: 'viewer', [B]: 'viewer' }, reviewerOf: ['19'] });
    const count = async () =>
      (
        await withOwnerTransaction(h.db.ownerUrl, (c) =>
          c.query(`select membership_count from app_user where id = $1`, [person.id]),
        )
      ).rows[0].membership_count;
    expect(await count()).toBe(3);
    await as(reviewerOf('19'), `delete from region_membership where user_id = $1 and region_id = $2`, [person.id, B]);
    expect(await count()).toBe(2);

    const self = withUser({ userId: null, role: null, provinceId: null, regionId: null }, person);
    const family = randomUUID();
    await as(
      self,
      `insert into refresh_token (token_hash, family_id, user_id, expires_at) values ($1, $2, $3, now() + interval '1 day')`,
      [randomBytes32(), family, person.id],
    );
    expect(
      await sqlState(self, `insert into refresh_token (token_hash, family_id, user_id, expires_at) values ($1, $2, $3, now())`, [
        randomBytes32(),
        family,
        inA.id,
      ]),
    ).toBe('42501');
    const open = async () =>
      (await as<{ n: number }>(self, `select count(*)::int as n from refresh_token where revoked_at is null`))[0].n;
    expect(await open()).toBe(1);
    await as(self, `update app_user set token_version = token_version + 1 where id = $1`, [person.id]);
    expect(await open()).toBe(0);
  });

  it('answers the lookup of a user by email only to those who may grant', async () => {
    const lookup = async (p: Principal) =>
      (await as<{ id: string | null }>(p, `select auth_user_id_by_email($1) as id`, [inB.email.toUpperCase()]))[0].id;
    expect(await lookup(regionRole('region_admin', A))).toBe(inB.id);
    expect(await lookup(reviewerOf('13'))).toBe(inB.id);
    for (const p of [regionRole('region_editor', A), regionRole('region_viewer', A), apiKeyFor('19'), ANONYMOUS])
      expect(await lookup(p)).toBeNull();
  });

  it('pins the search_path of every security-definer function and keeps them from PUBLIC', async () => {
    const rows = await withOwnerTransaction(h.db.ownerUrl, (c) =>
      c.query(`select p.proname, p.proconfig, p.proacl is not null and not exists (select 1 from aclexplode(p.proacl) a where a.grantee = 0) as private
               from pg_proc p where p.pronamespace = 'public'::regnamespace and p.prosecdef and p.proname like 'auth\\_%'`),
    );
    expect(rows.rows.length).toBeGreaterThanOrEqual(10);
    for (const r of rows.rows) {
      expect({ fn: r.proname, config: r.proconfig, private: r.private }).toEqual({
        fn: r.proname,
        config: expect.arrayContaining([expect.stringMatching(/^search_path=/)]),
        private: true,
      });
    }
  });
});

function randomBytes32(): Buffer {
  return createHash('sha256').update(randomUUID()).digest();
}
