import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Peer groups (user-defined lists of a province's regions, for leaderboard filters) and the
 * national aggregates that may cross provinces: province means and medians, and national
 * ranks — returned only for regions the caller may see (operators see all).
 */
export class Leaderboards1795485000000 implements MigrationInterface {
  name = 'Leaderboards1795485000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table peer_group (
        id uuid primary key default gen_random_uuid(),
        province_id text not null references province (id),
        name text not null check (length(trim(name)) between 1 and 100),
        region_ids text[] not null check (cardinality(region_ids) between 1 and 100),
        created_by uuid,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (province_id, name)
      );
      -- Every region of a peer group belongs to its province.
      create function peer_group_regions_in_province() returns trigger language plpgsql as $$
      begin
        if exists (select 1 from unnest(new.region_ids) r where left(r, 2) <> new.province_id or not exists (select 1 from region where id = r)) then
          raise exception 'every region of a peer group must be a region of province %', new.province_id using errcode = '23514';
        end if;
        return new;
      end $$;
      create trigger peer_group_regions before insert or update on peer_group for each row execute function peer_group_regions_in_province();

      alter table peer_group enable row level security;
      alter table peer_group force row level security;
      create policy peer_group_select on peer_group for select using (province_id = (select app_province_id()) or (select app_is_operator()));
      create policy peer_group_insert on peer_group for insert with check (province_id = (select app_review_province_id()) or (select app_is_operator()));
      create policy peer_group_update on peer_group for update using (province_id = (select app_review_province_id()) or (select app_is_operator()))
        with check (province_id = (select app_review_province_id()) or (select app_is_operator()));
      create policy peer_group_delete on peer_group for delete using (province_id = (select app_review_province_id()) or (select app_is_operator()));
      grant select, insert, update, delete on peer_group to rapor_app;

      -- The functions below run as the owner (security definer) to aggregate across provinces.
      -- FORCE RLS holds the owner to the policies too, so these policies let the owner (and
      -- nobody else) read published results and periods; drafts stay out of reach.
      create policy published_result_owner_read on published_result for select to rapor_owner using (true);
      create policy period_owner_read on assessment_period for select to rapor_owner using (true);

      -- The latest published composite of every region for a framework and year (all provinces).
      create function published_composites(p_framework text, p_year int)
      returns table (region_id text, province_id text, kind text, value numeric, category text, framework_version text, score numeric)
      language sql stable security definer set search_path = public as $$
        -- score: the value at the framework's published precision, oriented so higher is better
        select r.region_id, r.province_id, g.kind, r.value, coalesce(r.published_category, r.computed_category), f.version,
               case when f.higher_is_better then round(r.value, f.precision) else -round(r.value, f.precision) end
        from assessment_period p
        join framework_version f on f.id = p.framework_version_id
        join published_result r on r.period_id = p.id and r.revision = p.published_revision and r.node_code = '*'
        join region g on g.id = r.region_id
        where f.code = p_framework and p.year = p_year and p.published_revision > 0 and r.value is not null
      $$;
      revoke all on function published_composites(text, int) from public;

      -- National aggregates, published as such: every province's mean, median and count.
      create function national_province_aggregates(p_framework text, p_year int)
      returns table (province_id text, region_count int, mean numeric, median numeric, min numeric, max numeric)
      language sql stable security definer set search_path = public as $$
        select province_id, count(*)::int, avg(value), percentile_cont(0.5) within group (order by value)::numeric, min(value), max(value)
        from published_composites(p_framework, p_year)
        where app_role() is not null
        group by province_id
      $$;

      -- National ranks of regions of one kind: computed over all provinces, returned only for
      -- the regions the caller may see (its own province; everything for operators).
      create function national_region_ranks(p_framework text, p_year int, p_kind text)
      returns table (region_id text, province_id text, value numeric, category text, national_rank int, national_count int)
      language sql stable security definer set search_path = public as $$
        select * from (
          select c.region_id, c.province_id, c.value, c.category,
                 rank() over (order by c.score desc)::int, count(*) over ()::int
          from published_composites(p_framework, p_year) c
          where p_kind is null or c.kind = p_kind
        ) ranked
        where app_is_operator() or ranked.province_id = app_province_id()
      $$;
      grant execute on function national_province_aggregates(text, int), national_region_ranks(text, int, text) to rapor_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop function national_region_ranks(text, int, text), national_province_aggregates(text, int), published_composites(text, int);
      drop policy published_result_owner_read on published_result;
      drop policy period_owner_read on assessment_period;
      drop table peer_group;
      drop function peer_group_regions_in_province();
    `);
  }
}
