import { Injectable } from '@nestjs/common';
import { currentManager } from '@rapor/db';

export interface HistoryRow {
  frameworkCode: string;
  frameworkVersionId: string;
  frameworkVersion: string;
  year: number;
  periodId: string;
  value: number | null;
  category: string | null;
  publishedCategory: string | null;
  categoryMismatch: boolean;
  rank: number | null;
  rankedCount: number;
  /** Unit ids the value rests on (unit-level frameworks); null for region-level ones. */
  evaluatedUnits: string[] | null;
}

export interface AreaShortfallRow {
  frameworkCode: string;
  year: number;
  areaCode: string;
  nameId: string;
  nameEn: string;
  weight: number;
  value: number | null;
  median: number | null;
  shortfall: number | null;
  weightedShortfall: number | null;
}

export interface LeafValueRow {
  frameworkCode: string;
  frameworkVersionId: string;
  regionCode: string;
  nodeCode: string;
  value: number;
}

/** What a what-if starts from (see `InsightsRepository.whatIfBasis`). */
export type WhatIfBasisCode = 'PUBLISHED' | 'DRAFT' | 'PROVISIONAL';

export interface WhatIfBasisRow {
  periodId: string;
  frameworkCode: string;
  frameworkVersionId: string;
  year: number;
  state: string;
  revision: number;
  /** Year of the board the region is ranked on; null when there is none. */
  boardYear: number | null;
  peers: (number | null)[];
  leaves: { nodeCode: string; value: number | null }[];
}

export interface TargetRow {
  frameworkCode: string;
  year: number;
  targetCategory: string | null;
  targetRank: number | null;
  note: string | null;
}

/** Which national board: a framework and year, optionally regions of one kind, demo periods or not. */
export interface NationalQuery {
  frameworkCode: string;
  year: number;
  kind: string | null;
  includeDemo: boolean;
}

export interface NationalProvinceRow {
  provinceCode: string;
  provinceName: string;
  regionsInProvince: number;
  regionsWithValue: number;
  demo: boolean;
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
  precision: number | null;
  higherIsBetter: boolean | null;
  demoLeftOut: boolean;
}

export interface NationalRegionRow {
  regionCode: string;
  regionName: string;
  kind: string;
  provinceCode: string;
  provinceName: string;
  value: number;
  category: string | null;
  provinceRank: number | null;
  provinceRankedCount: number | null;
  frameworkVersion: string;
  demo: boolean;
  precision: number;
  higherIsBetter: boolean;
}

// The published periods of a framework ($1) and year ($2), one per province (a real one before a
// demo one); demo periods are left out while a real published period of that framework and year
// exists, unless $3 includes them. Their composites with a value, through the policies that make
// published composites public ($4: only regions of that kind).
const NATIONAL_COMPOSITES = `
candidates as (
  select p.id, p.province_id, p.published_revision as rev, p.is_demo, p.published_at, f.version, f.precision, f.higher_is_better as hib,
         ($3::boolean or not p.is_demo or not bool_or(not p.is_demo) over ()) as chosen
  from assessment_period p join framework_version f on f.id = p.framework_version_id
  where f.code = $1 and p.year = $2 and p.published_revision > 0
),
periods as (
  select distinct on (province_id) * from candidates where chosen order by province_id, is_demo, published_at desc
),
composites as (
  select r.region_id, c.province_id, c.is_demo, c.version, c.precision, c.hib, r.value,
         coalesce(r.published_category, r.computed_category) as category, r.rank, r.ranked_count
  from periods c
  join published_result r on r.period_id = c.id and r.revision = c.rev and r.node_code = '*' and r.value is not null
  where $4::text is null or exists (select 1 from region g where g.id = r.region_id and g.kind = $4::text)
)`;

