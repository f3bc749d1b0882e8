import type { Role } from '@rapor/db';

export const ACCESS_RULE = 'rapor:access';
export const IGNORE_CREDENTIALS = 'rapor:ignore-credentials';

/** Who may call a handler: principals in one of these roles, or any signed-in person. */
export type AccessRule = { readonly kind: 'roles'; readonly roles: readonly Role[] } | { readonly kind: 'user' };

/** Roles that belong to people (not API keys). */
export const PERSON_ROLES: readonly Role[] = ['operator', 'reviewer', 'region_admin', 'region_editor', 'region_viewer'];
/** Roles that manage users, memberships and API keys within their scope. */
export const MANAGER_ROLES: readonly Role[] = ['operator', 'reviewer', 'region_admin'];
