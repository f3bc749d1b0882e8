import { mayGrant, mayManageAccount, mayManageApiKeys, mayManageScope, type Actor, type AccountTarget } from './account-rules';
import type { Grant } from './scope';

const actors = {
  operator: { userId: 'op', role: 'operator', provinceId: null, regionId: null },
  reviewer19: { userId: 'rev19', role: 'reviewer', provinceId: '19', regionId: null },
  admin1971: { userId: 'adm', role: 'region_admin', provinceId: '19', regionId: '19.71' },
  editor1971: { userId: 'ed', role: 'region_editor', provinceId: '19', regionId: '19.71' },
  viewer1971: { userId: 'vw', role: 'region_viewer', provinceId: '19', regionId: '19.71' },
  apiKey19: { userId: null, role: 'api_key', provinceId: '19', regionId: null },
  anonymous: { userId: null, role: null, provinceId: null, regionId: null },
  // Misconfigured principals must get nothing rather than everything.
  reviewerWithoutProvince: { userId: 'x', role: 'reviewer', provinceId: null, regionId: null },
  adminWithoutRegion: { userId: 'y', role: 'region_admin', provinceId: '19', regionId: null },
} satisfies Record<string, Actor>;
type ActorName = keyof typeof actors;

const grants = {
  operator: { role: 'operator' },
  reviewer19: { role: 'reviewer', provinceId: '19' },
  reviewer13: { role: 'reviewer', provinceId: '13' },
  admin1971: { role: 'region_admin', regionId: '19.71' },
  editor1971: { role: 'region_editor', regionId: '19.71' },
  viewer1971: { role: 'region_viewer', regionId: '19.71' },
  viewer1904: { role: 'region_viewer', regionId: '19.04' },
  editor1371: { role: 'region_editor', regionId: '13.71' },
} satisfies Record<string, Grant>;
type GrantName = keyof typeof grants;

describe('mayGrant', () => {
  // Who may create or grant which role (issue 3: a region admin cannot create a reviewer;
  // a reviewer cannot touch another province).
  const allowed: Record<ActorName, GrantName[]> = {
    operator: Object.keys(grants) as GrantName[],
    reviewer19: ['reviewer19', 'admin1971', 'editor1971', 'viewer1971', 'viewer1904'],
    admin1971: ['admin1971', 'editor1971', 'viewer1971'],
    editor1971: [],
    viewer1971: [],
    apiKey19: [],
    anonymous: [],
    reviewerWithoutProvince: [],
    adminWithoutRegion: [],
  };
  const table = (Object.keys(actors) as ActorName[]).flatMap((a) =>
    (Object.keys(grants) as GrantName[]).map((g) => [a, g, allowed[a].includes(g)] as const),
  );

  it.each(table)('%s granting %s: %s', (actor, grant, expected) => {
    expect(mayGrant(actors[actor], grants[grant])).toBe(expected);
  });

  it('applies the same rule to revoking in a scope', () => {
    expect(mayManageScope(actors.admin1971, { kind: 'region', regionId: '19.71' })).toBe(true);
    expect(mayManageScope(actors.admin1971, { kind: 'region', regionId: '19.04' })).toBe(false);
    expect(mayManageScope(actors.reviewer19, { kind: 'region', regionId: '19.04' })).toBe(true);
    expect(mayManageScope(actors.reviewer19, { kind: 'province', provinceId: '13' })).toBe(false);
    expect(mayManageScope(actors.reviewer19, { kind: 'operator' })).toBe(false);
    expect(mayManageScope(actors.operator, { kind: 'operator' })).toBe(true);
  });
});

describe('mayManageApiKeys', () => {
  const scopes = {
    'province:19': { provinceId: '19', regionId: null },
    'region:19.71': { provinceId: '19', regionId: '19.71' },
    'region:19.04': { provinceId: '19', regionId: '19.04' },
    'province:13': { provinceId: '13', regionId: null },
  } as const;
  type ScopeName = keyof typeof scopes;
  const allowed: Record<ActorName, ScopeName[]> = {
    operator: ['province:19', 'region:19.71', 'region:19.04', 'province:13'],
    reviewer19: ['province:19', 'region:19.71', 'region:19.04'],
    admin1971: ['region:19.71'],
    editor1971: [],
    viewer1971: [],
    apiKey19: [],
    anonymous: [],
    reviewerWithoutProvince: [],
    adminWithoutRegion: [],
  };
  const table = (Object.keys(actors) as ActorName[]).flatMap((a) =>
    (Object.keys(scopes) as ScopeName[]).map((s) => [a, s, allowed[a].includes(s)] as const),
  );

  it.each(table)('%s managing keys of %s: %s', (actor, scope, expected) => {
    expect(mayManageApiKeys(actors[actor], scopes[scope])).toBe(expected);
  });
});

describe('mayManageAccount', () => {
  const account = (over: Partial<AccountTarget>): AccountTarget => ({
    userId: 'target',
    isOperator: false,
    membershipCount: 1,
    visibleGrants: [grants.viewer1971],
    ...over,
  });
  const cases: [string, ActorName, AccountTarget, boolean][] = [
    ['operator: anyone else', 'operator', account({ isOperator: true, membershipCount: 0, visibleGrants: [] }), true],
    ['operator: not itself', 'operator', account({ userId: 'op' }), false],
    ['admin: a viewer of its region', 'admin1971', account({}), true],
    ['admin: not itself', 'admin1971', account({ userId: 'adm', visibleGrants: [grants.admin1971] }), false],
    ['admin: a consultant also in another region', 'admin1971', account({ membershipCount: 2 }), false],
    ['admin: someone of another region', 'admin1971', account({ visibleGrants: [grants.viewer1904] }), false],
    ['admin: a reviewer of its province', 'admin1971', account({ visibleGrants: [grants.reviewer19] }), false],
    ['admin: an operator', 'admin1971', account({ isOperator: true }), false],
    ['admin: an account with no membership', 'admin1971', account({ membershipCount: 0, visibleGrants: [] }), false],
    [
      'reviewer: a consultant of two regions of its province',
      'reviewer19',
      account({ membershipCount: 2, visibleGrants: [grants.viewer1971, grants.viewer1904] }),
      true,
    ],
    ['reviewer: a fellow reviewer', 'reviewer19', account({ visibleGrants: [grants.reviewer19] }), true],
    ['reviewer: someone also in another province', 'reviewer19', account({ membershipCount: 2 }), false],
    ['reviewer: someone of another province', 'reviewer19', account({ visibleGrants: [grants.editor1371] }), false],
    ['editor: anyone', 'editor1971', account({}), false],
    ['viewer: anyone', 'viewer1971', account({}), false],
    ['API key: anyone', 'apiKey19', account({}), false],
    ['anonymous: anyone', 'anonymous', account({}), false],
  ];

  it.each(cases)('%s', (_label, actor, target, expected) => {
    expect(mayManageAccount(actors[actor], target)).toBe(expected);
  });
});
