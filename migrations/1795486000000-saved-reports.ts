import type { MigrationInterface, QueryRunner } from 'typeorm';

// Who writes a saved report: operators, the province's reviewers, the region's own team.
const WRITERS = `(select app_is_operator())
        or province_id = (select app_review_province_id())
        or (scope_region_id is not null and scope_region_id = (select app_team_region_id()))`;

/**
 * Saved reports: a named GraphQL document with its variables, stored for a province or for
 * one region, listed, run by name and exported (CSV, XLSX) by GraphQL clients.
 *
 * Visibility: a province's reports are read by everyone scoped to the province (its
 * reviewers, its regions' teams, its API keys); a region's reports by that region's team and
 * region-scoped keys, and by the province-wide principals (reviewers, province keys).
 * Writers: the province's reviewers (any scope of their province), a region's team (its own
 * region's reports), operators. API keys never write (their transactions are read-only).
 */
export class SavedReports1795486000000 implements MigrationInterface {
  name = 'SavedReports1795486000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table saved_report (
        id uuid primary key default gen_random_uuid(),
        province_id text not null references province (id),
        -- Not called region_id: it is nullable (province-wide reports) and not a tenant key.
        scope_region_id text references region (id),
        name text not null check (length(trim(name)) between 1 and 100 and name = trim(name)),
        description text check (length(description) <= 2000),
        document text not null check (length(document) between 1 and 20000),
        operation_name text check (operation_name ~ '^[_A-Za-z][_0-9A-Za-z]{0,99}$'),
        variables jsonb not null default '{}' check (jsonb_typeof(variables) = 'object'),
        created_by uuid references app_user (id),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check (scope_region_id is null or left(scope_region_id, 2) = province_id)
      );
      -- A name is unique within its scope; run-by-name prefers the caller's own region.
      create unique index saved_report_name_idx on saved_report (province_id, coalesce(scope_region_id, ''), lower(name));
      create index saved_report_region_idx on saved_report (scope_region_id) where scope_region_id is not null;
      comment on table saved_report is 'A named GraphQL query document and its variables, saved for a province or one region.';

      alter table saved_report enable row level security;
      alter table saved_report force row level security;
      create policy saved_report_select on saved_report for select using (
        (select app_is_operator())
        or (province_id = (select app_province_id())
            and (scope_region_id is null or (select app_region_id()) is null or scope_region_id = (select app_region_id())))
      );
      create policy saved_report_insert on saved_report for insert with check (${WRITERS});
      create policy saved_report_update on saved_report for update using (${WRITERS}) with check (${WRITERS});
      create policy saved_report_delete on saved_report for delete using (${WRITERS});
      grant select, insert, update, delete on saved_report to rapor_app;

      create trigger audit after insert or update or delete on saved_report for each row execute function audit_change('id');
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table saved_report;`);
  }
}
