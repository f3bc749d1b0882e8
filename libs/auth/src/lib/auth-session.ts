import { AppError, type Principal } from '@rapor/db';
import type { Caller, RequestContext } from '@rapor/platform';
import { principalOf, type Grant, type Scope } from '@rapor/permissions';

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

/**
 * How a request's caller authenticated, carried by its (immutable) RequestContext: a session
 * (the authentication guard), a person whose password the login guard just verified, or a
 * refresh token the refresh guard just rotated.
 */
export class Authentication {
  private constructor(
    readonly session: AuthSession | null,
    readonly signedInUserId: string | null,
    readonly rotated: RotatedSession | null,
  ) {
    Object.freeze(this);
  }

  /** The caller of a request authenticated by its access token or API key. */
  static ofSession(principal: Principal, session: AuthSession): Caller {
    return { principal, authentication: new Authentication(session, null, null) };
  }

  /** The caller of `login`: the person whose password was verified, in no scope yet. */
  static signedIn(userId: string): Caller {
    return { principal: principalOf(userId, null), authentication: new Authentication(null, userId, null) };
  }

  /** The caller of `refreshToken`: the owner of the rotated token, in no scope yet. */
  static ofRotation(rotated: RotatedSession): Caller {
    return { principal: principalOf(rotated.userId, null), authentication: new Authentication(null, null, rotated) };
  }
}

function authenticationOf(ctx: RequestContext): Authentication | null {
  return ctx.authentication instanceof Authentication ? ctx.authentication : null;
}

/** The caller's session, or null for anonymous callers. */
export function sessionOf(ctx: RequestContext): AuthSession | null {
  return authenticationOf(ctx)?.session ?? null;
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

/** The account whose password the login guard verified. */
export function signedInUserOf(ctx: RequestContext): string {
  const userId = authenticationOf(ctx)?.signedInUserId;
  if (!userId) throw new AppError('UNAUTHENTICATED', 'Sign in first');
  return userId;
}

/** The refresh token the refresh guard rotated. */
export function rotatedSessionOf(ctx: RequestContext): RotatedSession {
  const session = authenticationOf(ctx)?.rotated;
  if (!session) throw new AppError('UNAUTHENTICATED', 'No refresh token was presented');
  return session;
}
