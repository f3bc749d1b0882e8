import { Injectable } from '@nestjs/common';
import { currentManager } from '@rapor/db';

export interface LeaderboardQuery {
  provinceCode: string;
  frameworkCode: string;
  year: number;
  nodeCode: string;
  kind: string | null;
  peerGroupId: string | null;
  provisional: boolean;
  /** A whitelisted ORDER BY expression (see SORTS). */
  orderBy: string;
}

export interface LeaderboardSqlRow {
  periodId: string | null;
  periodState: string | null;
  revision: number | null;
  frameworkVersionId: string | null;
  frameworkVersion: string | null;
  nodeKnown: boolean;
  previousYear: number | null;
  previousVersion: string | null;
  regionCode: string;
  regionName: string;
  kind: string;
  value: number | null;
  complete: boolean | null;
  publishedCategory: string | null;
  computedCategory: string | null;
  categoryMismatch: boolean | null;
  rank: number | null;
  rankedCount: number;
  provinceRank: number | null;
  previousValue: number | null;
  previousRank: number | null;
  gapToLeader: number | null;
  gapToNextRankUp: number | null;
  gapToMedian: number | null;
  median: number | null;
  targetCategory: string | null;
  targetRank: number | null;
}

/** Sortable columns: GraphQL enum value → SQL expression over the final select's aliases. */
export const SORTS: Record<string, string> = {
  RANK: 'rank',
  VALUE: 'value',
  NAME: '"regionName"',
  CODE: '"regionCode"',
  RANK_CHANGE: '("previousRank" - coalesce("provinceRank", rank))',
  VALUE_CHANGE: '(value - "previousValue")',
  GAP_TO_LEADER: '"gapToLeader"',
  GAP_TO_MEDIAN: '"gapToMedian"',
  CATEGORY: 'coalesce("publishedCategory", "computedCategory")',
};

// The period and the node's precision/direction; the previous published period of the same
// framework code in the province; the node's results (published, or provisional for
// reviewers); the members after filters; scores oriented so that higher is better; ranks,
// the leader, the median and the next distinct score up — all in one statement.
const LEADERBOARD_SQL = (orderBy: string) => `
with period as (
  select p.id, p.state, p.published_revision as rev, f.id as fv_id, f.version,
         coalesce(n.precision, f.precision) as precision, coalesce(n.higher_is_better, f.higher_is_better) as hib,
         ($4 = '*' or n.code is not null) as node_known
  from assessment_period p
  join framework_version f on f.id = p.framework_version_id
  left join framework_node n on n.framework_version_id = f.id and n.code = $4
  where p.province_id = $1 and f.code = $2 and p.year = $3
  order by p.published_revision desc
  limit 1
),
prev as (
  select p.id, p.published_revision as rev, p.year, f.version
  from assessment_period p join framework_version f on f.id = p.framework_version_id
  where p.province_id = $1 and f.code = $2 and p.year < $3 and p.published_revision > 0
  order by p.year desc
  limit 1
),
cur as (
  select r.region_id, r.value, r.complete, r.published_category, r.computed_category, r.category_mismatch, r.rank as province_rank
  from published_result r join period on r.period_id = period.id and r.revision = period.rev
  where not $7 and r.node_code = $4
  union all
  select r.region_id, r.value, r.complete, r.published_category, r.computed_category, r.category_mismatch, null
  from region_result r join period on r.period_id = period.id
  where $7 and r.node_code = $4
),
earlier as (
  select r.region_id, r.value, r.rank
  from published_result r join prev on r.period_id = prev.id and r.revision = prev.rev
  where r.node_code = $4
),
members as (
  select g.id, g.name, g.kind from region g
  where g.province_id = $1 and ($5::text is null or g.kind = $5)
    and ($6::uuid is null or g.id = any (coalesce((select pg.region_ids from peer_group pg where pg.id = $6), '{}')))
),
scored as (
  select m.id, m.name, m.kind, c.value, c.complete, c.published_category, c.computed_category, c.category_mismatch, c.province_rank,
         e.value as prev_value, e.rank as prev_rank,
         case when c.value is null then null when period.hib then round(c.value, period.precision) else -round(c.value, period.precision) end as score
  from members m
  left join period on true
  left join cur c on c.region_id = m.id
  left join earlier e on e.region_id = m.id
),
ranked as (
  select s.*,
         case when s.score is not null then rank() over (order by s.score desc nulls last) end as rnk,
         count(s.score) over () as ranked_count,
         max(s.score) over () as leader_score
  from scored s
),
median as (select percentile_cont(0.5) within group (order by score) as score from scored where score is not null),
ups as (select d.score, lag(d.score) over (order by d.score desc) as next_up from (select distinct score from scored where score is not null) d)
select * from (
  select period.id as "periodId", period.state as "periodState", period.rev as revision, period.fv_id as "frameworkVersionId",
         period.version as "frameworkVersion", coalesce(period.node_known, false) as "nodeKnown",
         prev.year as "previousYear", prev.version as "previousVersion",
         r.id as "regionCode", r.name as "regionName", r.kind,
         r.value::float8 as value, r.complete, r.published_category as "publishedCategory", r.computed_category as "computedCategory",
         r.category_mismatch as "categoryMismatch",
         r.rnk::int as rank, r.ranked_count::int as "rankedCount", r.province_rank as "provinceRank",
         r.prev_value::float8 as "previousValue", r.prev_rank as "previousRank",
         round(r.leader_score - r.score, 6)::float8 as "gapToLeader",
         round(u.next_up - r.score, 6)::float8 as "gapToNextRankUp",
         round(median.score::numeric - r.score, 6)::float8 as "gapToMedian",
         round((case when period.hib then median.score else -median.score end)::numeric, 6)::float8 as median,
         t.target_category as "targetCategory", t.target_rank as "targetRank"
  from ranked r
  left join period on true
  left join prev on true
  cross join median
  left join ups u on u.score = r.score
  left join target t on t.region_id = r.id and t.framework_code = $2 and t.year = $3
) board
order by (rank is null), ${orderBy}, "regionCode"`;

