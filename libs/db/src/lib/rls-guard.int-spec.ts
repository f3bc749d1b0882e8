import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '@rapor/testing';
import { API_ROLE, APP_GROUP_ROLE } from './roles';

// Fails when a table holding region data is not protected, or when the API's roles could
// get around row-level security.
describe('row-level security guard', () => {
  let db: TestDatabase;
  let admin: Client;

  beforeAll(async () => {
    db = await createTestDatabase();
    const u = new URL(db.adminUrl);
    u.pathname = `/${db.name}`;
    admin = new Client({ connectionString: u.toString() });
    await admin.connect();
  });

  afterAll(async () => {
    await admin.end();
    await db.drop();
  });

  it('finds tenant tables to check', async () => {
    const { rows } = await admin.query(`select count(*)::int as n from information_schema.columns where table_schema = 'public' and column_name = 'region_id'`);
    expect(rows[0].n).toBeGreaterThan(0);
  });

  it('forces RLS, has a policy per command, and keys every tenant table by region', async () => {
    const { rows } = await admin.query(`
      select c.relname as table,
             c.relrowsecurity as enabled,
             c.relforcerowsecurity as forced,
             array(select distinct p.polcmd::text from pg_policy p where p.polrelid = c.oid) as cmds,
             exists (select 1 from pg_policy p where p.polrelid = c.oid and p.polcmd in ('a', '*') and p.polwithcheck is not null) as insert_checked,
             exists (select 1 from pg_policy p where p.polrelid = c.oid and p.polcmd in ('w', '*') and (p.polwithcheck is not null or p.polqual is not null)) as update_checked,
             exists (
               select 1 from pg_index i join pg_attribute a on a.attrelid = c.oid and a.attnum = any(i.indkey)
               where i.indrelid = c.oid and i.indisprimary and a.attname = 'region_id'
             ) as region_in_pk
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p')
        and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'region_id' and not a.attisdropped)
      order by 1`);
    const problems: string[] = [];
    for (const t of rows) {
      if (!t.enabled) problems.push(`${t.table}: RLS not enabled`);
      if (!t.forced) problems.push(`${t.table}: RLS not forced`);
      const cmds = new Set<string>(t.cmds);
      for (const [cmd, label] of [['r', 'select'], ['a', 'insert'], ['w', 'update'], ['d', 'delete']]) {
        if (!cmds.has(cmd) && !cmds.has('*')) problems.push(`${t.table}: no ${label} policy`);
      }
      if (!t.insert_checked) problems.push(`${t.table}: insert policy without WITH CHECK`);
      if (!t.update_checked) problems.push(`${t.table}: update policy without a check`);
      if (!t.region_in_pk) problems.push(`${t.table}: region_id is not in the primary key`);
    }
    expect(problems).toEqual([]);
  });

  it('gives the API roles no superuser, no BYPASSRLS and no ownership', async () => {
    for (const role of [API_ROLE, APP_GROUP_ROLE]) {
      const { rows } = await admin.query(`select rolsuper, rolbypassrls, rolcreaterole, rolcreatedb from pg_roles where rolname = $1`, [role]);
      expect(rows).toEqual([{ rolsuper: false, rolbypassrls: false, rolcreaterole: false, rolcreatedb: false }]);
      const owned = await admin.query(
        `select 'table ' || relname as what from pg_class where relowner = (select oid from pg_roles where rolname = $1)
         union all select 'function ' || proname from pg_proc where proowner = (select oid from pg_roles where rolname = $1)
         union all select 'schema ' || nspname from pg_namespace where nspowner = (select oid from pg_roles where rolname = $1)
         union all select 'database ' || datname from pg_database where datdba = (select oid from pg_roles where rolname = $1)`,
        [role],
      );
      expect(owned.rows).toEqual([]);
    }
    const memberOf = await admin.query(
      `select r.rolname from pg_auth_members m join pg_roles r on r.oid = m.roleid where m.member = (select oid from pg_roles where rolname = $1)`,
      [API_ROLE],
    );
    expect(memberOf.rows.map((r) => r.rolname)).toEqual([APP_GROUP_ROLE]);
  });

  it('reads the principal through stable helper functions', async () => {
    const { rows } = await admin.query(`select proname, provolatile from pg_proc where proname like 'app\\_%' and pronamespace = 'public'::regnamespace`);
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const r of rows) expect({ name: r.proname, volatility: r.provolatile }).toEqual({ name: r.proname, volatility: 's' });
  });
});
