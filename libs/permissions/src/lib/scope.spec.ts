import { defaultGrant, formatScope, grantForScope, parseScope, principalOf, type Grant } from './scope';

describe('parseScope', () => {
  it.each([
    ['operator', { kind: 'operator' }],
    ['province:19', { kind: 'province', provinceId: '19' }],
    ['region:19.71', { kind: 'region', regionId: '19.71' }],
    [' region:13.71 ', { kind: 'region', regionId: '13.71' }],
  ])('reads %j', (text, scope) => {
    expect(parseScope(text)).toEqual(scope);
    expect(formatScope(parseScope(text)!)).toBe(text.trim());
  });

  it.each(['', 'Operator', 'province:1', 'province:19.71', 'region:19', 'region:1971', 'city:19.71', 'region:19.71;operator'])(
    'refuses %j',
    (text) => {
      expect(parseScope(text)).toBeNull();
    },
  );
});

describe('grants and principals', () => {
  const consultant: Grant[] = [
    { role: 'region_editor', regionId: '19.71' },
    { role: 'region_viewer', regionId: '19.05' },
  ];

  it('finds the grant of a scope, and none outside the person’s memberships', () => {
    expect(grantForScope(consultant, { kind: 'region', regionId: '19.71' })).toEqual(consultant[0]);
    expect(grantForScope(consultant, { kind: 'region', regionId: '19.04' })).toBeNull();
    expect(grantForScope(consultant, { kind: 'province', provinceId: '19' })).toBeNull();
    expect(grantForScope(consultant, { kind: 'operator' })).toBeNull();
  });

  it('defaults to operator, then the lowest province reviewed, then the lowest region', () => {
    expect(defaultGrant(consultant)).toEqual({ role: 'region_viewer', regionId: '19.05' });
    expect(defaultGrant([...consultant, { role: 'reviewer', provinceId: '32' }, { role: 'reviewer', provinceId: '13' }])).toEqual(
      { role: 'reviewer', provinceId: '13' },
    );
    expect(defaultGrant([...consultant, { role: 'operator' }])).toEqual({ role: 'operator' });
    expect(defaultGrant([])).toBeNull();
  });

  it('turns a grant into the database principal', () => {
    expect(principalOf('u', { role: 'region_editor', regionId: '19.71' })).toEqual({
      userId: 'u',
      role: 'region_editor',
      provinceId: '19',
      regionId: '19.71',
    });
    expect(principalOf('u', { role: 'reviewer', provinceId: '19' })).toEqual({
      userId: 'u',
      role: 'reviewer',
      provinceId: '19',
      regionId: null,
    });
    expect(principalOf('u', { role: 'operator' })).toEqual({ userId: 'u', role: 'operator', provinceId: null, regionId: null });
    expect(principalOf('u', null)).toEqual({ userId: 'u', role: null, provinceId: null, regionId: null });
  });
});