// Per area (top-level node) and for the composite ('*'): each region's value, its score at the
// node's precision (oriented: higher is better), its 0–1 position on the node's scale, the
// area's rank, quartile and median position — the common base of the heatmap and trailing.
const AREA_CELLS = `
period as (
  select p.id, p.state, p.published_revision as rev, f.id as fv_id, f.version, f.scale_min, f.scale_max, f.precision, f.higher_is_better
  from assessment_period p join framework_version f on f.id = p.framework_version_id
  where p.province_id = $1 and f.code = $2 and p.year = $3
  limit 1
),
areas as (
  select n.code, n.name_id, n.name_en, n.weight, n.position, n.scale_min, n.scale_max, n.precision, n.higher_is_better as hib
  from framework_node n join period on n.framework_version_id = period.fv_id where n.depth = 0
  union all
  select '*', 'Komposit', 'Composite', 0, -1, scale_min, scale_max, precision, higher_is_better from period
),
res as (
  select r.region_id, r.node_code, r.value from published_result r join period on r.period_id = period.id and r.revision = period.rev where not $4
  union all
  select r.region_id, r.node_code, r.value from region_result r join period on r.period_id = period.id where $4
),
cells as (
  select g.id, g.name, g.kind, a.code, a.name_id, a.name_en, a.weight, a.position, x.value,
         case when x.value is null then null when a.hib then round(x.value, a.precision) else -round(x.value, a.precision) end as score,
         case when x.value is null then null
              when a.hib then (x.value - a.scale_min) / nullif(a.scale_max - a.scale_min, 0)
              else (a.scale_max - x.value) / nullif(a.scale_max - a.scale_min, 0) end as pos
  from region g cross join areas a
  left join res x on x.region_id = g.id and x.node_code = a.code
  where g.province_id = $1
),
ranked as (
  select c.*,
         case when c.score is not null then rank() over (partition by c.code order by c.score desc nulls last) end as rnk,
         count(c.score) over (partition by c.code) as cnt
  from cells c
),
medians as (
  select code, percentile_cont(0.5) within group (order by pos) as med_pos from cells where pos is not null group by code
),
shortfalls as (
  select c.id, c.code, c.name_id, c.name_en, c.weight, c.value, (m.med_pos - c.pos) as shortfall, (m.med_pos - c.pos) * c.weight as weighted
  from cells c join medians m on m.code = c.code
  where c.code <> '*' and c.pos is not null
)`;

