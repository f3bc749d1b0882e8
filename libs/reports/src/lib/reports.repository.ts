import { Injectable } from '@nestjs/common';
import { currentManager } from '@rapor/db';

export type ScoreStatusValue = 'PUBLISHED' | 'PROVISIONAL';
export type ScoreOrderFieldValue =
  'REGION' | 'REGION_NAME' | 'PROVINCE' | 'YEAR' | 'FRAMEWORK' | 'NODE' | 'VALUE' | 'RANK' | 'CATEGORY';
export type DimensionValue = 'PROVINCE' | 'REGION' | 'KIND' | 'YEAR' | 'FRAMEWORK' | 'NODE' | 'CATEGORY';
export type MetricValue = 'COUNT' | 'MEAN' | 'MEDIAN' | 'MIN' | 'MAX' | 'STDDEV' | 'P25' | 'P75';

/** Conditions on scores; null means "any". */
export interface ScoreQueryFilter {
  provinces: string[] | null;
  regions: string[] | null;
  kind: string | null;
  frameworks: string[] | null;
  nodes: string[] | null;
  yearFrom: number | null;
  yearTo: number | null;
  statuses: ScoreStatusValue[];
  periodStates: string[] | null;
  categories: string[] | null;
  /** Keep demo periods even where a real published period of the same framework and year exists. */
  includeDemo: boolean;
}

export interface ScoreOrderKey {
  field: ScoreOrderFieldValue;
  descending: boolean;
}

export interface ScoreSqlRow {
  totalCount: number;
  status: ScoreStatusValue | null;
  regionCode: string;
  regionName: string;
  kind: string;
  provinceCode: string;
  frameworkCode: string;
  frameworkVersion: string;
  year: number;
  periodId: string;
  periodState: string;
  revision: number | null;
  nodeCode: string;
  nodeNameId: string;
  nodeNameEn: string;
  value: number | null;
  complete: boolean;
  publishedCategory: string | null;
  computedCategory: string | null;
  category: string | null;
  categoryMismatch: boolean;
  rank: number | null;
  rankedCount: number | null;
  source: string;
  recordedAt: Date;
  demo: boolean;
  cursorKey: string[];
}

export interface AggregateSqlRow {
  provinceCode?: string;
  regionCode?: string;
  regionName?: string;
  kind?: string;
  year?: number;
  frameworkCode?: string;
  nodeCode?: string;
  category?: string | null;
  count?: number;
  mean?: number | null;
  median?: number | null;
  min?: number | null;
  max?: number | null;
  stddev?: number | null;
  p25?: number | null;
  p75?: number | null;
  demo: boolean;
  demoData: string[] | null;
}

export interface ComparisonSqlRow {
  frameworkKnown: boolean;
  regionCode: string;
  regionName: string;
  kind: string;
  provinceCode: string;
  year: number;
  nodeCode: string;
  frameworkVersion: string | null;
  value: number | null;
  category: string | null;
  rank: number | null;
  rankedCount: number | null;
  gapToBest: number | null;
  demo: boolean;
  demoLabel: string | null;
}

/** Bind parameters of a statement under construction: each value becomes `$n::type`. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown, type: string): string {
    this.values.push(value);
    return `$${this.values.length}::${type}`;
  }
}

interface KeyPart {
  expr: string;
  type: string;
  descending: boolean;
}

// Every sort key is a non-null expression, so that keyset comparisons are plain `<`/`>`:
// nullable columns sort on "is null" first (always ascending: missing values last in either
// direction), then on the coalesced value.
const nullable =
  (column: string, zero: string, type: string) =>
  (descending: boolean): KeyPart[] => [
    { expr: `(${column} is null)`, type: 'boolean', descending: false },
    { expr: `coalesce(${column}, ${zero})`, type, descending },
  ];
const plain =
  (column: string, type: string) =>
  (descending: boolean): KeyPart[] => [{ expr: column, type, descending }];

const ORDER_KEYS: Record<ScoreOrderFieldValue, (descending: boolean) => KeyPart[]> = {
  REGION: plain('region_id', 'text'),
  REGION_NAME: plain('region_name', 'text'),
  PROVINCE: plain('province_id', 'text'),
  YEAR: plain('year', 'int'),
  FRAMEWORK: plain('framework_code', 'text'),
  NODE: plain('node_code', 'text'),
  VALUE: nullable('value', '0', 'numeric'),
  RANK: nullable('rank', '0', 'int'),
  CATEGORY: nullable('category', `''`, 'text'),
};

// A score is unique by status, region, period and node: the last keys of every ordering.
const TIEBREAKERS: KeyPart[] = [
  { expr: 'status', type: 'text', descending: false },
  { expr: 'region_id', type: 'text', descending: false },
  { expr: 'period_id', type: 'uuid', descending: false },
  { expr: 'node_code', type: 'text', descending: false },
];

const KEY_SHAPES: Record<string, RegExp> = {
  int: /^-?\d{1,10}$/,
  numeric: /^-?\d+(\.\d+)?$/,
  boolean: /^(true|false)$/,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
};

/**
 * True when `keys` could be the sort keys (tiebreakers included) of a row under `order`:
 * as many as the ordering has, each of its column's type.
 */
