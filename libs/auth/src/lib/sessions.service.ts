import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ANONYMOUS, AppError, TenantTransactionRunner, type OpeningCheck } from '@rapor/db';
import { logger, StaleCredentialsError, type Caller, type RequestContext } from '@rapor/platform';
import { AccountsRepository } from './accounts.repository';
import { grantsOfState, toUser } from './auth.mapper';
import { AUTH_OPTIONS, type ResolvedAuthOptions } from './auth.options';
import { Authentication, malformedScopeHeader, rotatedSessionOf, signedInUserOf, type RotatedSession } from './auth-session';
import type { AccessClaims } from './credentials/access-token';
import { generateRefreshToken, looksLikeRefreshToken, sha256 } from './credentials/secrets';
import type { AuthPayload } from './models/auth-payload.model';
import { defaultGrant, formatScope, grantForScope, parseScope, principalOf, scopeOfGrant, type Grant } from '@rapor/permissions';
import { SESSION_STATE_SQL, SessionsRepository, type SessionState } from './sessions.repository';

const ENDED = 'This session has ended; sign in again';
/** Sessions whose last check is remembered (the oldest is forgotten first). */
const KNOWN_SESSIONS = 10_000;

/**
 * Sessions: turning an access token into the request's principal, issuing tokens at sign-in,
 * rotating refresh tokens, logout. The active scope is checked against the memberships the
 * database holds now, never taken from the token alone.
 */
@Injectable()
export class SessionsService {
  /** The state each open sign-in (refresh family) had at its last check, as the database answered it. */
  private readonly known = new Map<string, string>();

  constructor(
    private readonly runner: TenantTransactionRunner,
    private readonly sessions: SessionsRepository,
    private readonly accounts: AccountsRepository,
    private readonly jwt: JwtService,
    @Inject(AUTH_OPTIONS) private readonly options: ResolvedAuthOptions,
  ) {}

  /**
   * The caller of verified access-token claims: one query, as the user, reads the account, its
   * memberships and whether the sign-in is still open. The scope is the `x-rapor-scope` header,
   * else the token's; one the person does not hold is refused when asked for, and dropped when
   * it came from the token (lost since sign-in).
   */
  async authenticate(claims: AccessClaims, scopeHeader: string | null): Promise<Caller> {
    const state = await this.sessions.sessionStateOnce(principalOf(claims.sub, null), claims.sub, claims.sid);
    if (!state || state.disabled || state.tokenVersion !== claims.ver || !state.sessionOpen) {
      this.known.delete(claims.sid);
      throw new AppError('UNAUTHENTICATED', ENDED, [], { reason: 'SESSION_ENDED' });
    }
    const caller = this.callerOf(claims, scopeHeader, state);
    this.known.delete(claims.sid);
    this.known.set(claims.sid, JSON.stringify(state));
    if (this.known.size > KNOWN_SESSIONS) this.known.delete(this.known.keys().next().value as string);
    return caller;
  }

  /**
   * The caller as the state this sign-in had at its last check makes it, without reading the
   * database, with the statement that re-reads it (the first statement of the root field's
   * transaction) and a `verify` that throws `StaleCredentialsError` unless the database still
   * answers exactly that. False when nothing is remembered or the remembered state would refuse
   * the request (the caller then authenticates the slow way, which refuses as always).
   */
  authenticateDeferred(claims: AccessClaims, scopeHeader: string | null): { caller: Caller; check: OpeningCheck } | false {
    const known = this.known.get(claims.sid);
    if (!known) return false;
    const state = JSON.parse(known) as SessionState;
    if (state.id !== claims.sub || state.tokenVersion !== claims.ver) return false;
    let caller: Caller;
    try {
      caller = this.callerOf(claims, scopeHeader, state);
    } catch {
      return false;
    }
    const check: OpeningCheck = {
      sql: SESSION_STATE_SQL,
      params: [claims.sub, claims.sid],
      verify: (rows) => {
        if (rows.length !== 1 || JSON.stringify(rows[0]) !== known) throw new StaleCredentialsError();
      },
    };
    return { caller, check };
  }

  private callerOf(claims: AccessClaims, scopeHeader: string | null, state: SessionState): Caller {
    const grants = grantsOfState(state);
    let active: Grant | null;
    if (scopeHeader !== null) {
      const scope = parseScope(scopeHeader);
      if (!scope) throw malformedScopeHeader();
      active = grantForScope(grants, scope);
      if (!active) throw new AppError('FORBIDDEN', `You hold no role in scope ${formatScope(scope)}`, ['x-rapor-scope']);
    } else {
      active = this.tokenScopeGrant(grants, claims.scope);
    }
    return Authentication.ofSession(principalOf(state.id, state.mustChangePassword ? null : active), {
      kind: 'user',
      userId: state.id,
      email: state.email,
      familyId: claims.sid,
      grants,
      activeGrant: active,
      mustChangePassword: state.mustChangePassword,
    });
  }

