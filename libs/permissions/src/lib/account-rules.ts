import type { Principal } from '@rapor/db';
import { provinceOfRegion, scopeOfGrant, type Grant, type Scope } from './scope';

// Who may hand out which role, manage which account and which API key. Pure functions:
// the services call them before writing, and the row-level-security policies of the
// accounts migration enforce the same rules underneath.

/** The acting principal, as far as these rules care. */
export type Actor = Pick<Principal, 'userId' | 'role' | 'provinceId' | 'regionId'>;

/**
 * May `actor` grant or revoke memberships held in `scope`?
 * - operator: every scope;
 * - reviewer of P: `province:P` and every region of P;
 * - region admin of R: `region:R`;
 * - editors, viewers, API keys, anonymous callers: nothing.
 */
export function mayManageScope(actor: Actor, scope: Scope): boolean {
  switch (actor.role) {
    case 'operator':
      return true;
    case 'reviewer':
      if (!actor.provinceId) return false;
      if (scope.kind === 'province') return scope.provinceId === actor.provinceId;
      if (scope.kind === 'region') return provinceOfRegion(scope.regionId) === actor.provinceId;
      return false;
    case 'region_admin':
      return !!actor.regionId && scope.kind === 'region' && scope.regionId === actor.regionId;
    default:
      return false;
  }
}

/** May `actor` grant `grant` (create a user with it, add it, revoke it)? */
export function mayGrant(actor: Actor, grant: Grant): boolean {
  return mayManageScope(actor, scopeOfGrant(grant));
}

/** The scope of an API key: a province, or one region of it. */
export interface ApiKeyScope {
  readonly provinceId: string;
  readonly regionId: string | null;
}

/**
 * May `actor` create, list or revoke API keys of `scope`?
 * Operators: any; reviewers of P: P and its regions; region admins of R: R only.
 */
export function mayManageApiKeys(actor: Actor, scope: ApiKeyScope): boolean {
  switch (actor.role) {
    case 'operator':
      return true;
    case 'reviewer':
      return !!actor.provinceId && scope.provinceId === actor.provinceId;
    case 'region_admin':
      return !!actor.regionId && scope.regionId === actor.regionId;
    default:
      return false;
  }
}

/** An account as seen by the actor: only the memberships the actor can see are listed. */
export interface AccountTarget {
  readonly userId: string;
  readonly isOperator: boolean;
  /** How many memberships the account holds in every scope (seen or not). */
  readonly membershipCount: number;
  readonly visibleGrants: readonly Grant[];
}

/**
 * May `actor` disable or enable the account? Never one's own. Operators: any other.
 * Reviewers and region admins: a non-operator whose every membership lies in their scope —
 * disabling a consultant who also works for another region would reach beyond it.
 */
export function mayManageAccount(actor: Actor, target: AccountTarget): boolean {
  if (!actor.userId || actor.userId === target.userId) return false;
  if (actor.role === 'operator') return true;
  if (actor.role !== 'reviewer' && actor.role !== 'region_admin') return false;
  if (target.isOperator || target.membershipCount === 0) return false;
  const managed = target.visibleGrants.filter((g) => g.role !== 'operator' && mayGrant(actor, g)).length;
  return managed === target.membershipCount;
}
