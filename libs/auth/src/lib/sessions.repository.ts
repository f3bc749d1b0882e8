import { Injectable } from '@nestjs/common';
import { currentManager, prepared, TenantTransactionRunner, type Principal } from '@rapor/db';
import type { LoginThrottle } from './auth.options';

/** What a sign-in needs to know about an account (through the owner's lookup function). */
export interface LoginAccount {
  id: string;
  passwordHash: string;
  disabled: boolean;
}

/** The state of an account and of one of its sessions, read as that user. */
export interface SessionState {
  id: string;
  email: string;
  displayName: string;
  disabled: boolean;
  tokenVersion: number;
  mustChangePassword: boolean;
  isOperator: boolean;
  sessionOpen: boolean;
  reviewerOf: string[];
  regionRoles: { regionId: string; role: 'admin' | 'editor' | 'viewer' }[];
}

export interface Rotation {
  status: 'ok' | 'reused' | 'invalid';
  userId: string | null;
  familyId: string | null;
  scope: string | null;
}

/** SQL of sign-in, sessions and refresh tokens; runs in the current tenant transaction. */
@Injectable()
export class SessionsRepository {
  constructor(private readonly runner: TenantTransactionRunner) {}

  /**
   * Counts the recent failures of the account and of the address and, when under the limits,
   * records this attempt as one, in one step (the database serialises sign-ins of one account
   * and of one address): `retryAfter` seconds when refused, else the attempt to forget if the
   * password proves right.
   */
  async beginLogin(email: string, address: string, limits: LoginThrottle): Promise<{ retryAfter: number; attemptId: string | null }> {
    const rows: { retryAfter: number; attemptId: string | null }[] = await currentManager().query(
      `select retry_after as "retryAfter", attempt_id::text as "attemptId" from auth_begin_login($1, $2, $3, $4, $5)`,
      [email, address, limits.windowSeconds, limits.maxPerAccount, limits.maxPerAddress],
    );
    return rows[0] ?? { retryAfter: 0, attemptId: null };
  }

  /** The password was right: the attempt `beginLogin` recorded was no failure. */
  async forgetLoginAttempt(attemptId: string): Promise<void> {
    await currentManager().query(`select auth_forget_login_attempt($1::bigint)`, [attemptId]);
  }

  async loginAccount(email: string): Promise<LoginAccount | null> {
    const rows: LoginAccount[] = await currentManager().query(
      `select id, password_hash as "passwordHash", disabled from auth_login_lookup($1)`,
      [email],
    );
    return rows[0] ?? null;
  }

  /** Clears the failed sign-ins of the current principal's own account. */
  async clearOwnLoginFailures(): Promise<void> {
    await currentManager().query(`select auth_clear_login_failures()`);
  }

  /**
   * The account, its memberships and whether the session (refresh family) is still open, in
   * one statement. Runs as the user: the policies show a user their own rows.
   */
  async sessionState(userId: string, familyId: string | null): Promise<SessionState | null> {
    const rows: SessionState[] = await currentManager().query(SESSION_STATE_SQL, [userId, familyId]);
    return rows[0] ?? null;
  }

  /**
   * The same, outside any request transaction and in one round trip (the per-request check of
   * every authenticated call), under the person's own settings so that row-level security
   * shows them their own account and memberships only.
   */
  async sessionStateOnce(principal: Principal, userId: string, familyId: string | null): Promise<SessionState | null> {
    const rows = await this.runner.single<SessionState>(principal, SESSION_STATE_SQL, [userId, familyId], { retry: true });
    return rows[0] ?? null;
  }

  /** Starts a refresh family (a sign-in) for the current principal's own account. */
  async insertRefreshToken(token: {
    hash: Buffer;
    familyId: string;
    userId: string;
    scope: string | null;
    expiresAt: Date;
  }): Promise<void> {
    await currentManager().query(
      `insert into refresh_token (token_hash, family_id, user_id, scope, expires_at) values ($1, $2, $3, $4, $5)`,
      [token.hash, token.familyId, token.userId, token.scope, token.expiresAt],
    );
  }

  async rotateRefreshToken(oldHash: Buffer, newHash: Buffer, expiresAt: Date): Promise<Rotation> {
    const rows: Rotation[] = await currentManager().query(
      `select status, user_id as "userId", family_id as "familyId", scope from auth_rotate_refresh_token($1, $2, $3)`,
      [oldHash, newHash, expiresAt],
    );
    return rows[0] ?? { status: 'invalid', userId: null, familyId: null, scope: null };
  }

  async revokeRefreshFamily(hash: Buffer): Promise<boolean> {
    const rows: { found: boolean }[] = await currentManager().query(`select auth_revoke_refresh_family($1) as found`, [hash]);
    return rows[0]?.found ?? false;
  }
}

/** The account, its memberships and whether sign-in `$2` is open, of user `$1` (as that user). */
export const SESSION_STATE_SQL = prepared(`select u.id, u.email, u.display_name as "displayName", u.disabled_at is not null as disabled,
         u.token_version as "tokenVersion", u.must_change_password as "mustChangePassword", u.is_operator as "isOperator",
         ($2::uuid is not null and exists (
            select 1 from refresh_token t
            where t.family_id = $2::uuid and t.user_id = u.id and t.revoked_at is null and t.expires_at > now()
         )) as "sessionOpen",
         array(select m.province_id from province_membership m where m.user_id = u.id order by 1) as "reviewerOf",
         coalesce((select json_agg(json_build_object('regionId', m.region_id, 'role', m.role) order by m.region_id)
                   from region_membership m where m.user_id = u.id), '[]'::json) as "regionRoles"
  from app_user u where u.id = $1::uuid`);