  /**
   * Completes a sign-in whose password the login guard verified: picks the scope (the one
   * asked for must be held), clears the account's failed attempts and starts a session.
   */
  async login(ctx: RequestContext, requestedScope: string | null): Promise<AuthPayload> {
    const userId = signedInUserOf(ctx);
    const state = await this.requireState(userId);
    const grants = grantsOfState(state);
    let grant = defaultGrant(grants);
    if (requestedScope) {
      const scope = parseScope(requestedScope);
      grant = scope ? grantForScope(grants, scope) : null;
      if (!grant) throw new AppError('FORBIDDEN', `You hold no role in scope ${requestedScope}`, ['scope']);
    }
    await this.sessions.clearOwnLoginFailures();
    return this.openSession(state, grant);
  }

  /** Forgets the failed sign-ins of the current principal's own account (its password was just verified). */
  async clearLoginFailures(_ctx: RequestContext): Promise<void> {
    await this.sessions.clearOwnLoginFailures();
  }

  /** Starts a new session (refresh family) for the current principal's own account. */
  async startSession(_ctx: RequestContext, userId: string, grant: Grant | null): Promise<AuthPayload> {
    return this.openSession(await this.requireState(userId), grant);
  }

  private async openSession(state: SessionState, grant: Grant | null): Promise<AuthPayload> {
    const userId = state.id;
    const refreshToken = generateRefreshToken();
    const familyId = randomUUID();
    const scope = grant ? formatScope(scopeOfGrant(grant)) : null;
    const expiresAt = this.refreshExpiry();
    await this.sessions.insertRefreshToken({ hash: sha256(refreshToken), familyId, userId, scope, expiresAt });
    return this.payload(state, familyId, scope, refreshToken, expiresAt);
  }

  /**
   * Rotates a refresh token (the refresh guard, before the request's transaction, so that
   * revoking a family on reuse is committed even though the request fails).
   */
  async rotate(token: string): Promise<RotatedSession> {
    if (!looksLikeRefreshToken(token)) throw new AppError('UNAUTHENTICATED', 'Invalid refresh token');
    const refreshToken = generateRefreshToken();
    const refreshTokenExpiresAt = this.refreshExpiry();
    const rotation = await this.runner.run(ANONYMOUS, () =>
      this.sessions.rotateRefreshToken(sha256(token), sha256(refreshToken), refreshTokenExpiresAt),
    );
    if (rotation.status === 'reused') {
      logger().warn(
        { security: true, event: 'refresh_token_reused', userId: rotation.userId },
        'refresh token reused: session revoked',
      );
      throw new AppError('UNAUTHENTICATED', 'This refresh token was already used; the session has been ended for safety', [], {
        reason: 'REFRESH_TOKEN_REUSED',
      });
    }
    if (rotation.status !== 'ok' || !rotation.userId || !rotation.familyId) {
      throw new AppError('UNAUTHENTICATED', 'Invalid or expired refresh token');
    }
    return { userId: rotation.userId, familyId: rotation.familyId, scope: rotation.scope, refreshToken, refreshTokenExpiresAt };
  }

  /** New tokens for the session the refresh guard rotated. */
  async refresh(ctx: RequestContext): Promise<AuthPayload> {
    const rotated = rotatedSessionOf(ctx);
    const state = await this.requireState(rotated.userId);
    const grant = this.tokenScopeGrant(grantsOfState(state), rotated.scope);
    const scope = grant ? formatScope(scopeOfGrant(grant)) : null;
    return this.payload(state, rotated.familyId, scope, rotated.refreshToken, rotated.refreshTokenExpiresAt);
  }

  /** Ends the session of a refresh token. Unknown tokens are accepted silently. */
  async logout(_ctx: RequestContext, refreshToken: string): Promise<boolean> {
    if (looksLikeRefreshToken(refreshToken)) await this.sessions.revokeRefreshFamily(sha256(refreshToken));
    return true;
  }

  // The grant of a scope stored at sign-in. A token without one takes the default (nothing
  // was chosen); a scope no longer held gives no role rather than another one.
  private tokenScopeGrant(grants: readonly Grant[], scopeText: string | null): Grant | null {
    if (scopeText === null) return defaultGrant(grants);
    const scope = parseScope(scopeText);
    return scope ? grantForScope(grants, scope) : null;
  }

  private async requireState(userId: string): Promise<SessionState> {
    const state = await this.sessions.sessionState(userId, null);
    if (!state || state.disabled) throw new AppError('UNAUTHENTICATED', ENDED);
    return state;
  }

  private async payload(
    state: SessionState,
    familyId: string,
    scope: string | null,
    refreshToken: string,
    refreshTokenExpiresAt: Date,
  ): Promise<AuthPayload> {
    const user = await this.accounts.userById(state.id);
    if (!user) throw new AppError('UNAUTHENTICATED', ENDED);
    const accessToken = await this.jwt.signAsync(
      { typ: 'access', sid: familyId, ver: state.tokenVersion, scope },
      { subject: state.id },
    );
    return {
      accessToken,
      tokenType: 'Bearer',
      expiresIn: this.options.accessTokenTtlSeconds,
      refreshToken,
      refreshTokenExpiresAt,
      scope,
      user: toUser(user),
    };
  }

  private refreshExpiry(): Date {
    return new Date(Date.now() + this.options.refreshTokenTtlSeconds * 1000);
  }
}
