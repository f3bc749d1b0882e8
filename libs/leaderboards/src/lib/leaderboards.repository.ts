import { Injectable } from '@nestjs/common';
import { currentManager, prepared, queryEnding } from '@rapor/db';
import type { LeaderboardSort, SortDirection } from './models/leaderboard.model';

export interface LeaderboardQuery {
  provinceCode: string;
  frameworkCode: string;
  year: number;
  nodeCode: string;
  kind: string | null;
  peerGroupId: string | null;
  provisional: boolean;
  /** The GraphQL enum's values (LeaderboardSort, SortDirection); mapped to SQL in the repository. */
  sortBy: `${LeaderboardSort}`;
  direction: `${SortDirection}`;
}

export interface LeaderboardSqlRow {
  periodId: string | null;
  periodState: string | null;
  revision: number | null;
  frameworkVersionId: string | null;
  frameworkVersion: string | null;
  /** Decimals of the ranked node (the framework's, or the node's own). */
  precision: number | null;
  nodeKnown: boolean;
  previousYear: number | null;
  previousVersion: string | null;
  regionCode: string;
  regionName: string;
  kind: string;
  /** At the node's precision (numeric rounding in SQL). */
  value: number | null;
  complete: boolean | null;
  publishedCategory: string | null;
  computedCategory: string | null;
  categoryMismatch: boolean | null;
  rank: number | null;
  rankedCount: number;
  provinceRank: number | null;
  /** At the node's precision. */
  previousValue: number | null;
  previousRank: number | null;
  /** Rank among the regions with a value in both periods (this one and the previous). */
  commonRank: number | null;
  /** Previous-period rank among those same regions. */
  previousCommonRank: number | null;
  /** How many regions have a value in both periods. */
  commonCount: number;
  /** Provisional boards: true when the region's submission is in (submitted or verified); null on published boards. */
  submitted: boolean | null;
  /** Places gained as SQL computes them (the sort key of RANK_CHANGE); the API returns the domain's. */
  rankChange: number | null;
  /** Value change of the rounded values as SQL computes it (the sort key of VALUE_CHANGE). */
  valueChange: number | null;
  gapToLeader: number | null;
  gapToNextRankUp: number | null;
  gapToMedian: number | null;
  /** Province median at one more decimal than the precision. */
  median: number | null;
  /** Unit ids the value rests on (unit-level frameworks), now and in the previous period. */
  evaluatedUnits: string[] | null;
  previousEvaluatedUnits: string[] | null;
  targetCategory: string | null;
  targetRank: number | null;
}

/** Sortable columns: GraphQL enum value → SQL expression over the final select's aliases (mapped here only). */
const SORTS: Record<`${LeaderboardSort}`, string> = {
  RANK: 'rank',
  VALUE: 'value',
  NAME: '"regionName"',
  CODE: '"regionCode"',
  RANK_CHANGE: '"rankChange"',
  VALUE_CHANGE: '"valueChange"',
  GAP_TO_LEADER: '"gapToLeader"',
  GAP_TO_MEDIAN: '"gapToMedian"',
  // Band order is the scheme's (AA, A, BB...), not the alphabet: the service orders by it,
  // keeping this order (rank) within a band.
  CATEGORY: 'rank',
};

// The previous published period of the same framework code in the province (the latest earlier
// year; its latest revision): one definition for the board and for the board's version.
const PREV_PERIOD = `
  select p.id, p.published_revision as rev, p.year, f.version, f.id as fv_id
  from assessment_period p join framework_version f on f.id = p.framework_version_id
  where p.province_id = $1 and f.code = $2 and p.year < $3 and p.published_revision > 0
  order by p.year desc, p.published_revision desc, p.id
  limit 1`;

