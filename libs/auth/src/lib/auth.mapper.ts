import type { ApiKeyRow } from './api-keys.repository';
import type { MembershipRow, UserRow } from './accounts.repository';
import { ApiKey } from './models/api-key.model';
import { Membership, MembershipRole } from './models/membership.model';
import { User } from './models/user.model';
import { formatScope, provinceOfRegion, scopeOfGrant, type Grant } from '@rapor/permissions';
import type { SessionState } from './sessions.repository';

// Rows to GraphQL models, by hand: a new column never reaches the API by accident.

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    isOperator: row.isOperator,
    disabled: row.disabledAt !== null,
    disabledAt: row.disabledAt,
    mustChangePassword: row.mustChangePassword,
    createdAt: row.createdAt,
  };
}

export function grantOfMembership(row: MembershipRow): Grant {
  return row.role === 'reviewer'
    ? { role: 'reviewer', provinceId: row.provinceId }
    : { role: row.role, regionId: row.regionId ?? '' };
}

export function toMembership(grant: Grant, grantedAt: Date | null): Membership {
  return {
    role: grant.role as MembershipRole,
    scope: formatScope(scopeOfGrant(grant)),
    provinceCode:
      grant.role === 'operator' ? null : grant.role === 'reviewer' ? grant.provinceId : provinceOfRegion(grant.regionId),
    regionCode: grant.role === 'operator' || grant.role === 'reviewer' ? null : grant.regionId,
    grantedAt,
  };
}

/** Every grant an account holds, from its session state. */
export function grantsOfState(state: SessionState): Grant[] {
  return [
    ...(state.isOperator ? [{ role: 'operator' } as const] : []),
    ...state.reviewerOf.map((provinceId) => ({ role: 'reviewer', provinceId }) as const),
    ...state.regionRoles.map((r) => ({ role: `region_${r.role}` as const, regionId: r.regionId })),
  ];
}

export function toApiKey(row: ApiKeyRow, now = new Date()): ApiKey {
  return {
    id: row.id,
    name: row.name,
    prefix: row.displayPrefix,
    scope: row.regionId ? `region:${row.regionId}` : `province:${row.provinceId}`,
    provinceCode: row.provinceId,
    regionCode: row.regionId,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
    active: row.revokedAt === null && (row.expiresAt === null || row.expiresAt > now),
  };
}
