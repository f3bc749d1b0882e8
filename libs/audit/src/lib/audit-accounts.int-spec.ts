import { provisionAccount } from '@rapor/auth';
import { operator, regionRole, startServiceHarness, type ServiceHarness } from '@rapor/testing';

// Users, memberships and API keys are audited like the rest, without their secrets.
describe('audit of accounts', () => {
  let h: ServiceHarness;

  beforeAll(async () => {
    h = await startServiceHarness([], { poolSize: 1 });
    await provisionAccount(h.db.ownerUrl, {
      email: 'auditee@rapor.test',
      displayName: 'Auditee',
      password: 'a long enough password 42',
      regions: { '19.71': 'editor' },
    });
  });

  afterAll(() => h.close());

  it('records the user and the membership, never the password hash', async () => {
    const rows: { entity: string; action: string; after: Record<string, unknown>; scope_region_id: string | null }[] = await h.runner.run(operator, (m) =>
      m.query(`select entity, action, after, scope_region_id from audit_log where entity in ('app_user', 'region_membership') order by id`),
    );
    expect(rows.map((r) => `${r.entity}:${r.action}`)).toEqual(expect.arrayContaining(['app_user:insert', 'region_membership:insert']));
    const user = rows.find((r) => r.entity === 'app_user')!;
    expect(user.after['email']).toBe('auditee@rapor.test');
    expect(Object.keys(user.after)).not.toContain('password_hash');
    expect(rows.find((r) => r.entity === 'region_membership')!.scope_region_id).toBe('19.71');
  });

  it('shows a membership change to that region’s admins only', async () => {
    const seen = (region: string) =>
      h.runner.run(regionRole('region_admin', region), (m) => m.query(`select count(*)::int as n from audit_log where entity = 'region_membership'`));
    expect(await seen('19.71')).toEqual([{ n: 1 }]);
    expect(await seen('19.04')).toEqual([{ n: 0 }]);
  });
});