/** SQL of a region's profile, what-if inputs, peer groups and national aggregates. */
@Injectable()
export class InsightsRepository {
  /** Every published composite of the region, per framework and year (its rank history). */
  async history(regionCode: string): Promise<HistoryRow[]> {
    return currentManager().query(
      `select f.code as "frameworkCode", f.id as "frameworkVersionId", f.version as "frameworkVersion", p.year, p.id as "periodId",
              round(r.value, f.precision)::float8 as value,
              coalesce(r.published_category, r.computed_category) as category, r.published_category as "publishedCategory",
              r.category_mismatch as "categoryMismatch", r.rank, r.ranked_count as "rankedCount", r.evaluated_units as "evaluatedUnits"
       from published_result r
       join assessment_period p on p.id = r.period_id and r.revision = p.published_revision
       join framework_version f on f.id = p.framework_version_id
       where r.region_id = $1 and r.node_code = '*'
       order by f.code, p.year`,
      [regionCode],
    );
  }

  /** The region's areas in the latest published period of each framework, against the province median. */
  async weakestAreas(regionCode: string): Promise<AreaShortfallRow[]> {
    return currentManager().query(
      `with latest as (
         select distinct on (f.code) p.id, p.published_revision as rev, p.year, f.id as fv, f.code
         from assessment_period p join framework_version f on f.id = p.framework_version_id
         where p.province_id = left($1, 2) and p.published_revision > 0
         order by f.code, p.year desc
       ),
       cells as (
         select l.code as fw, l.year, n.code, n.name_id, n.name_en, n.weight, n.higher_is_better, n.precision, r.region_id, r.value,
                case when n.higher_is_better then (r.value - n.scale_min) else (n.scale_max - r.value) end / nullif(n.scale_max - n.scale_min, 0) as pos
         from latest l
         join framework_node n on n.framework_version_id = l.fv and n.depth = 0 and n.weight > 0
         join published_result r on r.period_id = l.id and r.revision = l.rev and r.node_code = n.code and r.value is not null
       ),
       medians as (
         select fw, code, percentile_cont(0.5) within group (order by pos) as med_pos,
                round(percentile_cont(0.5) within group (order by round(value, precision))::numeric, max(precision) + 1) as med_value
         from cells group by fw, code
       )
       select c.fw as "frameworkCode", c.year, c.code as "areaCode", c.name_id as "nameId", c.name_en as "nameEn", c.weight::float8 as weight,
              round(c.value, c.precision)::float8 as value, m.med_value::float8 as median, round((m.med_pos - c.pos)::numeric, 6)::float8 as shortfall,
              round(((m.med_pos - c.pos) * c.weight)::numeric, 6)::float8 as "weightedShortfall"
       from cells c join medians m on m.fw = c.fw and m.code = c.code
       where c.region_id = $1
       order by c.fw, (m.med_pos - c.pos) * c.weight desc, c.code`,
      [regionCode],
    );
  }

  /** Names of the region's units the caller may see (private to its team and the province's reviewers). */
  async unitNames(regionCode: string): Promise<{ id: string; name: string }[]> {
    return currentManager().query(`select id::text as id, name from unit where region_id = $1`, [regionCode]);
  }

  async targets(regionCode: string): Promise<TargetRow[]> {
    return currentManager().query(
      `select framework_code as "frameworkCode", year, target_category as "targetCategory", target_rank as "targetRank", note
       from target where region_id = $1 order by framework_code, year`,
      [regionCode],
    );
  }

  async innovationStages(regionCode: string): Promise<{ status: string; stage: string | null; count: number }[]> {
    return currentManager().query(
      `select status, stage, count(*)::int as count from innovation where region_id = $1 group by status, stage order by status, stage nulls first`,
      [regionCode],
    );
  }

  /**
   * Leaf (indicator) values of every region of the province in the latest published period of
   * each framework — the same periods as {@link weakestAreas}. Published results are visible
   * within their province only, so another province's caller gets none.
   */
  async latestLeafValues(regionCode: string): Promise<LeafValueRow[]> {
    return currentManager().query(
      `with latest as (
         select distinct on (f.code) p.id, p.published_revision as rev, f.id as fv, f.code
         from assessment_period p join framework_version f on f.id = p.framework_version_id
         where p.province_id = left($1, 2) and p.published_revision > 0
         order by f.code, p.year desc
       )
       select l.code as "frameworkCode", l.fv as "frameworkVersionId", r.region_id as "regionCode", r.node_code as "nodeCode", r.value::float8 as value
       from latest l
       join published_result r on r.period_id = l.id and r.revision = l.rev and r.value is not null
       join framework_node n on n.framework_version_id = l.fv and n.code = r.node_code and n.is_leaf
       order by l.code, r.region_id`,
      [regionCode],
    );
  }

