import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts, memberships, sessions and API keys.
 *
 * - `app_user`: a person. Visible to themselves, to operators, and to whoever can see one
 *   of their memberships (the policy asks the membership tables, themselves under RLS).
 * - `region_membership` (admin/editor/viewer of a kab/kota) and `province_membership`
 *   (reviewer of a province): FORCE row-level security, like every tenant table.
 * - `refresh_token`: rotating refresh tokens, stored as SHA-256, grouped in families.
 * - `api_key`: read-only report keys scoped to a province or a region, stored as SHA-256.
 * - `login_failure`: throttling state, in the database because the API runs as replicas.
 *
 * Some lookups happen before there is a principal to run them as: the user by email at
 * login, a refresh token or an API key by its hash, a user id by email when granting a
 * membership. They go through narrow `security definer` functions owned by the owner, each
 * returning only the matching row, with a fixed search_path. The tables they read
 * (app_user, refresh_token, api_key, login_failure) ENABLE row-level security without
 * FORCE, so the owner's functions see past it while the API role stays under the policies;
 * the membership tables (region-keyed) keep FORCE and no definer function reads them.
 *
 * Writes the API role may not make directly (rotating or revoking refresh tokens, bumping
 * an API key's last use, counting memberships) are done by those functions or by
 * owner-run triggers. Functions are named `auth_*`: the `app_*` prefix is reserved for the
 * stable principal helpers that policies call.
 */
export class Accounts1795480000000 implements MigrationInterface {
  name = 'Accounts1795480000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table app_user (
        id uuid primary key default gen_random_uuid(),
        email text not null unique check (email = lower(email) and email ~ '^[^@ ]+@[^@ ]+$' and length(email) <= 254),
        display_name text not null check (length(trim(display_name)) between 1 and 200),
        password_hash text not null,
        must_change_password boolean not null default false,
        is_operator boolean not null default false,
        disabled_at timestamptz,
        -- Bumped by a password change or disabling: access tokens carry it, a stale one is refused.
        token_version integer not null default 0,
        -- Memberships of every scope, kept by a trigger: lets a reviewer or region admin tell
        -- that a user belongs to their scope only, without seeing the other memberships.
        membership_count integer not null default 0 check (membership_count >= 0),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
      comment on table app_user is 'A person who signs in: email, argon2id password hash, operator flag.';

      create table region_membership (
        region_id text not null references region (id),
        user_id uuid not null references app_user (id) on delete cascade,
        province_id text not null generated always as (left(region_id, 2)) stored,
        role text not null check (role in ('admin', 'editor', 'viewer')),
        granted_by uuid references app_user (id),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (region_id, user_id)
      );
      create index region_membership_user_idx on region_membership (user_id);
      create index region_membership_province_idx on region_membership (province_id);
      comment on table region_membership is 'A person''s role (admin, editor, viewer) in one kab/kota.';

      create table province_membership (
        province_id text not null references province (id),
        user_id uuid not null references app_user (id) on delete cascade,
        role text not null default 'reviewer' check (role = 'reviewer'),
        granted_by uuid references app_user (id),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (province_id, user_id)
      );
      create index province_membership_user_idx on province_membership (user_id);
      comment on table province_membership is 'A province reviewer (Biro Organisasi of the province).';

      create table refresh_token (
        id uuid primary key default gen_random_uuid(),
        token_hash bytea not null unique check (length(token_hash) = 32),
        -- One family per sign-in; every rotation adds a row to it. Reusing a rotated token
        -- revokes the whole family.
        family_id uuid not null,
        user_id uuid not null references app_user (id) on delete cascade,
        scope text,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null,
        used_at timestamptz,
        revoked_at timestamptz
      );
      create index refresh_token_family_idx on refresh_token (family_id);
      create index refresh_token_user_idx on refresh_token (user_id) where revoked_at is null;
      comment on table refresh_token is 'Rotating refresh tokens, SHA-256 of a 32-byte random secret.';

      create table api_key (
        id uuid primary key default gen_random_uuid(),
        name text not null check (length(trim(name)) between 1 and 100),
        key_hash bytea not null unique check (length(key_hash) = 32),
        display_prefix text not null,
        scope_province_id text not null references province (id),
        -- Not called region_id: it is nullable (province-wide keys) and not a tenant key.
        scope_region_id text references region (id),
        created_by uuid references app_user (id),
        created_at timestamptz not null default now(),
        expires_at timestamptz,
        last_used_at timestamptz,
        revoked_at timestamptz,
        check (scope_region_id is null or left(scope_region_id, 2) = scope_province_id)
      );
      create index api_key_province_idx on api_key (scope_province_id);
      create index api_key_region_idx on api_key (scope_region_id);
      comment on table api_key is 'Read-only report keys (rpk_...), SHA-256 of a 32-byte random secret, scoped to a province or a region.';

      create table login_failure (
        id bigint generated always as identity primary key,
        email text not null,
        address text not null,
        failed_at timestamptz not null default now()
      );
      create index login_failure_email_idx on login_failure (email, failed_at);
      create index login_failure_address_idx on login_failure (address, failed_at);
      create index login_failure_age_idx on login_failure (failed_at);
      comment on table login_failure is 'Failed sign-ins of the last day: login throttling per account and per address.';

      -- A reviewer or region admin manages a user (disable, enable) only when every one of
      -- the user's memberships lies in their scope, and never an operator.
      create function app_manages_user(p_user uuid, p_is_operator boolean, p_membership_count integer)
        returns boolean language sql stable parallel safe as $$
        select not p_is_operator and p_membership_count > 0 and p_membership_count = (
          (select count(*) from region_membership m where m.user_id = p_user
             and (m.region_id = (select app_admin_region_id()) or m.province_id = (select app_review_province_id())))
          + (select count(*) from province_membership m where m.user_id = p_user
             and m.province_id = (select app_review_province_id())))
      $$;
      grant execute on function app_manages_user(uuid, boolean, integer) to rapor_app;

      -- app_user: ENABLE only (the login lookup reads it as the owner).
      alter table app_user enable row level security;
      create policy app_user_select on app_user for select using (
        id = (select app_user_id())
        or (select app_is_operator())
        or exists (select 1 from region_membership m where m.user_id = app_user.id)
        or exists (select 1 from province_membership m where m.user_id = app_user.id)
      );
      create policy app_user_insert on app_user for insert with check (
        ((select app_is_operator()) or (select app_role()) in ('reviewer', 'region_admin'))
        and (not is_operator or (select app_is_operator()))
      );
      create policy app_user_update on app_user for update using (
        id = (select app_user_id()) or (select app_is_operator()) or app_manages_user(id, is_operator, membership_count)
      ) with check (
        id = (select app_user_id()) or (select app_is_operator()) or app_manages_user(id, is_operator, membership_count)
      );
      -- No password hash for the API role: it only reaches one through the login lookup.
      grant select (id, email, display_name, must_change_password, is_operator, disabled_at, token_version,
                    membership_count, created_at, updated_at) on app_user to rapor_app;
      grant insert (id, email, display_name, password_hash, must_change_password, is_operator) on app_user to rapor_app;
      grant update (display_name, password_hash, must_change_password, is_operator, disabled_at, token_version, updated_at)
        on app_user to rapor_app;

      alter table region_membership enable row level security;
      alter table region_membership force row level security;
      create policy region_membership_select on region_membership for select using (
        user_id = (select app_user_id())
        or region_id = (select app_team_region_id())
        or province_id = (select app_review_province_id())
        or (select app_is_operator())
      );
      create policy region_membership_insert on region_membership for insert with check (
        region_id = (select app_admin_region_id()) or province_id = (select app_review_province_id()) or (select app_is_operator())
      );
      create policy region_membership_update on region_membership for update using (
        region_id = (select app_admin_region_id()) or province_id = (select app_review_province_id()) or (select app_is_operator())
      ) with check (
        region_id = (select app_admin_region_id()) or province_id = (select app_review_province_id()) or (select app_is_operator())
      );
      create policy region_membership_delete on region_membership for delete using (
        region_id = (select app_admin_region_id()) or province_id = (select app_review_province_id()) or (select app_is_operator())
      );
      grant select, insert, delete on region_membership to rapor_app;
      grant update (role, granted_by, updated_at) on region_membership to rapor_app;

      alter table province_membership enable row level security;
      alter table province_membership force row level security;
      create policy province_membership_select on province_membership for select using (
        user_id = (select app_user_id())
        or province_id = (select app_review_province_id())
        or (select app_is_operator())
      );
      create policy province_membership_insert on province_membership for insert with check (
        province_id = (select app_review_province_id()) or (select app_is_operator())
      );
      create policy province_membership_update on province_membership for update using (
        province_id = (select app_review_province_id()) or (select app_is_operator())
      ) with check (
        province_id = (select app_review_province_id()) or (select app_is_operator())
      );
      create policy province_membership_delete on province_membership for delete using (
        province_id = (select app_review_province_id()) or (select app_is_operator())
      );
      grant select, insert, delete on province_membership to rapor_app;
      grant update (granted_by, updated_at) on province_membership to rapor_app;

      -- refresh_token: ENABLE only (rotation and logout find tokens by hash as the owner).
      -- The API role reads its own user's rows (is the session still open?) and starts new
      -- families for the signed-in user; it never reads a token hash.
      alter table refresh_token enable row level security;
      create policy refresh_token_select on refresh_token for select using (user_id = (select app_user_id()));
      create policy refresh_token_insert on refresh_token for insert with check (user_id = (select app_user_id()));
      grant select (id, family_id, user_id, scope, created_at, expires_at, used_at, revoked_at) on refresh_token to rapor_app;
      grant insert (token_hash, family_id, user_id, scope, expires_at) on refresh_token to rapor_app;

      -- api_key: ENABLE only (the key lookup reads it as the owner). No policy admits the
      -- api_key role; keys are managed by operators, their province's reviewers and their
      -- region's admins.
      alter table api_key enable row level security;
      create policy api_key_select on api_key for select using (
        (select app_is_operator())
        or scope_province_id = (select app_review_province_id())
        or scope_region_id = (select app_admin_region_id())
      );
      create policy api_key_insert on api_key for insert with check (
        created_by = (select app_user_id())
        and ((select app_is_operator())
             or scope_province_id = (select app_review_province_id())
             or scope_region_id = (select app_admin_region_id()))
      );
      create policy api_key_update on api_key for update using (
        (select app_is_operator())
        or scope_province_id = (select app_review_province_id())
        or scope_region_id = (select app_admin_region_id())
      ) with check (
        (select app_is_operator())
        or scope_province_id = (select app_review_province_id())
        or scope_region_id = (select app_admin_region_id())
      );
      grant select (id, name, display_prefix, scope_province_id, scope_region_id, created_by, created_at, expires_at,
                    last_used_at, revoked_at) on api_key to rapor_app;
      grant insert (id, name, key_hash, display_prefix, scope_province_id, scope_region_id, created_by, expires_at)
        on api_key to rapor_app;
      grant update (revoked_at) on api_key to rapor_app;

      -- login_failure: no grants, no policies; only the owner's functions touch it.
      alter table login_failure enable row level security;

      -- Only an operator turns someone into an operator or back.
      create function auth_guard_operator_flag() returns trigger language plpgsql as $$
      begin
        if new.is_operator is distinct from old.is_operator and not app_is_operator() then
          raise exception 'only an operator may change who is an operator' using errcode = '42501';
        end if;
        return new;
      end $$;
      create trigger app_user_operator_flag before update of is_operator on app_user
        for each row execute function auth_guard_operator_flag();

      -- A password change or disabling bumps token_version: every refresh family ends too.
      create function auth_end_sessions() returns trigger language plpgsql security definer
        set search_path = public, pg_temp as $$
      begin
        update refresh_token set revoked_at = now() where user_id = new.id and revoked_at is null;
        return null;
      end $$;
      create trigger app_user_end_sessions after update of token_version, disabled_at on app_user
        for each row when (new.token_version is distinct from old.token_version
                           or (new.disabled_at is not null and old.disabled_at is null))
        execute function auth_end_sessions();

      create function auth_count_membership() returns trigger language plpgsql security definer
        set search_path = public, pg_temp as $$
      begin
        if tg_op = 'INSERT' then
          update app_user set membership_count = membership_count + 1 where id = new.user_id;
        else
          update app_user set membership_count = membership_count - 1 where id = old.user_id;
        end if;
        return null;
      end $$;
      create trigger region_membership_count after insert or delete on region_membership
        for each row execute function auth_count_membership();
      create trigger province_membership_count after insert or delete on province_membership
        for each row execute function auth_count_membership();

      -- Seconds until a sign-in for this account and address is allowed again; 0 when it is.
      -- The limits come from the application's configuration.
      create function auth_login_retry_after(p_email text, p_address text, p_window_seconds integer,
                                             p_max_per_account integer, p_max_per_address integer)
        returns integer language plpgsql stable security definer set search_path = public, pg_temp as $$
      declare
        since timestamptz := now() - make_interval(secs => p_window_seconds);
        account_nth timestamptz;
        address_nth timestamptz;
      begin
        -- The limit-th most recent failure leaves the window first among those that matter.
        select failed_at into account_nth from login_failure
          where email = lower(p_email) and failed_at > since
          order by failed_at desc offset greatest(p_max_per_account - 1, 0) limit 1;
        select failed_at into address_nth from login_failure
          where address = p_address and failed_at > since
          order by failed_at desc offset greatest(p_max_per_address - 1, 0) limit 1;
        return greatest(
          coalesce(ceil(extract(epoch from account_nth - since)), 0),
          coalesce(ceil(extract(epoch from address_nth - since)), 0),
          0)::integer;
      end $$;

      create function auth_record_login_failure(p_email text, p_address text) returns void
        language sql volatile security definer set search_path = public, pg_temp as $$
        delete from login_failure where failed_at < now() - interval '1 day';
        insert into login_failure (email, address) values (lower(left(p_email, 254)), left(p_address, 100));
      $$;

      -- A successful sign-in clears the failures of the signed-in user's account only.
      create function auth_clear_login_failures() returns void
        language sql volatile security definer set search_path = public, pg_temp as $$
        delete from login_failure where email = (select email from app_user where id = app_user_id());
      $$;

      create function auth_login_lookup(p_email text)
        returns table (id uuid, password_hash text, disabled boolean)
        language sql stable security definer set search_path = public, pg_temp as $$
        select u.id, u.password_hash, u.disabled_at is not null from app_user u where u.email = lower(p_email)
      $$;

      -- Granting a membership to an existing person by email; only for those who may grant.
      create function auth_user_id_by_email(p_email text) returns uuid
        language sql stable security definer set search_path = public, pg_temp as $$
        select u.id from app_user u
        where u.email = lower(p_email) and app_role() in ('operator', 'reviewer', 'region_admin')
      $$;

      -- Rotates a refresh token: the presented one is marked used and a new one joins its
      -- family. A token presented again after its rotation revokes the whole family.
      create function auth_rotate_refresh_token(p_old_hash bytea, p_new_hash bytea, p_expires_at timestamptz)
        returns table (status text, user_id uuid, family_id uuid, scope text)
        language plpgsql volatile security definer set search_path = public, pg_temp as $$
      #variable_conflict use_column
      declare
        t refresh_token%rowtype;
        user_disabled boolean;
      begin
        select * into t from refresh_token r where r.token_hash = p_old_hash for update;
        if not found then
          return query select 'invalid'::text, null::uuid, null::uuid, null::text;
          return;
        end if;
        if t.used_at is not null and t.revoked_at is null then
          update refresh_token r set revoked_at = now() where r.family_id = t.family_id and r.revoked_at is null;
          return query select 'reused'::text, t.user_id, t.family_id, null::text;
          return;
        end if;
        select u.disabled_at is not null into user_disabled from app_user u where u.id = t.user_id;
        if t.revoked_at is not null or t.used_at is not null or t.expires_at <= now() or user_disabled then
          return query select 'invalid'::text, null::uuid, null::uuid, null::text;
          return;
        end if;
        update refresh_token r set used_at = now() where r.id = t.id;
        insert into refresh_token (token_hash, family_id, user_id, scope, expires_at)
          values (p_new_hash, t.family_id, t.user_id, t.scope, p_expires_at);
        delete from refresh_token r where r.user_id = t.user_id and r.expires_at < now() - interval '1 day';
        return query select 'ok'::text, t.user_id, t.family_id, t.scope;
      end $$;

      -- Logout: ends the family of the presented refresh token.
      create function auth_revoke_refresh_family(p_hash bytea) returns boolean
        language sql volatile security definer set search_path = public, pg_temp as $$
        with token as (select family_id from refresh_token where token_hash = p_hash),
             revoked as (
               update refresh_token r set revoked_at = now()
               where r.family_id = (select family_id from token) and r.revoked_at is null
               returning 1)
        select exists (select 1 from token)
      $$;

      -- The active key with this hash, if any; its last use is written at most once a minute.
      create function auth_api_key(p_hash bytea)
        returns table (id uuid, scope_province_id text, scope_region_id text)
        language sql volatile security definer set search_path = public, pg_temp as $$
        with found as (
          select k.id, k.scope_province_id, k.scope_region_id, k.last_used_at from api_key k
          where k.key_hash = p_hash and k.revoked_at is null and (k.expires_at is null or k.expires_at > now())
        ), touched as (
          update api_key k set last_used_at = now()
          from found f where k.id = f.id and (f.last_used_at is null or f.last_used_at < now() - interval '1 minute')
          returning k.id
        )
        select f.id, f.scope_province_id, f.scope_region_id from found f
      $$;

      revoke all on function auth_guard_operator_flag(), auth_end_sessions(), auth_count_membership(),
        auth_login_retry_after(text, text, integer, integer, integer), auth_record_login_failure(text, text),
        auth_clear_login_failures(), auth_login_lookup(text), auth_user_id_by_email(text),
        auth_rotate_refresh_token(bytea, bytea, timestamptz), auth_revoke_refresh_family(bytea), auth_api_key(bytea)
        from public;
      grant execute on function auth_login_retry_after(text, text, integer, integer, integer), auth_record_login_failure(text, text),
        auth_clear_login_failures(), auth_login_lookup(text), auth_user_id_by_email(text),
        auth_rotate_refresh_token(bytea, bytea, timestamptz), auth_revoke_refresh_family(bytea), auth_api_key(bytea)
        to rapor_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop table api_key, refresh_token, login_failure, region_membership, province_membership, app_user;
      drop function auth_api_key(bytea), auth_revoke_refresh_family(bytea), auth_rotate_refresh_token(bytea, bytea, timestamptz),
        auth_user_id_by_email(text), auth_login_lookup(text), auth_clear_login_failures(), auth_record_login_failure(text, text),
        auth_login_retry_after(text, text, integer, integer, integer), auth_count_membership(), auth_end_sessions(),
        auth_guard_operator_flag(), app_manages_user(uuid, boolean, integer);
    `);
  }
}