// The period and the node's precision/direction; the previous published period; the node's
// results (published, or provisional for reviewers); the members after filters; scores at the
// precision oriented so that higher is better (numeric: no float noise); ranks, the leader,
// the exact median and the next distinct score up; ranks of both periods among the regions with
// a value in both (like-with-like movement for provisional boards) — all in one statement.
// Built once per combination of filters (provisional, kind, peer group, sort), so that the named
// statement holds only real parameters and its generic plan is as good as a custom one.
const leaderboardSql = (q: Pick<LeaderboardQuery, 'provisional' | 'sortBy' | 'direction'>, kind: string | null, peerGroup: string | null) => `
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
prev as (${PREV_PERIOD}),
cur as (
  select r.region_id, r.value, r.complete, r.published_category, r.computed_category, r.category_mismatch,
         ${q.provisional ? 'null::int' : 'r.rank'} as province_rank, r.evaluated_units
  from ${q.provisional ? 'region_result' : 'published_result'} r
  join period on r.period_id = period.id${q.provisional ? '' : ' and r.revision = period.rev'}
  where r.node_code = $4
),
earlier as (
  select r.region_id, r.value, r.rank, r.evaluated_units
  from published_result r join prev on r.period_id = prev.id and r.revision = prev.rev
  where r.node_code = $4
),
members as (
  select g.id, g.name, g.kind from region g
  where g.province_id = $1${kind ? ` and g.kind = ${kind}` : ''}${
    peerGroup ? ` and g.id = any (coalesce((select pg.region_ids from peer_group pg where pg.id = ${peerGroup}::uuid), '{}'))` : ''
  }
),
scored as (
  select m.id, m.name, m.kind, c.value, c.complete, c.published_category, c.computed_category, c.category_mismatch, c.province_rank,
         c.evaluated_units, e.evaluated_units as prev_units, e.rank as prev_rank,
         round(c.value, period.precision) as shown, round(e.value, period.precision) as prev_shown,
         case when c.value is null then null when period.hib then round(c.value, period.precision) else -round(c.value, period.precision) end as score,
         case when e.value is null then null when period.hib then round(e.value, period.precision) else -round(e.value, period.precision) end as prev_score,
         ${
           q.provisional
             ? `exists (select 1 from region_submission s where s.period_id = period.id and s.region_id = m.id and s.state in ('submitted', 'verified'))`
             : 'null::boolean'
         } as submitted
  from members m
  left join period on true
  left join cur c on c.region_id = m.id
  left join earlier e on e.region_id = m.id
),
ranked as (
  select s.*,
         case when s.score is not null then rank() over (order by s.score desc nulls last) end as rnk,
         count(s.score) over () as ranked_count,
         max(s.score) over () as leader_score,
         case when s.score is not null and s.prev_score is not null
              then rank() over (partition by s.score is not null and s.prev_score is not null order by s.score desc) end as common_rank,
         case when s.score is not null and s.prev_score is not null
              then rank() over (partition by s.score is not null and s.prev_score is not null order by s.prev_score desc) end as prev_common_rank,
         count(*) filter (where s.score is not null and s.prev_score is not null) over () as common_count
  from scored s
),
median as (
  select round(avg(x.score), (select precision from period) + 1) as score
  from (select score, row_number() over (order by score) as i, count(*) over () as n from scored where score is not null) x
  where x.i in ((x.n + 1) / 2, (x.n + 2) / 2)
),
ups as (select d.score, lag(d.score) over (order by d.score desc) as next_up from (select distinct score from scored where score is not null) d)
select * from (
  select period.id as "periodId", period.state as "periodState", period.rev as revision, period.fv_id as "frameworkVersionId",
         period.version as "frameworkVersion", period.precision, coalesce(period.node_known, false) as "nodeKnown",
         prev.year as "previousYear", prev.version as "previousVersion",
         r.id as "regionCode", r.name as "regionName", r.kind,
         r.shown::float8 as value, r.complete, r.published_category as "publishedCategory", r.computed_category as "computedCategory",
         r.category_mismatch as "categoryMismatch",
         r.rnk::int as rank, r.ranked_count::int as "rankedCount", r.province_rank as "provinceRank",
         r.prev_shown::float8 as "previousValue", r.prev_rank as "previousRank",
         r.common_rank::int as "commonRank", r.prev_common_rank::int as "previousCommonRank", r.common_count::int as "commonCount",
         r.submitted,
         ${q.provisional ? '(r.prev_common_rank - r.common_rank)::int' : 'r.prev_rank - coalesce(r.province_rank, r.rnk)::int'} as "rankChange",
         (r.shown - r.prev_shown)::float8 as "valueChange",
         (r.leader_score - r.score)::float8 as "gapToLeader",
         (u.next_up - r.score)::float8 as "gapToNextRankUp",
         (median.score - r.score)::float8 as "gapToMedian",
         (case when period.hib then median.score else -median.score end)::float8 as median,
         r.evaluated_units as "evaluatedUnits", r.prev_units as "previousEvaluatedUnits",
         t.target_category as "targetCategory", t.target_rank as "targetRank"
  from ranked r
  left join period on true
  left join prev on true
  cross join median
  left join ups u on u.score = r.score
  left join target t on t.region_id = r.id and t.framework_code = $2 and t.year = $3
) board
order by (rank is null), ${SORTS[q.sortBy]} ${q.direction === 'DESC' ? 'desc' : 'asc'} nulls last, "regionCode"`;

