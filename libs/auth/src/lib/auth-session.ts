import { AppError } from '@rapor/db';
import type { RequestContext } from '@rapor/platform';
import type { Grant, Scope } from '@rapor/permissions';

/** A signed-in person, as authenticated for the current request. */
export interface UserSession {
  readonly kind: 'user';
  readonly userId: string;
  readonly email: string;
  /** The refresh-token family of the access token. */
  readonly familyId: string;
  /** Every grant the person holds now (read from the database on this request). */
  readonly grants: readonly Grant[];
  /** The scope asked for (header, else the token's), when the person holds it. */
  readonly activeGrant: Grant | null;
  /** True until the person replaces a password someone else set. */
  readonly mustChangePassword: boolean;
}

/** A report API key, as authenticated for the current request. */
export interface ApiKeySession {
  readonly kind: 'api_key';
  readonly apiKeyId: string;
  readonly scope: Scope;
}

export type AuthSession = UserSession | ApiKeySession;

// Per request, keyed by the request's context: the guards write, services read.
const sessions = new WeakMap<RequestContext, AuthSession>();

export function setSession(ctx: RequestContext, session: AuthSession): void {
  sessions.set(ctx, session);
}

/** The caller's session, or null for anonymous callers. */
export function sessionOf(ctx: RequestContext): AuthSession | null {
  return sessions.get(ctx) ?? null;
}

/** The signed-in person; UNAUTHENTICATED for anonymous callers, FORBIDDEN for API keys. */
export function userSessionOf(ctx: RequestContext): UserSession {
  const session = sessionOf(ctx);
  if (!session) throw new AppError('UNAUTHENTICATED', 'Sign in first');
  if (session.kind !== 'user') throw new AppError('FORBIDDEN', 'API keys have no user account');
  return session;
}

/** The answer to an `x-rapor-scope` header that is not a scope. */
export function malformedScopeHeader(): AppError {
  return new AppError('BAD_USER_INPUT', 'x-rapor-scope must be "operator", "province:<code>" or "region:<code>"', [
    'x-rapor-scope',
  ]);
}

/** A refresh token just rotated by the refresh guard, for the resolver to hand out. */
export interface RotatedSession {
  readonly userId: string;
  readonly familyId: string;
  readonly scope: string | null;
  readonly refreshToken: string;
  readonly refreshTokenExpiresAt: Date;
}

const signedIn = new WeakMap<RequestContext, string>();
const rotated = new WeakMap<RequestContext, RotatedSession>();

/** Records the account whose password the login guard verified. */
export function setSignedInUser(ctx: RequestContext, userId: string): void {
  signedIn.set(ctx, userId);
}

export function signedInUserOf(ctx: RequestContext): string {
  const userId = signedIn.get(ctx);
  if (!userId) throw new AppError('UNAUTHENTICATED', 'Sign in first');
  return userId;
}

export function setRotatedSession(ctx: RequestContext, session: RotatedSession): void {
  rotated.set(ctx, session);
}

export function rotatedSessionOf(ctx: RequestContext): RotatedSession {
  const session = rotated.get(ctx);
  if (!session) throw new AppError('UNAUTHENTICATED', 'No refresh token was presented');
  return session;
}
