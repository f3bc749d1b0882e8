import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evaluation frameworks as versioned data: one row per version with its whole definition
 * (jsonb, as validated by libs/domain), and its tree flattened into framework_node for SQL.
 * Global reference data: readable by every signed-in principal, written by operators (and
 * by the owner's seed). A version becomes immutable once locked (when a period uses it).
 */
export class Frameworks1795481000000 implements MigrationInterface {
  name = 'Frameworks1795481000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table framework_version (
        id uuid primary key default gen_random_uuid(),
        code text not null check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
        version text not null check (version ~ '^[A-Za-z0-9._-]{1,40}$'),
        name_id text not null,
        name_en text not null,
        status text not null check (status in ('confirmed', 'partly', 'unconfirmed')),
        level text not null check (level in ('region', 'unit')),
        value_kind text not null check (value_kind in ('numeric', 'ordinal')),
        years_from int,
        years_to int,
        scale_min numeric not null,
        scale_max numeric not null,
        precision int not null check (precision between 0 and 6),
        higher_is_better boolean not null,
        published_grade_authoritative boolean not null,
        definition jsonb not null,
        source text not null check (source in ('shipped', 'operator')),
        created_by uuid,
        locked_at timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (code, version),
        check (scale_min < scale_max),
        check (years_from is null or years_to is null or years_from <= years_to)
      );
      comment on column framework_version.locked_at is 'Set when a period first uses the version; from then on it is immutable (a change is a new version).';

      create table framework_node (
        framework_version_id uuid not null references framework_version (id) on delete cascade,
        code text not null,
        parent_code text,
        depth int not null,
        position int not null,
        name_id text not null,
        name_en text not null,
        weight numeric not null check (weight >= 0),
        aggregation text check (aggregation in ('weighted_sum', 'weighted_mean', 'mean')),
        scale_min numeric not null,
        scale_max numeric not null,
        precision int not null,
        higher_is_better boolean not null,
        is_leaf boolean not null,
        status text not null check (status in ('confirmed', 'partly', 'unconfirmed')),
        regulation text not null,
        primary key (framework_version_id, code),
        foreign key (framework_version_id, parent_code) references framework_node (framework_version_id, code)
      );
      create index framework_node_parent_idx on framework_node (framework_version_id, parent_code);

      -- A locked version's definition and tree never change; it cannot be deleted.
      create function framework_version_guard() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          if old.locked_at is not null then
            raise exception 'framework % % is in use and cannot be deleted', old.code, old.version using errcode = 'P0001', hint = 'FRAMEWORK_VERSION_LOCKED';
          end if;
          return old;
        end if;
        if old.locked_at is not null and (new.definition is distinct from old.definition or new.code <> old.code or new.version <> old.version) then
          raise exception 'framework % % is in use and cannot change: add a new version', old.code, old.version using errcode = 'P0001', hint = 'FRAMEWORK_VERSION_LOCKED';
        end if;
        new.updated_at := now();
        return new;
      end $$;
      create trigger framework_version_guard before update or delete on framework_version
        for each row execute function framework_version_guard();

      create function framework_node_guard() returns trigger language plpgsql as $$
      declare locked timestamptz;
      begin
        select locked_at into locked from framework_version
          where id = coalesce(new.framework_version_id, old.framework_version_id);
        if locked is not null then
          raise exception 'the tree of a framework version in use cannot change' using errcode = 'P0001', hint = 'FRAMEWORK_VERSION_LOCKED';
        end if;
        return coalesce(new, old);
      end $$;
      create trigger framework_node_guard before insert or update or delete on framework_node
        for each row execute function framework_node_guard();

      alter table framework_version enable row level security;
      alter table framework_node enable row level security;
      create policy framework_version_select on framework_version for select using ((select app_role()) is not null);
      create policy framework_version_insert on framework_version for insert with check ((select app_is_operator()) and source = 'operator');
      create policy framework_node_select on framework_node for select using ((select app_role()) is not null);
      create policy framework_node_insert on framework_node for insert with check ((select app_is_operator()));
      grant select, insert on framework_version, framework_node to rapor_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop table framework_node;
      drop table framework_version;
      drop function framework_node_guard();
      drop function framework_version_guard();
    `);
  }
}