export function cursorKeysFit(order: readonly ScoreOrderKey[], keys: readonly string[]): boolean {
  const parts = keysOf(order);
  return keys.length === parts.length && parts.every((p, i) => KEY_SHAPES[p.type]?.test(keys[i]) ?? true);
}

function keysOf(order: readonly ScoreOrderKey[]): KeyPart[] {
  return [...order.flatMap((o) => ORDER_KEYS[o.field](o.descending)), ...TIEBREAKERS];
}

// The scores the caller may see (row-level security: published composites nationally, other
// published results province-wide, provisional results to the region's team and reviewers), with their region, period,
// framework and node, filtered. Published = the latest revision of a period; provisional =
// current results of a period not in the published state.
function scoreRows(f: ScoreQueryFilter, p: Params): string {
  const branches: string[] = [];
  if (f.statuses.includes('PUBLISHED')) {
    branches.push(`
    select 'PUBLISHED'::text as status, r.region_id, r.period_id, r.revision, r.node_code, r.value, r.complete, r.published_category,
           r.computed_category, r.category_mismatch, r.rank, r.ranked_count, r.source, r.published_at as recorded_at
    from published_result r join assessment_period p on p.id = r.period_id and r.revision = p.published_revision`);
  }
  if (f.statuses.includes('PROVISIONAL')) {
    branches.push(`
    select 'PROVISIONAL'::text as status, r.region_id, r.period_id, null::int as revision, r.node_code, r.value, r.complete, r.published_category,
           r.computed_category, r.category_mismatch, null::int as rank, null::int as ranked_count, r.source, r.computed_at as recorded_at
    from region_result r join assessment_period p on p.id = r.period_id and p.state <> 'published'`);
  }
  const where: string[] = [];
  if (f.provinces) where.push(`g.province_id = any (${p.add(f.provinces, 'text[]')})`);
  if (f.regions) where.push(`s.region_id = any (${p.add(f.regions, 'text[]')})`);
  if (f.kind) where.push(`g.kind = ${p.add(f.kind, 'text')}`);
  if (f.frameworks) where.push(`f.code = any (${p.add(f.frameworks, 'text[]')})`);
  if (f.nodes) where.push(`s.node_code = any (${p.add(f.nodes, 'text[]')})`);
  if (f.yearFrom !== null) where.push(`p.year >= ${p.add(f.yearFrom, 'int')}`);
  if (f.yearTo !== null) where.push(`p.year <= ${p.add(f.yearTo, 'int')}`);
  if (f.periodStates) where.push(`p.state = any (${p.add(f.periodStates, 'text[]')})`);
  if (f.categories) where.push(`coalesce(s.published_category, s.computed_category) = any (${p.add(f.categories, 'text[]')})`);
  // Demo periods never mix silently with real data: left out while a real published period of
  // the same framework and year exists (visible to the caller: published periods are public).
  if (!f.includeDemo) {
    where.push(`(not p.is_demo or not exists (
      select 1 from assessment_period rp join framework_version rf on rf.id = rp.framework_version_id
      where rf.code = f.code and rp.year = p.year and rp.published_revision > 0 and not rp.is_demo))`);
  }
  return `
scored as (${branches.join('\n    union all')}
),
rows as (
  select s.*, g.province_id, g.name as region_name, g.kind, p.year, p.state as period_state,
         f.code as framework_code, f.version as framework_version,
         coalesce(n.name_id, f.name_id) as node_name_id, coalesce(n.name_en, f.name_en) as node_name_en,
         coalesce(s.published_category, s.computed_category) as category,
         p.is_demo as demo, coalesce(n.precision, f.precision) as precision,
         case when p.is_demo then f.code || ' ' || p.year || ', province ' || g.province_id end as demo_label
  from scored s
  join region g on g.id = s.region_id
  join assessment_period p on p.id = s.period_id
  join framework_version f on f.id = p.framework_version_id
  left join framework_node n on n.framework_version_id = f.id and n.code = s.node_code
  where ${where.length ? where.join('\n    and ') : 'true'}
)`;
}

