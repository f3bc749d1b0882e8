/** Issuer and audience of Rapor's access tokens. */
export const TOKEN_ISSUER = 'rapor';
export const TOKEN_AUDIENCE = 'rapor-api';

/** What an access token says. None of it is trusted beyond `sub`: each request re-reads the rest. */
export interface AccessClaims {
  /** The user id. */
  readonly sub: string;
  /** The refresh-token family (the sign-in) the token belongs to; logout ends it. */
  readonly sid: string;
  /** The user's token_version when issued; a password change or disabling bumps it. */
  readonly ver: number;
  /** The scope chosen at sign-in, used when the request names none. */
  readonly scope: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads the claims of a verified token; null when they do not have Rapor's shape. */
export function accessClaimsOf(payload: unknown): AccessClaims | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const p = payload as Record<string, unknown>;
  if (p['typ'] !== 'access') return null;
  if (typeof p['sub'] !== 'string' || !UUID.test(p['sub'])) return null;
  if (typeof p['sid'] !== 'string' || !UUID.test(p['sid'])) return null;
  if (typeof p['ver'] !== 'number' || !Number.isInteger(p['ver'])) return null;
  if (p['scope'] !== null && p['scope'] !== undefined && typeof p['scope'] !== 'string') return null;
  return { sub: p['sub'], sid: p['sid'], ver: p['ver'], scope: (p['scope'] as string | null | undefined) ?? null };
}
