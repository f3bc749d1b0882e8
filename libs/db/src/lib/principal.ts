/** Roles a principal can act in. The database policies read the same names from `app.role`. */
export const ROLES = ['operator', 'reviewer', 'region_admin', 'region_editor', 'region_viewer', 'api_key'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who is making a request, as far as the database is concerned. It becomes the
 * transaction-local settings `app.user_id`, `app.role`, `app.province_id` and
 * `app.region_id` that every row-level-security policy reads.
 */
export interface Principal {
  /** The signed-in person, or null for anonymous callers and API keys. */
  readonly userId: string | null;
  /** The active role; null for anonymous callers (they see public reference data only). */
  readonly role: Role | null;
  /** Province code ("19") the role is scoped to; a region's province for region roles. */
  readonly provinceId: string | null;
  /** Region code ("19.71") for region roles and region-scoped API keys. */
  readonly regionId: string | null;
  /** API key id when the caller authenticated with a key. */
  readonly apiKeyId?: string | null;
}

/** The principal of a caller who is not signed in. */
export const ANONYMOUS: Principal = Object.freeze({ userId: null, role: null, provinceId: null, regionId: null });

/**
 * Settings written at the start of every tenant transaction, in this order. An API key's
 * transaction is also switched to read-only: keys are read-only in the database itself,
 * not only in the guards (PostgreSQL refuses to switch back once a query has run).
 */
export function principalSettings(p: Principal): [string, string][] {
  const settings: [string, string][] = [
    ['app.user_id', p.userId ?? ''],
    ['app.role', p.role ?? ''],
    ['app.province_id', p.provinceId ?? ''],
    ['app.region_id', p.regionId ?? ''],
    ['app.api_key_id', p.apiKeyId ?? ''],
  ];
  if (p.role === 'api_key') settings.push(['transaction_read_only', 'on']);
  return settings;
}