const HEATMAP_SQL = `
with ${AREA_CELLS}
select (select state from period) as "periodState", (select rev from period) as revision,
       r.id as "regionCode", r.name as "regionName", r.kind, r.code as "areaCode", r.name_id as "areaNameId", r.name_en as "areaNameEn",
       r.weight::float8 as weight, r.value::float8 as value, r.rnk::int as rank, r.cnt::int as "rankedCount",
       case when r.rnk is not null then (1 + floor(4.0 * (r.rnk - 1) / r.cnt))::int end as quartile
from ranked r
order by r.position, (r.rnk is null), r.rnk, r.id`;

const TRAILING_SQL = `
with ${AREA_CELLS}
select r.code as "areaCode", r.name_id as "areaNameId", r.name_en as "areaNameEn", r.id as "regionCode", r.name as "regionName", r.kind,
       r.value::float8 as value, r.rnk::int as rank, r.cnt::int as "rankedCount",
       (select coalesce(json_agg(w order by w."weightedShortfall" desc, w."areaCode"), '[]')
        from (select s.code as "areaCode", s.name_id as "nameId", s.name_en as "nameEn", s.value::float8 as value,
                     round(s.shortfall::numeric, 6)::float8 as shortfall, round(s.weighted::numeric, 6)::float8 as "weightedShortfall"
              from shortfalls s where s.id = r.id and s.weighted > 0
              order by s.weighted desc, s.code limit 3) w) as "weakestAreas"
from ranked r
where r.rnk is not null and r.rnk > r.cnt - $5
order by r.position, r.rnk desc, r.id`;

/** The only SQL of the leaderboards: each board is one statement (window functions). */
@Injectable()
export class LeaderboardsRepository {
  async leaderboard(q: LeaderboardQuery): Promise<LeaderboardSqlRow[]> {
    return currentManager().query(LEADERBOARD_SQL(q.orderBy), [
      q.provinceCode,
      q.frameworkCode,
      q.year,
      q.nodeCode,
      q.kind,
      q.peerGroupId,
      q.provisional,
    ]);
  }

  /**
   * What a published board depends on, as the caller sees it: the period's published revision,
   * the latest change of a visible target of the framework and year, and of the peer group.
   * Null when the caller sees no such period.
   */
  async boardVersion(provinceCode: string, frameworkCode: string, year: number, peerGroupId: string | null): Promise<string | null> {
    const [row] = await currentManager().query(
      `select p.id || ':' || p.published_revision || ':' ||
              (select count(*) || '@' || coalesce(max(t.updated_at)::text, '-') from target t where t.province_id = $1 and t.framework_code = $2 and t.year = $3) || ':' ||
              coalesce((select g.updated_at::text from peer_group g where g.id = $4), '-') as version
       from assessment_period p join framework_version f on f.id = p.framework_version_id
       where p.province_id = $1 and f.code = $2 and p.year = $3 and p.published_revision > 0
       order by p.published_revision desc limit 1`,
      [provinceCode, frameworkCode, year, peerGroupId],
    );
    return row?.version ?? null;
  }

  async heatmap(provinceCode: string, frameworkCode: string, year: number, provisional: boolean): Promise<HeatmapSqlRow[]> {
    return currentManager().query(HEATMAP_SQL, [provinceCode, frameworkCode, year, provisional]);
  }

  async trailing(provinceCode: string, frameworkCode: string, year: number, provisional: boolean, n: number): Promise<TrailingSqlRow[]> {
    return currentManager().query(TRAILING_SQL, [provinceCode, frameworkCode, year, provisional, n]);
  }
}

export interface HeatmapSqlRow {
  periodState: string | null;
  revision: number | null;
  regionCode: string;
  regionName: string;
  kind: string;
  areaCode: string;
  areaNameId: string;
  areaNameEn: string;
  weight: number;
  value: number | null;
  rank: number | null;
  rankedCount: number;
  quartile: number | null;
}

export interface WeakAreaRow {
  areaCode: string;
  nameId: string;
  nameEn: string;
  value: number;
  shortfall: number;
  weightedShortfall: number;
}

export interface TrailingSqlRow {
  areaCode: string;
  areaNameId: string;
  areaNameEn: string;
  regionCode: string;
  regionName: string;
  kind: string;
  value: number;
  rank: number;
  rankedCount: number;
  weakestAreas: WeakAreaRow[];
}