  /** Leaf values of every region of a province's board (published, or provisional for reviewers). */
  async boardLeafValues(provinceCode: string, frameworkCode: string, year: number, provisional: boolean): Promise<LeafValueRow[]> {
    return currentManager().query(
      `with period as (
         select p.id, p.published_revision as rev, f.id as fv, f.code
         from assessment_period p join framework_version f on f.id = p.framework_version_id
         where p.province_id = $1 and f.code = $2 and p.year = $3
         limit 1
       ),
       res as (
         select r.region_id, r.node_code, r.value from published_result r join period on r.period_id = period.id and r.revision = period.rev where not $4
         union all
         select r.region_id, r.node_code, r.value from region_result r join period on r.period_id = period.id where $4
       )
       select period.code as "frameworkCode", period.fv as "frameworkVersionId", res.region_id as "regionCode", res.node_code as "nodeCode", res.value::float8 as value
       from period cross join res
       join framework_node n on n.framework_version_id = period.fv and n.code = res.node_code and n.is_leaf
       where res.value is not null
       order by res.region_id`,
      [provinceCode, frameworkCode, year, provisional],
    );
  }

  /**
   * Everything a what-if starts from, in one statement: the period (by id, or by framework and
   * year in the region's province), the region's leaf values on the chosen basis, and the board it
   * is ranked on — the other regions' composites, never their leaf values:
   * - PUBLISHED: the period's published values and board;
   * - DRAFT: the region's current values in the period, whatever their state, ranked on the last
   *   published board of the framework in the province up to that year (no unpublished peer read);
   * - PROVISIONAL: submitted and verified values, ranked on the other regions' current results (reviewers).
   */
  async whatIfBasis(regionCode: string, periodId: string | null, frameworkCode: string | null, year: number | null, basis: WhatIfBasisCode): Promise<WhatIfBasisRow | null> {
    const [row] = await currentManager().query(
      `with period as (
         select p.id, p.year, p.state, p.published_revision as rev, p.framework_version_id as fv, f.code
         from assessment_period p join framework_version f on f.id = p.framework_version_id
         where p.province_id = left($1, 2) and (($2::uuid is not null and p.id = $2) or ($2::uuid is null and f.code = $3 and p.year = $4))
         limit 1
       ),
       board as (
         select b.id, b.year, b.rev from (
           select p.id, p.year, p.published_revision as rev
           from assessment_period p join framework_version f on f.id = p.framework_version_id join period on f.code = period.code
           where $5 <> 'PROVISIONAL' and p.province_id = left($1, 2) and p.published_revision > 0
             and (p.year = period.year or ($5 = 'DRAFT' and p.year < period.year))
           order by p.year desc limit 1
         ) b
         union all
         select period.id, period.year, 0 from period where $5 = 'PROVISIONAL'
       )
       select period.id as "periodId", period.code as "frameworkCode", period.fv as "frameworkVersionId", period.year, period.state, period.rev as revision,
              (select board.year from board) as "boardYear",
              coalesce((
                select array_agg(x.value::float8) from (
                  select r.value from published_result r join board on r.period_id = board.id and r.revision = board.rev
                  where board.rev > 0 and r.node_code = '*' and r.region_id <> $1
                  union all
                  select r.value from region_result r join board on r.period_id = board.id
                  where board.rev = 0 and r.node_code = '*' and r.region_id <> $1
                ) x), '{}') as peers,
              coalesce((
                select json_agg(json_build_object('nodeCode', v.node_code, 'value', v.value::float8)) from (
                  select r.node_code, r.value from published_result r
                  join framework_node n on n.framework_version_id = period.fv and n.code = r.node_code and n.is_leaf
                  where $5 = 'PUBLISHED' and r.period_id = period.id and r.revision = period.rev and r.region_id = $1 and r.value is not null
                  union all
                  select a.node_code, a.value from assessment_value a
                  where $5 <> 'PUBLISHED' and a.period_id = period.id and a.region_id = $1 and a.node_code <> '*' and a.unit_id is null and a.value is not null
                    and ($5 = 'DRAFT' or a.state in ('submitted', 'verified'))
                ) v), '[]') as leaves
       from period`,
      [regionCode, periodId, frameworkCode, year, basis],
    );
    return row ?? null;
  }

