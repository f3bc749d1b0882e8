import { ANONYMOUS, type Principal } from '@rapor/db';
import { apiKeyFor, operator, regionRole, reviewerOf, startServiceHarness, type ServiceHarness } from '@rapor/testing';

// Row-level security of saved reports, in the database itself (the API is the second line).
describe('saved_report under row-level security, as the API role', () => {
  let h: ServiceHarness;
  const sql = <T = Record<string, unknown>>(p: Principal, text: string, params: unknown[] = []) => h.sql<T>(p, text, params);
  const outcome: ServiceHarness['sqlState'] = (p, text, params) => h.sqlState(p, text, params);
  const insert = `insert into saved_report (province_id, scope_region_id, name, document) values ($1, $2, $3, '{ provinces { code } }')`;

  beforeAll(async () => {
    h = await startServiceHarness([], { poolSize: 2 });
    for (const [province, region, name] of [
      ['35', null, 'Jawa Timur'],
      ['35', '35.78', 'Surabaya'],
      ['35', '35.27', 'Sampang'],
      ['19', null, 'Bangka Belitung'],
    ]) {
      await sql(operator, insert, [province, region, name]);
    }
  });
  afterAll(() => h.close());

  it('forces row-level security with a policy for every command', async () => {
    const [table] = await sql<{ forced: boolean; cmds: string[] }>(
      operator,
      `select c.relforcerowsecurity as forced, array(select p.polcmd::text from pg_policy p where p.polrelid = c.oid order by 1) as cmds
       from pg_class c where c.relname = 'saved_report'`,
    );
    expect(table).toEqual({ forced: true, cmds: ['a', 'd', 'r', 'w'] });
  });

  it.each<[string, Principal, string[]]>([
    ['an operator', operator, ['Bangka Belitung', 'Jawa Timur', 'Sampang', 'Surabaya']],
    ['the province’s reviewer', reviewerOf('35'), ['Jawa Timur', 'Sampang', 'Surabaya']],
    ['a province key', apiKeyFor('35'), ['Jawa Timur', 'Sampang', 'Surabaya']],
    ['a region’s viewer', regionRole('region_viewer', '35.78'), ['Jawa Timur', 'Surabaya']],
    ['a region key', apiKeyFor('35', '35.78'), ['Jawa Timur', 'Surabaya']],
    ['another province’s key', apiKeyFor('19'), ['Bangka Belitung']],
    ['another province’s reviewer', reviewerOf('19'), ['Bangka Belitung']],
    ['nobody', ANONYMOUS, []],
  ])('shows %s its scope’s reports only', async (_who, principal, names) => {
    const rows = await sql<{ name: string }>(principal, `select name from saved_report order by name`);
    expect(rows.map((r) => r.name)).toEqual(names);
  });

  it('lets reviewers write their province’s reports, a region’s team its own, and no key anything', async () => {
    const attempts: [string, Principal, [string, string | null], string][] = [
      ['viewer, own region', regionRole('region_viewer', '35.78'), ['35', '35.78'], 'ok'],
      ['viewer, the province', regionRole('region_viewer', '35.78'), ['35', null], '42501'],
      ['viewer, a neighbour', regionRole('region_viewer', '35.78'), ['35', '35.27'], '42501'],
      ['reviewer, the province', reviewerOf('35'), ['35', null], 'ok'],
      ['reviewer, a region', reviewerOf('35'), ['35', '35.27'], 'ok'],
      ['reviewer, another province', reviewerOf('35'), ['19', null], '42501'],
      ['province key', apiKeyFor('35'), ['35', null], '25006'],
      ['nobody', ANONYMOUS, ['35', null], '42501'],
    ];
    for (const [who, principal, [province, region], expected] of attempts) {
      expect({ who, result: await outcome(principal, insert, [province, region, `By ${who}`]) }).toEqual({
        who,
        result: expected,
      });
    }
    const changed = await sql<{ n: number }>(
      regionRole('region_admin', '35.27'),
      `with u as (update saved_report set description = 'mine now' where name in ('Surabaya', 'Jawa Timur') returning 1) select count(*)::int as n from u`,
    );
    expect(changed).toEqual([{ n: 0 }]);
    const deleted = await sql<{ n: number }>(
      reviewerOf('19'),
      `with d as (delete from saved_report where province_id = '35' returning 1) select count(*)::int as n from d`,
    );
    expect(deleted).toEqual([{ n: 0 }]);
  });
});
