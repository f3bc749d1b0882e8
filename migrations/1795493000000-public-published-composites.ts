import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a published result is (DESIGN "Tenancy and visibility", issue 14 item 9): once a period
 * is published, each region's composite (node "*": value, categories, rank) is readable by
 * everyone signed in, nationally, and so is the published period itself (framework, year,
 * revision). Ministries publish such national tables, and national aggregates (mean, median,
 * min, max per province) gave single values away anyway. Area and indicator results, values,
 * evidence, submissions, targets and everything unpublished keep their province-only policies.
 *
 * The owner-run national functions and the owner-only read policies they needed are dropped:
 * the national board now reads through the API role's own policies. Also `exact_percentile`,
 * an exact (SQL numeric) percentile for national means/medians and report aggregates, so no
 * float noise such as 47.004999999999995 reaches a client.
 */
export class PublicPublishedComposites1795493000000 implements MigrationInterface {
  name = 'PublicPublishedComposites1795493000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- Permissive: OR-ed with published_result_select (everything of the caller's province).
      -- published_result only ever holds published revisions (rows are written by publish).
      create policy published_result_select_composite on published_result for select using (
        node_code = '*' and (select app_role()) is not null
      );
      create policy period_select_published on assessment_period for select using (
        published_revision > 0 and (select app_role()) is not null
      );

      drop function national_region_ranks(text, int, text);
      drop function national_province_aggregates(text, int);
      drop function published_composites(text, int);
      drop policy published_result_owner_read on published_result;
      drop policy period_owner_read on assessment_period;

      -- Percentile p (0..1) of values sorted ascending, interpolated like percentile_cont, but in
      -- numeric: exact for the decimals the values have. NULL for an empty array.
      create function exact_percentile(sorted numeric[], p numeric) returns numeric
      language sql immutable parallel safe as $$
        select case when coalesce(cardinality(sorted), 0) = 0 then null
                    else sorted[floor(h)::int] + (h - floor(h)) * (sorted[ceil(h)::int] - sorted[floor(h)::int]) end
        from (select 1 + (coalesce(cardinality(sorted), 0) - 1) * p as h) pos
      $$;
      grant execute on function exact_percentile(numeric[], numeric) to rapor_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop function exact_percentile(numeric[], numeric);
      drop policy published_result_select_composite on published_result;
      drop policy period_select_published on assessment_period;
      create policy published_result_owner_read on published_result for select to rapor_owner using (true);
      create policy period_owner_read on assessment_period for select to rapor_owner using (true);

      create function published_composites(p_framework text, p_year int)
      returns table (region_id text, province_id text, kind text, value numeric, category text, framework_version text, score numeric)
      language sql stable security definer set search_path = public as $$
        select r.region_id, r.province_id, g.kind, r.value, coalesce(r.published_category, r.computed_category), f.version,
               case when f.higher_is_better then round(r.value, f.precision) else -round(r.value, f.precision) end
        from assessment_period p
        join framework_version f on f.id = p.framework_version_id
        join published_result r on r.period_id = p.id and r.revision = p.published_revision and r.node_code = '*'
        join region g on g.id = r.region_id
        where f.code = p_framework and p.year = p_year and p.published_revision > 0 and r.value is not null
      $$;
      revoke all on function published_composites(text, int) from public;
      create function national_province_aggregates(p_framework text, p_year int)
      returns table (province_id text, region_count int, mean numeric, median numeric, min numeric, max numeric)
      language sql stable security definer set search_path = public as $$
        select province_id, count(*)::int, avg(value), percentile_cont(0.5) within group (order by value)::numeric, min(value), max(value)
        from published_composites(p_framework, p_year)
        where app_role() is not null
        group by province_id
      $$;
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
}