  /** Every province with its kab/kota count and, for the chosen periods, its regions' composites aggregated exactly. */
  async nationalProvinces(q: NationalQuery): Promise<NationalProvinceRow[]> {
    return currentManager().query(
      `with ${NATIONAL_COMPOSITES},
       stats as (
         select province_id, count(*)::int as n, bool_or(is_demo) as demo, max(precision) as precision, bool_and(hib) as hib,
                avg(value) as mean, exact_percentile(array_agg(value order by value), 0.5) as median, min(value) as min, max(value) as max
         from composites group by province_id
       )
       select pr.id as "provinceCode", pr.name as "provinceName",
              (select count(*) from region g where g.province_id = pr.id)::int as "regionsInProvince",
              coalesce(s.n, 0) as "regionsWithValue", coalesce(s.demo, false) as demo,
              round(s.mean, least(s.precision + 1, 6))::float8 as mean, round(s.median, least(s.precision + 1, 6))::float8 as median,
              round(s.min, s.precision)::float8 as min, round(s.max, s.precision)::float8 as max,
              s.precision, s.hib as "higherIsBetter",
              exists (select 1 from candidates c where c.is_demo and not c.chosen) as "demoLeftOut"
       from province pr left join stats s on s.province_id = pr.id
       order by pr.id`,
      [q.frameworkCode, q.year, q.includeDemo, null],
    );
  }

  /** Every region with a published composite in the chosen periods (of a kind), at its framework's precision. */
  async nationalRegions(q: NationalQuery): Promise<NationalRegionRow[]> {
    return currentManager().query(
      `with ${NATIONAL_COMPOSITES}
       select c.region_id as "regionCode", g.name as "regionName", g.kind, c.province_id as "provinceCode", pr.name as "provinceName",
              round(c.value, c.precision)::float8 as value, c.category, c.rank as "provinceRank", c.ranked_count as "provinceRankedCount",
              c.version as "frameworkVersion", c.is_demo as demo, c.precision, c.hib as "higherIsBetter"
       from composites c join region g on g.id = c.region_id join province pr on pr.id = c.province_id
       order by c.region_id`,
      [q.frameworkCode, q.year, q.includeDemo, q.kind],
    );
  }

  /** Forwarded innovations per region of a province (counts only), every region listed. */
  async innovationBoard(provinceCode: string, year: number | null): Promise<{ regionCode: string; regionName: string; forwarded: number; byStage: Record<string, number> }[]> {
    return currentManager().query(
      `select g.id as "regionCode", g.name as "regionName", coalesce(c.forwarded, 0) as forwarded, coalesce(c.by_stage, '{}'::jsonb) as "byStage"
       from region g left join province_innovation_counts($1, $2) c on c.region_id = g.id
       where g.province_id = $1
       order by coalesce(c.forwarded, 0) desc, g.id`,
      [provinceCode, year],
    );
  }

  async peerGroups(provinceCode: string) {
    return currentManager().query(
      `select id, province_id as "provinceCode", name, region_ids as "regionCodes" from peer_group where province_id = $1 order by name`,
      [provinceCode],
    );
  }

  async insertPeerGroup(provinceCode: string, name: string, regionCodes: string[], userId: string | null): Promise<string> {
    const [{ id }] = await currentManager().query(`select gen_random_uuid() as id`);
    await currentManager().query(
      `insert into peer_group (id, province_id, name, region_ids, created_by) values ($1, $2, $3, $4, $5)`,
      [id, provinceCode, name, regionCodes, userId],
    );
    return id;
  }

  async deletePeerGroup(id: string): Promise<number> {
    const [, count] = await currentManager().query(`delete from peer_group where id = $1`, [id]);
    return count;
  }
}
