import { Injectable } from '@nestjs/common';
import { currentManager } from '@rapor/db';
import type { Grant } from '@rapor/permissions';

/** A row of `app_user`, as the API role may read it (never the password hash). */
export interface UserRow {
  id: string;
  email: string;
  displayName: string;
  isOperator: boolean;
  disabledAt: Date | null;
  mustChangePassword: boolean;
  membershipCount: number;
  createdAt: Date;
}

/** A province or region membership. */
export interface MembershipRow {
  userId: string;
  role: 'reviewer' | 'region_admin' | 'region_editor' | 'region_viewer';
  provinceId: string;
  regionId: string | null;
  grantedAt: Date;
}

const USER_COLUMNS = `u.id, u.email, u.display_name as "displayName", u.is_operator as "isOperator",
  u.disabled_at as "disabledAt", u.must_change_password as "mustChangePassword",
  u.membership_count as "membershipCount", u.created_at as "createdAt"`;

/** Rows changed by an UPDATE or DELETE (TypeORM answers `[rows, count]` for those). */
function affected(result: unknown): number {
  return Array.isArray(result) && typeof result[1] === 'number' ? result[1] : 0;
}

/**
 * SQL over accounts and memberships. Every call runs in the current tenant transaction, so
 * row-level security decides what is seen and what may be written.
 */
@Injectable()
export class AccountsRepository {
  async userById(id: string): Promise<UserRow | null> {
    const rows: UserRow[] = await currentManager().query(`select ${USER_COLUMNS} from app_user u where u.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** Users visible to the caller, optionally only those with a membership in a province or region. */
  async users(filter: { provinceId: string | null; regionId: string | null }): Promise<UserRow[]> {
    return currentManager().query(
      `select ${USER_COLUMNS} from app_user u
       where ($1::text is null
              or exists (select 1 from region_membership m where m.user_id = u.id and m.province_id = $1)
              or exists (select 1 from province_membership m where m.user_id = u.id and m.province_id = $1))
         and ($2::text is null or exists (select 1 from region_membership m where m.user_id = u.id and m.region_id = $2))
       order by u.email`,
      [filter.provinceId, filter.regionId],
    );
  }

  /** Memberships of these users that the caller can see. */
  async membershipsOf(userIds: readonly string[]): Promise<MembershipRow[]> {
    return currentManager().query(
      `select m.user_id as "userId", 'reviewer' as role, m.province_id as "provinceId", null::text as "regionId",
              m.created_at as "grantedAt"
       from province_membership m where m.user_id = any($1::uuid[])
       union all
       select m.user_id, 'region_' || m.role, m.province_id, m.region_id, m.created_at
       from region_membership m where m.user_id = any($1::uuid[])
       order by "provinceId", "regionId" nulls first`,
      [userIds],
    );
  }

  /** The id of the account with this email; only callers who may grant get an answer. */
  async userIdByEmail(email: string): Promise<string | null> {
    const rows: { id: string | null }[] = await currentManager().query(`select auth_user_id_by_email($1) as id`, [email]);
    return rows[0]?.id ?? null;
  }

  /** Inserts an account. Not returned: until it holds a membership the caller may not see it. */
  async insertUser(user: {
    id: string;
    email: string;
    displayName: string;
    passwordHash: string;
    mustChangePassword: boolean;
    isOperator: boolean;
  }): Promise<void> {
    await currentManager().query(
      `insert into app_user (id, email, display_name, password_hash, must_change_password, is_operator)
       values ($1, $2, $3, $4, $5, $6)`,
      [user.id, user.email, user.displayName, user.passwordHash, user.mustChangePassword, user.isOperator],
    );
  }

  /** Adds a membership, or changes the role of an existing one in the same region. */
  async upsertMembership(userId: string, grant: Exclude<Grant, { role: 'operator' }>, grantedBy: string | null): Promise<void> {
    if (grant.role === 'reviewer') {
      await currentManager().query(
        `insert into province_membership (province_id, user_id, granted_by) values ($1, $2, $3)
         on conflict (province_id, user_id) do nothing`,
        [grant.provinceId, userId, grantedBy],
      );
      return;
    }
    await currentManager().query(
      `insert into region_membership (region_id, user_id, role, granted_by) values ($1, $2, $3, $4)
       on conflict (region_id, user_id) do update set role = excluded.role, granted_by = excluded.granted_by, updated_at = now()`,
      [grant.regionId, userId, grant.role.slice('region_'.length), grantedBy],
    );
  }

  async deleteProvinceMembership(userId: string, provinceId: string): Promise<number> {
    return affected(
      await currentManager().query(`delete from province_membership where user_id = $1 and province_id = $2`, [
        userId,
        provinceId,
      ]),
    );
  }

  async deleteRegionMembership(userId: string, regionId: string): Promise<number> {
    return affected(
      await currentManager().query(`delete from region_membership where user_id = $1 and region_id = $2`, [userId, regionId]),
    );
  }

  async setOperator(userId: string, isOperator: boolean): Promise<number> {
    return affected(
      await currentManager().query(`update app_user set is_operator = $2, updated_at = now() where id = $1`, [
        userId,
        isOperator,
      ]),
    );
  }

  /** Disabling also bumps token_version: its access tokens and refresh families end at once. */
  async setDisabled(userId: string, disabled: boolean): Promise<number> {
    return affected(
      await currentManager().query(
        disabled
          ? `update app_user set disabled_at = now(), token_version = token_version + 1, updated_at = now()
             where id = $1 and disabled_at is null`
          : `update app_user set disabled_at = null, updated_at = now() where id = $1 and disabled_at is not null`,
        [userId],
      ),
    );
  }

  /** Replaces a password; bumping token_version ends every session of the account. */
  async replacePassword(userId: string, passwordHash: string): Promise<number> {
    return affected(
      await currentManager().query(
        `update app_user set password_hash = $2, must_change_password = false, token_version = token_version + 1, updated_at = now()
         where id = $1`,
        [userId, passwordHash],
      ),
    );
  }
}