const leaderboards = new Map<string, string>();

/** The leaderboard statement of one combination of filters, with its real parameters. */
function leaderboardStatement(q: LeaderboardQuery): { sql: string; params: unknown[] } {
  const params: unknown[] = [q.provinceCode, q.frameworkCode, q.year, q.nodeCode];
  const kind = q.kind === null ? null : `$${params.push(q.kind)}`;
  const peerGroup = q.peerGroupId === null ? null : `$${params.push(q.peerGroupId)}`;
  const key = [q.provisional, kind, peerGroup, q.sortBy, q.direction].join('|');
  let sql = leaderboards.get(key);
  if (!sql) {
    sql = prepared(leaderboardSql(q, kind, peerGroup));
    leaderboards.set(key, sql);
  }
  return { sql, params };
}

// Per area (top-level node) and for the composite ('*'): each region's value at the node's
// precision, its score (oriented: higher is better), its 0–1 position on the node's scale, the
// area's rank, quartile and median position, the composite's category, and (provisional) whether
// the region has submitted — the common base of the heatmap and trailing.
const areaCells = (provisional: boolean) => `
period as (
  select p.id, p.state, p.published_revision as rev, f.id as fv_id, f.version, f.scale_min, f.scale_max, f.precision, f.higher_is_better
  from assessment_period p join framework_version f on f.id = p.framework_version_id
  where p.province_id = $1 and f.code = $2 and p.year = $3
  order by p.published_revision desc
  limit 1
),
areas as (
  select n.code, n.name_id, n.name_en, n.weight, n.position, n.scale_min, n.scale_max, n.precision, n.higher_is_better as hib
  from framework_node n join period on n.framework_version_id = period.fv_id where n.depth = 0
  union all
  select '*', 'Komposit', 'Composite', 0, -1, scale_min, scale_max, precision, higher_is_better from period
),
res as (
  select r.region_id, r.node_code, r.value, coalesce(r.published_category, r.computed_category) as category
  from ${provisional ? 'region_result r join period on r.period_id = period.id' : 'published_result r join period on r.period_id = period.id and r.revision = period.rev'}
),
cells as (
  select g.id, g.name, g.kind, a.code, a.name_id, a.name_en, a.weight, a.position, x.value, round(x.value, a.precision) as shown,
         case when a.code = '*' then x.category end as category,
         case when x.value is null then null when a.hib then round(x.value, a.precision) else -round(x.value, a.precision) end as score,
         case when x.value is null then null
              when a.hib then (x.value - a.scale_min) / nullif(a.scale_max - a.scale_min, 0)
              else (a.scale_max - x.value) / nullif(a.scale_max - a.scale_min, 0) end as pos,
         ${
           provisional
             ? `exists (select 1 from region_submission s join period on s.period_id = period.id
                        where s.region_id = g.id and s.state in ('submitted', 'verified'))`
             : 'null::boolean'
         } as submitted
  from region g cross join areas a
  left join res x on x.region_id = g.id and x.node_code = a.code
  where g.province_id = $1
),
ranked as (
  select c.*,
         case when c.score is not null then rank() over (partition by c.code order by c.score desc nulls last) end as rnk,
         count(c.score) over (partition by c.code) as cnt,
         count(*) over (partition by c.code) as regions,
         ${provisional ? 'count(*) filter (where not c.submitted) over (partition by c.code)' : 'null::bigint'} as not_submitted
  from cells c
),
medians as (
  select code, percentile_cont(0.5) within group (order by pos) as med_pos from cells where pos is not null group by code
),
shortfalls as (
  select c.id, c.code, c.name_id, c.name_en, c.weight, c.shown, (m.med_pos - c.pos) as shortfall, (m.med_pos - c.pos) * c.weight as weighted
  from cells c join medians m on m.code = c.code
  where c.code <> '*' and c.pos is not null
)`;