// Rows strictly after the cursor's keys: k1 > v1 or (k1 = v1 and (k2 > v2 or ...)), with `<`
// for descending keys.
function afterKeys(keys: KeyPart[], values: readonly string[], p: Params): string {
  let predicate = '';
  for (let i = keys.length - 1; i >= 0; i--) {
    const value = p.add(values[i], keys[i].type);
    const strictly = `${keys[i].expr} ${keys[i].descending ? '<' : '>'} ${value}`;
    predicate = predicate ? `(${strictly} or (${keys[i].expr} = ${value} and ${predicate}))` : strictly;
  }
  return predicate;
}

const DIMENSIONS: Record<DimensionValue, { select: string[]; group: string[] }> = {
  PROVINCE: { select: ['province_id as "provinceCode"'], group: ['province_id'] },
  REGION: { select: ['region_id as "regionCode"', 'region_name as "regionName"'], group: ['region_id', 'region_name'] },
  KIND: { select: ['kind'], group: ['kind'] },
  YEAR: { select: ['year'], group: ['year'] },
  FRAMEWORK: { select: ['framework_code as "frameworkCode"'], group: ['framework_code'] },
  NODE: { select: ['node_code as "nodeCode"'], group: ['node_code'] },
  CATEGORY: { select: ['category'], group: ['category'] },
};

// Statistics in exact numeric, over the values that are present; means, medians, quartiles and
// the standard deviation at one decimal more than the (finest) precision of the group's
// frameworks, min and max at that precision — no float noise such as 47.004999999999995.
const STAT = (expr: string) => `round(${expr}, least(max(precision) + 1, 6))::float8`;
const SORTED = `array_agg(value order by value) filter (where value is not null)`;
const METRICS: Record<MetricValue, string> = {
  COUNT: 'count(*)::int as count',
  MEAN: `${STAT('avg(value)')} as mean`,
  MEDIAN: `${STAT(`exact_percentile(${SORTED}, 0.5)`)} as median`,
  MIN: 'round(min(value), max(precision))::float8 as min',
  MAX: 'round(max(value), max(precision))::float8 as max',
  STDDEV: `${STAT('stddev_samp(value)')} as stddev`,
  P25: `${STAT(`exact_percentile(${SORTED}, 0.25)`)} as p25`,
  P75: `${STAT(`exact_percentile(${SORTED}, 0.75)`)} as p75`,
};

/** The only SQL of the reports: each list is one statement, filtered by row-level security. */
@Injectable()
export class ReportsRepository {
  /**
   * One page of scores after the cursor keys (if any), `limit` rows at most, with the count
   * of all matching rows. Always at least one row: an empty page is one row of nulls with the
   * count.
   */
  async scores(
    filter: ScoreQueryFilter,
    order: readonly ScoreOrderKey[],
    after: readonly string[] | null,
    limit: number,
  ): Promise<ScoreSqlRow[]> {
    const p = new Params();
    const keys = keysOf(order);
    const rows = scoreRows(filter, p);
    const orderBy = keys.map((k) => `${k.expr} ${k.descending ? 'desc' : 'asc'}`).join(', ');
    const where = after ? afterKeys(keys, after, p) : 'true';
    const sql = `
with ${rows},
page as (
  select rows.*, array[${keys.map((k) => `(${k.expr})::text`).join(', ')}] as cursor_key
  from rows
  where ${where}
  order by ${orderBy}
  limit ${p.add(limit, 'int')}
)
select t.total::int as "totalCount", pg.status, pg.region_id as "regionCode", pg.region_name as "regionName", pg.kind,
       pg.province_id as "provinceCode", pg.framework_code as "frameworkCode", pg.framework_version as "frameworkVersion",
       pg.year, pg.period_id as "periodId", pg.period_state as "periodState", pg.revision, pg.node_code as "nodeCode",
       pg.node_name_id as "nodeNameId", pg.node_name_en as "nodeNameEn", pg.value::float8 as value, pg.complete,
       pg.published_category as "publishedCategory", pg.computed_category as "computedCategory", pg.category,
       pg.category_mismatch as "categoryMismatch", pg.rank, pg.ranked_count as "rankedCount", pg.source,
       pg.recorded_at as "recordedAt", pg.demo, pg.cursor_key as "cursorKey"
from (select count(*) as total from rows) t
left join (select page.*, row_number() over (order by ${orderBy}) as position from page) pg on true
order by pg.position`;
    return currentManager().query(sql, p.values);
  }

