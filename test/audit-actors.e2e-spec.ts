import { TenantTransactionRunner, type Principal } from '@rapor/db';
import { startTestApp, type TestApp } from './support/app';
import { bearer, createFixtureUser, login, type FixtureUserSpec } from './support/auth';
import { createTestDatabase, type TestDatabase } from './support/database';
import { regionRole, reviewerOf } from './support/principals';

// A and B are kabupaten/kota of Kepulauan Bangka Belitung (19); Sumatera Barat is 13.
const A = '19.71';
const B = '19.04';

const PEOPLE = {
  adminA: { regions: { [A]: 'admin' } },
  editorA: { regions: { [A]: 'editor' } },
  adminB: { regions: { [B]: 'admin' } },
  reviewer19: { reviewerOf: ['19'], name: 'Rina Biro Organisasi Babel' },
  reviewer13: { reviewerOf: ['13'] },
} satisfies Record<string, FixtureUserSpec>;
type Who = keyof typeof PEOPLE;

const AUDIT = `query($regionCode: String, $entity: String) {
  auditLog(regionCode: $regionCode, entity: $entity, first: 200) {
    entries { entity action actorUserId actor { id displayName email } people { email } regionCode }
  }
}`;
type Entry = {
  entity: string;
  action: string;
  actorUserId: string | null;
  actor: { id: string; displayName: string; email: string } | null;
  people: { email: string }[];
  regionCode: string | null;
};

// Who made a change, by name and email, for those who may read the change (and nobody else).
describe('the audit log names its actors', () => {
  let db: TestDatabase;
  let t: TestApp;
  const headers = {} as Record<Who, Record<string, string>>;
  const users = {} as Record<Who, { id: string; email: string }>;
  const as = (who: Who, query: string, variables: Record<string, unknown> = {}) =>
    t.gql<{ auditLog: { entries: Entry[] } }>(query, variables, headers[who]);

  let newViewer = '';

  beforeAll(async () => {
    db = await createTestDatabase();
    t = await startTestApp(db);
    for (const [who, spec] of Object.entries(PEOPLE) as [Who, FixtureUserSpec][]) {
      const user = await createFixtureUser(db, spec);
      users[who] = user;
      headers[who] = bearer((await login(t, user)).accessToken);
    }
    // The reviewer invites a viewer into region A: an audited membership made by a person
    // whose account region A's admin cannot otherwise see.
    const created = await t.gql<{ createUser: { user: { id: string } } }>(
      `mutation { createUser(input: { email: "new.viewer@rapor.test", displayName: "Viewer Baru", role: REGION_VIEWER, regionCode: "${A}" }) { user { id } } }`,
      {},
      headers.reviewer19,
    );
    expect(created.errors).toBeUndefined();
    newViewer = created.data!.createUser.user.id;
  });

  afterAll(async () => {
    await t?.close();
    await db?.drop();
  });

  it('gives the region admin the name and email of the reviewer who changed its region', async () => {
    const res = await as('adminA', AUDIT, { entity: 'region_membership' });
    expect(res.errors).toBeUndefined();
    const byReviewer = res.data!.auditLog.entries.filter((e) => e.actorUserId === users.reviewer19.id);
    expect(byReviewer).toEqual([
      {
        entity: 'region_membership',
        action: 'INSERT',
        actorUserId: users.reviewer19.id,
        actor: { id: users.reviewer19.id, displayName: 'Rina Biro Organisasi Babel', email: users.reviewer19.email },
        // Who made it and whose membership it is (granted_by is the reviewer again).
        people: [{ email: users.reviewer19.email }, { email: 'new.viewer@rapor.test' }],
        regionCode: A,
      },
    ]);
    // Fixture rows are written by the owner, without a person: no actor.
    expect(res.data!.auditLog.entries.filter((e) => e.actorUserId === null).every((e) => e.actor === null)).toBe(true);
    // Not through the accounts list: the reviewer's account stays hidden from the region admin there.
    const listed = await t.gql<{ users: { id: string }[] }>('{ users { id } }', {}, headers.adminA);
    expect(listed.data!.users.map((u) => u.id)).not.toContain(users.reviewer19.id);
  });

  it('never names anyone to another region or another province', async () => {
    const other = await as('adminB', AUDIT);
    expect(other.errors).toBeUndefined();
    expect(JSON.stringify(other.data)).not.toContain(users.reviewer19.email);
    expect(JSON.stringify(other.data)).not.toContain('new.viewer@rapor.test');
    for (const who of ['adminB', 'reviewer13', 'editorA'] as const) {
      expect((await as(who, AUDIT, { regionCode: A })).errors?.[0].extensions['code']).toBe('FORBIDDEN');
    }
    const province13 = await as('reviewer13', AUDIT);
    expect(JSON.stringify(province13.data)).not.toContain(users.reviewer19.email);
    expect(JSON.stringify(province13.data)).not.toContain('new.viewer@rapor.test');
  });

  it('answers the database lookup only for actors of entries the caller can read', async () => {
    const runner = t.app.get(TenantTransactionRunner);
    const lookup = async (principal: Principal) => {
      const rows: { email: string }[] = await runner.run(principal, (m) =>
        m.query(`select email from auth_audit_actors($1::uuid[])`, [[users.reviewer19.id, users.adminA.id, newViewer]]),
      );
      return rows.map((r) => r.email).sort();
    };
    // In region A: the reviewer (an actor), the new viewer and region A's admin (subjects of its memberships' entries).
    const inA = [users.adminA.email, 'new.viewer@rapor.test', users.reviewer19.email].sort();
    expect(await lookup(regionRole('region_admin', A))).toEqual(inA);
    expect(await lookup(reviewerOf('19'))).toEqual(inA);
    expect(await lookup(regionRole('region_admin', B))).toEqual([]);
    expect(await lookup(regionRole('region_editor', A))).toEqual([]);
    expect(await lookup(reviewerOf('13'))).toEqual([]);
  });
});
