import type { Principal } from '@rapor/db';

/** The three roles a person holds in one kab/kota. */
export type RegionRole = 'region_admin' | 'region_editor' | 'region_viewer';

export const REGION_ROLES: readonly RegionRole[] = ['region_admin', 'region_editor', 'region_viewer'];

/** What one membership grants: a role, and where. */
export type Grant =
  | { readonly role: 'operator' }
  | { readonly role: 'reviewer'; readonly provinceId: string }
  | { readonly role: RegionRole; readonly regionId: string };

/**
 * Where a person acts in one request: the whole platform, one province, or one region.
 * Written `operator`, `province:19` or `region:19.71` (header `x-rapor-scope`, token claim).
 */
export type Scope =
  | { readonly kind: 'operator' }
  | { readonly kind: 'province'; readonly provinceId: string }
  | { readonly kind: 'region'; readonly regionId: string };

const SCOPE_TEXT = /^(?:(operator)|province:(\d{2})|region:(\d{2}\.\d{2}))$/;

/** Parses `operator`, `province:19` or `region:19.71`; null for anything else. */
export function parseScope(text: string): Scope | null {
  const m = SCOPE_TEXT.exec(text.trim());
  if (!m) return null;
  if (m[1]) return { kind: 'operator' };
  if (m[2]) return { kind: 'province', provinceId: m[2] };
  return { kind: 'region', regionId: m[3] };
}

/** The text form of a scope, as `parseScope` reads it. */
export function formatScope(scope: Scope): string {
  switch (scope.kind) {
    case 'operator':
      return 'operator';
    case 'province':
      return `province:${scope.provinceId}`;
    case 'region':
      return `region:${scope.regionId}`;
  }
}

/** The province of a Kemendagri region code ("19.71" -> "19"). */
export function provinceOfRegion(regionId: string): string {
  return regionId.slice(0, 2);
}

export function isRegionRole(role: string): role is RegionRole {
  return (REGION_ROLES as readonly string[]).includes(role);
}

/** The scope a grant is held in. */
export function scopeOfGrant(grant: Grant): Scope {
  if (grant.role === 'operator') return { kind: 'operator' };
  if (grant.role === 'reviewer') return { kind: 'province', provinceId: grant.provinceId };
  return { kind: 'region', regionId: grant.regionId };
}

export function sameScope(a: Scope, b: Scope): boolean {
  return formatScope(a) === formatScope(b);
}

/** The grant among `grants` held in `scope`, or null when the person holds none there. */
export function grantForScope(grants: readonly Grant[], scope: Scope): Grant | null {
  return grants.find((g) => sameScope(scopeOfGrant(g), scope)) ?? null;
}

const RANK: Record<Grant['role'], number> = { operator: 0, reviewer: 1, region_admin: 2, region_editor: 2, region_viewer: 2 };

/**
 * The scope a sign-in defaults to when none is asked for: operator first, then the lowest
 * province code reviewed, then the lowest region code. Deterministic, so a client can rely on it.
 */
export function defaultGrant(grants: readonly Grant[]): Grant | null {
  const sorted = [...grants].sort(
    (a, b) => RANK[a.role] - RANK[b.role] || formatScope(scopeOfGrant(a)).localeCompare(formatScope(scopeOfGrant(b))),
  );
  return sorted[0] ?? null;
}

/**
 * The database principal of a person acting through `grant`; with no grant, the person
 * alone (their own row and memberships, nothing of any tenant).
 */
export function principalOf(userId: string, grant: Grant | null): Principal {
  if (!grant) return { userId, role: null, provinceId: null, regionId: null };
  if (grant.role === 'operator') return { userId, role: 'operator', provinceId: null, regionId: null };
  if (grant.role === 'reviewer') return { userId, role: 'reviewer', provinceId: grant.provinceId, regionId: null };
  return { userId, role: grant.role, provinceId: provinceOfRegion(grant.regionId), regionId: grant.regionId };
}