const heatmapSql = (provisional: boolean) => `
with ${areaCells(provisional)}
select (select state from period) as "periodState", (select rev from period) as revision, (select fv_id from period) as "frameworkVersionId",
       r.id as "regionCode", r.name as "regionName", r.kind, r.code as "areaCode", r.name_id as "areaNameId", r.name_en as "areaNameEn",
       r.weight::float8 as weight, r.shown::float8 as value, r.category, r.rnk::int as rank, r.cnt::int as "rankedCount",
       r.regions::int as "regionCount", r.not_submitted::int as "notSubmittedCount", r.submitted,
       case when r.rnk is not null then (1 + floor(4.0 * (r.rnk - 1) / r.cnt))::int end as quartile
from ranked r
order by r.position, (r.rnk is null), r.rnk, r.id`;

const trailingSql = (provisional: boolean) => `
with ${areaCells(provisional)}
select (select fv_id from period) as "frameworkVersionId",
       r.code as "areaCode", r.name_id as "areaNameId", r.name_en as "areaNameEn", r.id as "regionCode", r.name as "regionName", r.kind,
       r.shown::float8 as value, r.category, r.rnk::int as rank, r.cnt::int as "rankedCount", r.regions::int as "regionCount",
       r.not_submitted::int as "notSubmittedCount",
       (select coalesce(json_agg(w order by w."weightedShortfall" desc, w."areaCode"), '[]')
        from (select s.code as "areaCode", s.name_id as "nameId", s.name_en as "nameEn", s.shown::float8 as value,
                     round(s.shortfall::numeric, 6)::float8 as shortfall, round(s.weighted::numeric, 6)::float8 as "weightedShortfall"
              from shortfalls s where s.id = r.id and s.weighted > 0
              order by s.weighted desc, s.code limit 3) w) as "weakestAreas"
from ranked r
where r.rnk is not null and r.rnk > r.cnt - $4
order by r.position, r.rnk desc, r.id`;

// Published and provisional variants, each a named statement with real parameters only.
const HEATMAP = { published: prepared(heatmapSql(false)), provisional: prepared(heatmapSql(true)) };
const TRAILING = { published: prepared(trailingSql(false)), provisional: prepared(trailingSql(true)) };

