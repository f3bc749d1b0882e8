import type { MigrationInterface, QueryRunner } from 'typeorm';

// Columns never copied into the audit log.
const SECRET_COLUMNS = `array['password_hash', 'key_hash', 'token_hash']`;

/**
 * The flow of a period: periods (per province, framework version and year), each region's
 * submission and values with evidence, computed results, published snapshots with ranks,
 * targets, innovations, and the append-only audit log that triggers fill.
 *
 * Visibility (DESIGN "Tenancy and visibility"): a region's values, submission, results,
 * targets and innovations are private to its team, its province's reviewers and operators;
 * published results are visible to everyone scoped to the province.
 */
export class Assessments1795482000000 implements MigrationInterface {
  name = 'Assessments1795482000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table assessment_period (
        id uuid primary key default gen_random_uuid(),
        province_id text not null references province (id),
        framework_version_id uuid not null references framework_version (id),
        year int not null check (year between 1990 and 2100),
        state text not null default 'open' check (state in ('open', 'in_review', 'published', 'amended')),
        deadline date,
        published_revision int not null default 0,
        opened_by uuid,
        published_at timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (province_id, framework_version_id, year)
      );
      comment on column assessment_period.published_revision is 'How many times the period was published; amendments publish a new revision and keep the earlier ones.';
      alter table assessment_period enable row level security;
      alter table assessment_period force row level security;
      create policy period_select on assessment_period for select using (
        province_id = (select app_province_id()) or (select app_is_operator())
      );
      create policy period_insert on assessment_period for insert with check (
        province_id = (select app_review_province_id()) or (select app_is_operator())
      );
      create policy period_update on assessment_period for update using (
        province_id = (select app_review_province_id()) or (select app_is_operator())
      ) with check (
        province_id = (select app_review_province_id()) or (select app_is_operator())
      );
      create policy period_delete on assessment_period for delete using ((select app_is_operator()) and state = 'open');
      grant select, insert, update, delete on assessment_period to rapor_app;

      -- A version used by a period is immutable from then on.
      create function lock_framework_version() returns trigger language plpgsql security definer set search_path = public as $$
      begin
        update framework_version set locked_at = coalesce(locked_at, now()) where id = new.framework_version_id;
        return new;
      end $$;
      create trigger assessment_period_locks_framework after insert on assessment_period
        for each row execute function lock_framework_version();

      create table region_submission (
        region_id text not null references region (id),
        period_id uuid not null references assessment_period (id),
        province_id text not null generated always as (left(region_id, 2)) stored,
        state text not null default 'draft' check (state in ('draft', 'submitted', 'returned', 'verified')),
        submitted_at timestamptz,
        submitted_by uuid,
        return_comment text,
        verified_at timestamptz,
        updated_at timestamptz not null default now(),
        primary key (region_id, period_id)
      );
      create index region_submission_period_idx on region_submission (period_id, province_id);

      create table assessment_value (
        region_id text not null references region (id),
        id uuid not null default gen_random_uuid(),
        province_id text not null generated always as (left(region_id, 2)) stored,
        period_id uuid not null references assessment_period (id),
        framework_version_id uuid not null references framework_version (id),
        node_code text not null,
        unit_id uuid,
        value numeric,
        published_category text,
        evidence_url text check (evidence_url is null or evidence_url ~ '^https?://'),
        evidence_note text check (length(evidence_note) <= 4000),
        evidence_ref text check (length(evidence_ref) <= 500),
        state text not null default 'draft' check (state in ('draft', 'submitted', 'returned', 'verified')),
        source text not null default 'entry' check (source in ('entry', 'import')),
        source_note text,
        original_value numeric,
        correction_reason text,
        review_comment text,
        entered_by uuid,
        verified_by uuid,
        verified_at timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (region_id, id),
        foreign key (region_id, unit_id) references unit (region_id, id),
        check (value is not null or published_category is not null)
      );
      -- One value per node (and unit) per period; '*' is the framework's composite (official imports).
      create unique index assessment_value_slot_idx on assessment_value
        (region_id, period_id, node_code, coalesce(unit_id, '00000000-0000-0000-0000-000000000000'));
      create index assessment_value_period_idx on assessment_value (period_id, province_id);

      create table region_result (
        region_id text not null references region (id),
        period_id uuid not null references assessment_period (id),
        node_code text not null,
        province_id text not null generated always as (left(region_id, 2)) stored,
        value numeric,
        complete boolean not null,
        missing text[] not null default '{}',
        computed_category text,
        published_category text,
        category_mismatch boolean not null default false,
        evaluated_units jsonb,
        source text not null check (source in ('computed', 'official')),
        computed_at timestamptz not null default now(),
        primary key (region_id, period_id, node_code)
      );
      create index region_result_period_idx on region_result (period_id, node_code);
      comment on table region_result is 'Current (provisional) results of a region in a period, recomputed when its values change state. Node "*" is the composite.';

      create table published_result (
        region_id text not null references region (id),
        period_id uuid not null references assessment_period (id),
        revision int not null,
        node_code text not null,
        province_id text not null generated always as (left(region_id, 2)) stored,
        value numeric,
        complete boolean not null,
        computed_category text,
        published_category text,
        category_mismatch boolean not null default false,
        rank int,
        ranked_count int,
        evaluated_units jsonb,
        source text not null check (source in ('computed', 'official')),
        published_at timestamptz not null default now(),
        primary key (region_id, period_id, revision, node_code)
      );
      create index published_result_lookup_idx on published_result (period_id, revision, node_code, province_id);
      comment on table published_result is 'Frozen results of each publication of a period, with ranks; never updated (an amendment publishes a new revision).';

      create table target (
        region_id text not null references region (id),
        framework_code text not null,
        year int not null check (year between 1990 and 2100),
        province_id text not null generated always as (left(region_id, 2)) stored,
        target_category text,
        target_rank int check (target_rank > 0),
        note text check (length(note) <= 2000),
        set_by uuid,
        updated_at timestamptz not null default now(),
        primary key (region_id, framework_code, year),
        check (target_category is not null or target_rank is not null)
      );

      create table innovation (
        region_id text not null references region (id),
        id uuid not null default gen_random_uuid(),
        province_id text not null generated always as (left(region_id, 2)) stored,
        unit_id uuid,
        title text not null check (length(trim(title)) between 3 and 300),
        year int not null check (year between 1990 and 2100),
        description text check (length(description) <= 10000),
        status text not null default 'draft' check (status in ('draft', 'submitted', 'forwarded')),
        stage text,
        created_by uuid,
        submitted_at timestamptz,
        forwarded_at timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (region_id, id),
        foreign key (region_id, unit_id) references unit (region_id, id)
      );
      comment on column innovation.stage is 'KIPP stage reached (band code of the KIPP framework), once forwarded.';
    `);

    // Row-level security of the region tables: private to the team, reviewers and operators.
    // Writers: values and innovations by editors (and admins); submissions by editors/admins;
    // results by whoever triggers a recomputation; published results only by reviewers.
    for (const [table, writers] of [
      ['region_submission', `region_id = (select app_editor_region_id()) or province_id = (select app_review_province_id()) or (select app_is_operator())`],
      ['region_result', `region_id = (select app_editor_region_id()) or province_id = (select app_review_province_id()) or (select app_is_operator())`],
      ['target', `region_id = (select app_admin_region_id()) or (select app_is_operator())`],
      ['innovation', `region_id = (select app_editor_region_id()) or province_id = (select app_review_province_id()) or (select app_is_operator())`],
    ] as const) {
      await q.query(`
        alter table ${table} enable row level security;
        alter table ${table} force row level security;
        create policy ${table}_select on ${table} for select using (
          region_id = (select app_team_region_id()) or province_id = (select app_review_province_id()) or (select app_is_operator())
        );
        create policy ${table}_insert on ${table} for insert with check (${writers});
        create policy ${table}_update on ${table} for update using (${writers}) with check (${writers});
        create policy ${table}_delete on ${table} for delete using (${writers});
        grant select, insert, update, delete on ${table} to rapor_app;
      `);
    }

    await q.query(`
      -- Values: editors change their region's drafts and returned values only; reviewers never
      -- touch a draft (they correct submitted values, or import verified official ones).
      alter table assessment_value enable row level security;
      alter table assessment_value force row level security;
      create policy assessment_value_select on assessment_value for select using (
        region_id = (select app_team_region_id()) or province_id = (select app_review_province_id()) or (select app_is_operator())
      );
      create policy assessment_value_insert on assessment_value for insert with check (
        (region_id = (select app_editor_region_id()) and state = 'draft' and source = 'entry')
        or (province_id = (select app_review_province_id()) and state = 'verified' and source = 'import')
        or (select app_is_operator())
      );
      create policy assessment_value_update on assessment_value for update using (
        (region_id = (select app_editor_region_id()) and state in ('draft', 'returned'))
        or (province_id = (select app_review_province_id()) and state <> 'draft')
        or (select app_is_operator())
      ) with check (
        (region_id = (select app_editor_region_id()) and state in ('draft', 'returned', 'submitted'))
        or (province_id = (select app_review_province_id()) and state <> 'draft')
        or (select app_is_operator())
      );
      create policy assessment_value_delete on assessment_value for delete using (
        (region_id = (select app_editor_region_id()) and state = 'draft') or (select app_is_operator())
      );
      grant select, insert, update, delete on assessment_value to rapor_app;

      -- Published results: visible to everyone scoped to the province; written once by reviewers.
      alter table published_result enable row level security;
      alter table published_result force row level security;
      create policy published_result_select on published_result for select using (
        province_id = (select app_province_id()) or (select app_is_operator())
      );
      create policy published_result_insert on published_result for insert with check (
        province_id = (select app_review_province_id()) or (select app_is_operator())
      );
      create policy published_result_update on published_result for update using (false) with check (false);
      create policy published_result_delete on published_result for delete using (false);
      grant select, insert on published_result to rapor_app;

      -- Nothing of a published period changes: not its values, submissions or results.
      create function forbid_published_period_change() returns trigger language plpgsql as $$
      declare st text;
      begin
        select state into st from assessment_period where id = coalesce(new.period_id, old.period_id);
        if st = 'published' then
          raise exception 'the period is published: open an amendment to change it' using errcode = 'P0001', hint = 'PERIOD_ALREADY_PUBLISHED';
        end if;
        return coalesce(new, old);
      end $$;
      create trigger assessment_value_period_open before insert or update or delete on assessment_value
        for each row execute function forbid_published_period_change();
      create trigger region_submission_period_open before insert or update or delete on region_submission
        for each row execute function forbid_published_period_change();
      create trigger region_result_period_open before insert or update or delete on region_result
        for each row execute function forbid_published_period_change();

      -- The audit log: append-only, written only by triggers (as the owner), never by the API role.
      create table audit_log (
        id bigint generated always as identity primary key,
        at timestamptz not null default now(),
        actor_user_id uuid,
        actor_role text,
        actor_api_key_id uuid,
        request_id text,
        scope_province_id text,
        scope_region_id text,
        entity text not null,
        entity_key jsonb not null,
        action text not null check (action in ('insert', 'update', 'delete')),
        before jsonb,
        after jsonb,
        reason text
      );
      create index audit_log_scope_idx on audit_log (scope_province_id, scope_region_id, at desc);
      create index audit_log_entity_idx on audit_log (entity, at desc);
      alter table audit_log enable row level security;
      alter table audit_log force row level security;
      create policy audit_log_select on audit_log for select using (
        (select app_is_operator())
        or (scope_province_id is not null and scope_province_id = (select app_review_province_id()))
        or (scope_region_id is not null and scope_region_id = (select app_admin_region_id()))
      );
      create policy audit_log_insert on audit_log for insert to rapor_owner with check (true);
      grant select on audit_log to rapor_app;

      create function forbid_audit_change() returns trigger language plpgsql as $$
      begin
        raise exception 'the audit log is append-only' using errcode = 'P0001', hint = 'AUDIT_LOG_APPEND_ONLY';
      end $$;
      create trigger audit_log_append_only before update or delete on audit_log
        for each row execute function forbid_audit_change();
      create trigger audit_log_no_truncate before truncate on audit_log
        for each statement execute function forbid_audit_change();

      -- Records a change of any audited table: who (from the transaction's principal settings),
      -- when, before, after, and the reason the service put in app.audit_reason.
      create function audit_change() returns trigger language plpgsql security definer set search_path = public as $$
      declare
        old_row jsonb := case when tg_op <> 'INSERT' then to_jsonb(old) - ${SECRET_COLUMNS} end;
        new_row jsonb := case when tg_op <> 'DELETE' then to_jsonb(new) - ${SECRET_COLUMNS} end;
        row jsonb := coalesce(new_row, old_row);
        key_columns text[] := tg_argv;
        entity_key jsonb := '{}'::jsonb;
        col text;
      begin
        if tg_op = 'UPDATE' and old_row = new_row then
          return new;
        end if;
        foreach col in array key_columns loop
          entity_key := entity_key || jsonb_build_object(col, row -> col);
        end loop;
        insert into audit_log (actor_user_id, actor_role, actor_api_key_id, request_id, scope_province_id, scope_region_id,
                               entity, entity_key, action, before, after, reason)
        values (app_user_id(), app_role(), nullif(current_setting('app.api_key_id', true), '')::uuid,
                nullif(current_setting('app.request_id', true), ''),
                coalesce(row ->> 'province_id', left(row ->> 'region_id', 2)), row ->> 'region_id',
                tg_table_name, entity_key, lower(tg_op), old_row, new_row,
                nullif(current_setting('app.audit_reason', true), ''));
        return coalesce(new, old);
      end $$;

      create trigger audit after insert or update or delete on assessment_period for each row execute function audit_change('id');
      create trigger audit after insert or update or delete on region_submission for each row execute function audit_change('region_id', 'period_id');
      create trigger audit after insert or update or delete on assessment_value for each row execute function audit_change('region_id', 'id');
      create trigger audit after insert or update or delete on target for each row execute function audit_change('region_id', 'framework_code', 'year');
      create trigger audit after insert or update or delete on innovation for each row execute function audit_change('region_id', 'id');
      create trigger audit after insert or update or delete on unit for each row execute function audit_change('region_id', 'id');
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop trigger audit on unit;
      drop table audit_log, innovation, target, published_result, region_result, assessment_value, region_submission, assessment_period;
      drop function audit_change(), forbid_audit_change(), forbid_published_period_change(), lock_framework_version();
    `);
  }
}
