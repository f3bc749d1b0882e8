import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Innovation counts for province leaderboards. Innovations are private to their region's team
 * and reviewers; what an innovation reached in the national competition (KIPP) once forwarded
 * is not: a function run as the owner returns, for one province the caller belongs to, only
 * each region's counts of forwarded innovations by stage — never titles or drafts.
 */
export class InnovationCounts1795489000000 implements MigrationInterface {
  name = 'InnovationCounts1795489000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create policy innovation_owner_read on innovation for select to rapor_owner using (true);

      create function province_innovation_counts(p_province text, p_year int)
      returns table (region_id text, forwarded int, by_stage jsonb)
      language sql stable security definer set search_path = public as $$
        select s.region_id, sum(s.n)::int, coalesce(jsonb_object_agg(s.stage, s.n) filter (where s.stage is not null), '{}'::jsonb)
        from (
          select region_id, stage, count(*)::int as n
          from innovation
          where province_id = p_province and status = 'forwarded' and (p_year is null or year = p_year)
          group by region_id, stage
        ) s
        where app_is_operator() or p_province = app_province_id()
        group by s.region_id
      $$;
      revoke all on function province_innovation_counts(text, int) from public;
      grant execute on function province_innovation_counts(text, int) to rapor_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop function province_innovation_counts(text, int);
      drop policy innovation_owner_read on innovation;
    `);
  }
}
