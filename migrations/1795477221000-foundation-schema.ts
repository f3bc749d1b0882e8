import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reference tables (provinces, regions), the principal helper functions every
 * row-level-security policy reads, and the first tenant table (a region's units).
 * Grants go to the group role `rapor_app`, of which the API's login role is a member.
 */
export class FoundationSchema1795477221000 implements MigrationInterface {
  name = 'FoundationSchema1795477221000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      do $$ begin
        if not exists (select from pg_roles where rolname = 'rapor_app') then
          raise exception 'role rapor_app is missing: create the roles first (see README, "Production")';
        end if;
      end $$;

      revoke all on schema public from public;
      grant usage on schema public to rapor_app;

      -- Principal helpers. Unset or empty settings read as NULL, so a policy comparing
      -- against them matches nothing: no context means no private rows, never an error.
      create function app_user_id() returns uuid language sql stable parallel safe
        as $$ select nullif(current_setting('app.user_id', true), '')::uuid $$;
      create function app_role() returns text language sql stable parallel safe
        as $$ select nullif(current_setting('app.role', true), '') $$;
      create function app_province_id() returns text language sql stable parallel safe
        as $$ select nullif(current_setting('app.province_id', true), '') $$;
      create function app_region_id() returns text language sql stable parallel safe
        as $$ select nullif(current_setting('app.region_id', true), '') $$;
      create function app_is_operator() returns boolean language sql stable parallel safe
        as $$ select coalesce(nullif(current_setting('app.role', true), '') = 'operator', false) $$;
      -- The province whose regions' private rows a reviewer may read.
      create function app_review_province_id() returns text language sql stable parallel safe
        as $$ select case when app_role() = 'reviewer' then app_province_id() end $$;
      -- The region whose private rows its own team (not an API key) may read.
      create function app_team_region_id() returns text language sql stable parallel safe
        as $$ select case when app_role() in ('region_admin', 'region_editor', 'region_viewer') then app_region_id() end $$;
      -- The region whose units and users its admin manages.
      create function app_admin_region_id() returns text language sql stable parallel safe
        as $$ select case when app_role() = 'region_admin' then app_region_id() end $$;
      -- The region whose values an editor (or admin) enters.
      create function app_editor_region_id() returns text language sql stable parallel safe
        as $$ select case when app_role() in ('region_admin', 'region_editor') then app_region_id() end $$;
      -- The province whose published results the caller may read (every scoped principal).
      create function app_visible_province_id() returns text language sql stable parallel safe
        as $$ select app_province_id() $$;
      grant execute on all functions in schema public to rapor_app;

      create table province (
        id text primary key check (id ~ '^[0-9]{2}$'),
        name text not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
      comment on table province is 'Provinsi, with its Kemendagri code (e.g. 19). Public reference data.';

      create table region (
        id text primary key check (id ~ '^[0-9]{2}\\.[0-9]{2}$'),
        province_id text not null references province (id),
        name text not null,
        kind text not null check (kind in ('kabupaten', 'kota')),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check (left(id, 2) = province_id)
      );
      create index region_province_idx on region (province_id, name);
      comment on table region is 'Kabupaten/kota (the tenant), keyed by its Kemendagri code (e.g. 19.71). Public reference data.';

      grant select on province, region to rapor_app;

      -- A region's OPDs and service units (Disdukcapil, DMPTSP, RSUD...). Tenant data.
      create table unit (
        region_id text not null references region (id),
        id uuid not null default gen_random_uuid(),
        province_id text not null generated always as (left(region_id, 2)) stored,
        name text not null check (length(trim(name)) between 1 and 200),
        type text not null default 'opd' check (type in ('opd', 'service_unit', 'kecamatan', 'hospital', 'other')),
        parent_id uuid,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (region_id, id),
        foreign key (region_id, parent_id) references unit (region_id, id),
        unique (region_id, name)
      );
      create index unit_province_idx on unit (province_id);

      alter table unit enable row level security;
      alter table unit force row level security;
      create policy unit_select on unit for select using (
        region_id = (select app_team_region_id())
        or province_id = (select app_review_province_id())
        or (select app_is_operator())
      );
      create policy unit_insert on unit for insert with check (
        region_id = (select app_admin_region_id()) or (select app_is_operator())
      );
      create policy unit_update on unit for update using (
        region_id = (select app_admin_region_id()) or (select app_is_operator())
      ) with check (
        region_id = (select app_admin_region_id()) or (select app_is_operator())
      );
      create policy unit_delete on unit for delete using (
        region_id = (select app_admin_region_id()) or (select app_is_operator())
      );
      grant select, insert, update, delete on unit to rapor_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop table unit;
      drop table region;
      drop table province;
      drop function app_visible_province_id(), app_editor_region_id(), app_admin_region_id(),
        app_team_region_id(), app_review_province_id(), app_is_operator(), app_region_id(),
        app_province_id(), app_role(), app_user_id();
    `);
  }
}