  /**
   * Statistics of the matching scores grouped by `groupBy` (groups with at least one score
   * only), ordered by the dimensions; at most `limit` groups.
   */
  async aggregates(
    filter: ScoreQueryFilter,
    groupBy: readonly DimensionValue[],
    metrics: readonly MetricValue[],
    limit: number,
  ): Promise<AggregateSqlRow[]> {
    const p = new Params();
    const rows = scoreRows(filter, p);
    const dims = groupBy.map((d) => DIMENSIONS[d]);
    const select = [
      ...dims.flatMap((d) => d.select),
      ...metrics.map((m) => METRICS[m]),
      'bool_or(demo) as demo',
      'array_agg(distinct demo_label) filter (where demo_label is not null) as "demoData"',
    ].join(', ');
    const group = dims.flatMap((d) => d.group);
    const sql = `
with ${rows}
select ${select}
from rows
${group.length ? `group by ${group.join(', ')}` : ''}
having count(*) > 0
${group.length ? `order by ${group.map((g) => `${g} asc nulls last`).join(', ')}` : ''}
limit ${p.add(limit, 'int')}`;
    return currentManager().query(sql, p.values);
  }

  /**
   * The latest published results of `regions` (known regions only, in the order given) for
   * each year and node of a framework: one row per region × year × node, nulls where no
   * visible result exists; the gap to the best compared region per year and node.
   */
  async compare(
    regions: readonly string[],
    framework: string,
    years: readonly number[],
    nodes: readonly string[],
  ): Promise<ComparisonSqlRow[]> {
    const sql = `
with grid as (
  select r.code as region_id, r.ord, y.year, n.code as node_code, n.ord as node_ord
  from unnest($1::text[]) with ordinality r(code, ord)
  cross join unnest($3::int[]) y(year)
  cross join unnest($4::text[]) with ordinality n(code, ord)
),
cur as (
  select r.region_id, p.year, r.node_code, r.value, coalesce(r.published_category, r.computed_category) as category,
         r.rank, r.ranked_count, f.version, coalesce(n.higher_is_better, f.higher_is_better) as hib,
         coalesce(n.precision, f.precision) as precision, p.is_demo,
         case when p.is_demo then f.code || ' ' || p.year || ', province ' || p.province_id end as demo_label
  from published_result r
  join assessment_period p on p.id = r.period_id and r.revision = p.published_revision
  join framework_version f on f.id = p.framework_version_id
  left join framework_node n on n.framework_version_id = f.id and n.code = r.node_code
  where f.code = $2 and p.year = any ($3::int[]) and r.region_id = any ($1::text[]) and r.node_code = any ($4::text[])
)
select exists (select 1 from framework_version where code = $2) as "frameworkKnown",
       g.region_id as "regionCode", reg.name as "regionName", reg.kind, reg.province_id as "provinceCode",
       g.year, g.node_code as "nodeCode", c.version as "frameworkVersion", c.value::float8 as value, c.category,
       c.rank, c.ranked_count as "rankedCount",
       round(case when c.value is null then null
                  when c.hib then max(c.value) over cell - c.value
                  else c.value - min(c.value) over cell end, least(c.precision + 1, 6))::float8 as "gapToBest",
       coalesce(c.is_demo, false) as demo, c.demo_label as "demoLabel"
from grid g
join region reg on reg.id = g.region_id
left join cur c on c.region_id = g.region_id and c.year = g.year and c.node_code = g.node_code
window cell as (partition by g.year, g.node_code)
order by g.ord, g.year, g.node_ord`;
    return currentManager().query(sql, [regions, framework, years, nodes]);
  }
}