const BOARD_VERSION = (peerGroup: boolean) =>
  prepared(`with prev as (${PREV_PERIOD})
       select concat_ws(':', p.id, p.published_revision, f.id, f.updated_at,
              (select concat_ws('/', prev.id, prev.rev, prev.fv_id) from prev),
              (select count(*) || '@' || coalesce(max(t.updated_at)::text, '-') from target t where t.province_id = $1 and t.framework_code = $2 and t.year = $3),
              ${peerGroup ? `coalesce((select g.updated_at::text || '/' || array_to_string(g.region_ids, ',') from peer_group g where g.id = $4::uuid), '-')` : `'-'`},
              (select count(*) || '@' || max(g.updated_at) from region g where g.province_id = $1),
              (select count(*) || '@' || coalesce(max(u.updated_at)::text, '-') from unit u where u.province_id = $1)) as version
       from assessment_period p join framework_version f on f.id = p.framework_version_id
       where p.province_id = $1 and f.code = $2 and p.year = $3 and p.published_revision > 0
       order by p.published_revision desc limit 1`);
const BOARD_VERSIONS = { withPeerGroup: BOARD_VERSION(true), withoutPeerGroup: BOARD_VERSION(false) };

/** The only SQL of the leaderboards: each board is one statement (window functions). */
@Injectable()
export class LeaderboardsRepository {
  async leaderboard(q: LeaderboardQuery): Promise<LeaderboardSqlRow[]> {
    const { sql, params } = leaderboardStatement(q);
    return currentManager().query(sql, params);
  }

  /**
   * What a published board is computed from, as the caller sees it: the period (id, published
   * revision, framework version), the previous published period it measures movement against
   * (id, revision, framework version: a year published later, or amended, changes it), the
   * visible targets of the framework and year, the peer group, and the province's regions and
   * visible units. Any change gives another version. Null when the caller sees no such period.
   * `ending`: the probe ends its transaction when it is the first statement (see
   * TenantDb.queryEnding), and whatever follows it reads in a new one.
   */
  async boardVersion(
    provinceCode: string,
    frameworkCode: string,
    year: number,
    peerGroupId: string | null,
    options: { ending?: boolean } = {},
  ): Promise<string | null> {
    const sql = peerGroupId === null ? BOARD_VERSIONS.withoutPeerGroup : BOARD_VERSIONS.withPeerGroup;
    const params = peerGroupId === null ? [provinceCode, frameworkCode, year] : [provinceCode, frameworkCode, year, peerGroupId];
    const [row] = options.ending ? await queryEnding(sql, params) : await currentManager().query(sql, params);
    return row?.version ?? null;
  }

  /** Names of the units with these ids that the caller may see (a region's units are private to its team and reviewers). */
  async unitNames(ids: readonly string[]): Promise<{ id: string; name: string }[]> {
    if (ids.length === 0) return [];
    return currentManager().query(`select id::text as id, name from unit where id::text = any($1::text[])`, [ids]);
  }

  async heatmap(provinceCode: string, frameworkCode: string, year: number, provisional: boolean): Promise<HeatmapSqlRow[]> {
    return currentManager().query(provisional ? HEATMAP.provisional : HEATMAP.published, [provinceCode, frameworkCode, year]);
  }

  async trailing(provinceCode: string, frameworkCode: string, year: number, provisional: boolean, n: number): Promise<TrailingSqlRow[]> {
    return currentManager().query(provisional ? TRAILING.provisional : TRAILING.published, [provinceCode, frameworkCode, year, n]);
  }
}

export interface HeatmapSqlRow {
  periodState: string | null;
  revision: number | null;
  frameworkVersionId: string | null;
  regionCode: string;
  regionName: string;
  kind: string;
  areaCode: string;
  areaNameId: string;
  areaNameEn: string;
  weight: number;
  value: number | null;
  /** The composite's category (published, else computed); null in area cells. */
  category: string | null;
  rank: number | null;
  rankedCount: number;
  regionCount: number;
  /** Provisional boards: regions that have not submitted; null on published boards. */
  notSubmittedCount: number | null;
  submitted: boolean | null;
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
  frameworkVersionId: string;
  areaCode: string;
  areaNameId: string;
  areaNameEn: string;
  regionCode: string;
  regionName: string;
  kind: string;
  value: number;
  category: string | null;
  rank: number;
  rankedCount: number;
  regionCount: number;
  notSubmittedCount: number | null;
  weakestAreas: WeakAreaRow[];
}
