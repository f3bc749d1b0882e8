import type { Principal } from '@rapor/db';
import { may, Permission, PERMISSIONS, requireAccess, rolesOf, type AccessTarget } from './permissions';

const actors = {
  operator: { userId: 'op', role: 'operator', provinceId: null, regionId: null },
  reviewer19: { userId: 'rev', role: 'reviewer', provinceId: '19', regionId: null },
  admin1971: { userId: 'adm', role: 'region_admin', provinceId: '19', regionId: '19.71' },
  editor1971: { userId: 'ed', role: 'region_editor', provinceId: '19', regionId: '19.71' },
  viewer1971: { userId: 'vw', role: 'region_viewer', provinceId: '19', regionId: '19.71' },
  key19: { userId: null, role: 'api_key', provinceId: '19', regionId: null },
  key1971: { userId: null, role: 'api_key', provinceId: '19', regionId: '19.71' },
  person: { userId: 'p', role: null, provinceId: null, regionId: null },
  anonymous: { userId: null, role: null, provinceId: null, regionId: null },
  // Misconfigured principals get nothing rather than everything.
  reviewerWithoutProvince: { userId: 'x', role: 'reviewer', provinceId: null, regionId: null },
  adminWithoutRegion: { userId: 'y', role: 'region_admin', provinceId: '19', regionId: null },
} satisfies Record<string, Principal>;
type Actor = keyof typeof actors;

const targets = {
  'region 19.71': { regionCode: '19.71' },
  'region 19.04 (same province)': { regionCode: '19.04' },
  'region 13.71 (another province)': { regionCode: '13.71' },
  'province 19': { provinceCode: '19' },
  'province 13': { provinceCode: '13' },
} satisfies Record<string, AccessTarget>;
type Target = keyof typeof targets;
const ALL = Object.keys(targets) as Target[];
const PROVINCE_19: Target[] = ['region 19.71', 'region 19.04 (same province)', 'province 19'];
const REGION_1971: Target[] = ['region 19.71'];

// Who may do what to which target, for the permissions whose reach differs: every other
// target is refused. A change here is a change of who can reach what.
const expected: Partial<Record<Permission, Partial<Record<Actor, Target[]>>>> = {
  [Permission.UnitRead]: {
    operator: ALL,
    reviewer19: PROVINCE_19,
    admin1971: REGION_1971,
    editor1971: REGION_1971,
    viewer1971: REGION_1971,
  },
  [Permission.UnitManage]: {
    operator: ALL,
    admin1971: REGION_1971,
  },
  [Permission.ValueEnter]: { admin1971: REGION_1971, editor1971: REGION_1971 },
  [Permission.ValueSubmit]: { admin1971: REGION_1971 },
  [Permission.PeriodPublish]: {
    operator: ALL,
    reviewer19: PROVINCE_19,
  },
  [Permission.LeaderboardRead]: {
    operator: ALL,
    reviewer19: PROVINCE_19,
    admin1971: PROVINCE_19,
    editor1971: PROVINCE_19,
    viewer1971: PROVINCE_19,
    key19: PROVINCE_19,
    key1971: PROVINCE_19,
    adminWithoutRegion: PROVINCE_19,
  },
  [Permission.RegionProfileRead]: {
    operator: ALL,
    reviewer19: PROVINCE_19,
    admin1971: REGION_1971,
    editor1971: REGION_1971,
    viewer1971: REGION_1971,
    key19: PROVINCE_19,
    key1971: REGION_1971,
  },
  [Permission.WhatIfRead]: {
    operator: ALL,
    reviewer19: PROVINCE_19,
    admin1971: REGION_1971,
    editor1971: REGION_1971,
    viewer1971: REGION_1971,
    key1971: REGION_1971,
  },
};

describe('may', () => {
  const table = (Object.keys(expected) as Permission[]).flatMap((permission) =>
    (Object.keys(actors) as Actor[]).flatMap((actor) =>
      (Object.keys(targets) as Target[]).map(
        (target) => [permission, actor, target, (expected[permission]?.[actor] ?? []).includes(target)] as const,
      ),
    ),
  );

  it.each(table)('%s: %s on %s → %s', (permission, actor, target, allowed) => {
    expect(may(actors[actor], permission, targets[target])).toBe(allowed);
  });

  it('answers the role question alone when no target is given', () => {
    expect(may(actors.viewer1971, Permission.UnitRead)).toBe(true);
    expect(may(actors.viewer1971, Permission.UnitManage)).toBe(false);
    expect(may(actors.key19, Permission.UnitRead)).toBe(false);
    expect(may(actors.anonymous, Permission.LeaderboardRead)).toBe(false);
  });

  it('lets anyone reach public permissions and only people reach their own account', () => {
    expect(may(actors.anonymous, Permission.ReferenceRead)).toBe(true);
    expect(may(actors.person, Permission.AccountRead)).toBe(true);
    expect(may(actors.anonymous, Permission.AccountRead)).toBe(false);
    expect(may(actors.key19, Permission.PasswordChange)).toBe(false);
  });

  it('never lets an API key write', () => {
    const writes = Object.values(Permission).filter((p) => /_(MANAGE|ENTER|SUBMIT|REVIEW|PUBLISH|EDIT|FORWARD|RECORD|IMPORT)$/.test(p));
    expect(writes.length).toBeGreaterThan(10);
    for (const permission of writes) expect([permission, rolesOf(permission).includes('api_key')]).toEqual([permission, false]);
  });

  it('has a rule for every permission', () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual(Object.values(Permission).sort());
  });
});

describe('requireAccess', () => {
  const codeOf = (fn: () => void) => {
    try {
      fn();
      return 'ALLOWED';
    } catch (error) {
      return (error as { code: string; fields?: string[] }).code;
    }
  };

  it('says UNAUTHENTICATED to anonymous callers and FORBIDDEN to others, naming the field', () => {
    expect(codeOf(() => requireAccess(actors.anonymous, Permission.UnitRead, { regionCode: '19.71' }))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => requireAccess(actors.admin1971, Permission.UnitRead, { regionCode: '19.04' }))).toBe('FORBIDDEN');
    expect(codeOf(() => requireAccess(actors.admin1971, Permission.UnitRead, { regionCode: '19.71' }))).toBe('ALLOWED');
    try {
      requireAccess(actors.editor1971, Permission.ValueSubmit, { regionCode: '19.71' }, 'regionCode');
      throw new Error('allowed');
    } catch (error) {
      expect(error).toMatchObject({ code: 'FORBIDDEN', fields: ['regionCode'] });
      expect((error as Error).message).toMatch(/admin of the region.*region 19\.71/);
    }
  });
});
