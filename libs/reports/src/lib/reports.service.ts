import { Injectable } from '@nestjs/common';
import { AppError } from '@rapor/db';
import { Permission, requireAccess } from '@rapor/permissions';
import type { RequestContext } from '@rapor/platform';
import type { RegionKind } from '@rapor/regions';
import type { PeriodStateEnum } from '@rapor/assessments';
import { decodeCursor, encodeCursor } from './cursor';
import type { AggregateRow } from './models/aggregate.model';
import type { Comparison, ComparedRegion } from './models/comparison.model';
import type { Score, ScoreConnection, ScoreStatus } from './models/score.model';
import {
  cursorKeysFit,
  ReportsRepository,
  type DimensionValue,
  type MetricValue,
  type ScoreOrderFieldValue,
  type ScoreOrderKey,
  type ScoreQueryFilter,
  type ScoreSqlRow,
  type ScoreStatusValue,
} from './reports.repository';

/** The largest page of `scores`. */
export const MAX_PAGE_SIZE = 500;
/** The most groups `aggregates` returns. */
export const MAX_GROUPS = 10000;

/** Filter of scores as the API takes it (every field optional). */
export interface ScoreFilterParams {
  provinces?: string[] | null;
  regions?: string[] | null;
  kind?: string | null;
  frameworks?: string[] | null;
  nodes?: string[] | null;
  yearFrom?: number | null;
  yearTo?: number | null;
  status?: ScoreStatusValue[] | null;
  periodStates?: string[] | null;
  categories?: string[] | null;
  includeDemo?: boolean | null;
}

export interface ScoresParams {
  first: number;
  after: string | null;
  filter: ScoreFilterParams | null;
  orderBy: { field: ScoreOrderFieldValue; direction: 'ASC' | 'DESC' }[] | null;
}

const DEFAULT_ORDER: ScoreOrderKey[] = [
  { field: 'YEAR', descending: true },
  { field: 'FRAMEWORK', descending: false },
  { field: 'REGION', descending: false },
  { field: 'NODE', descending: false },
];

/**
 * Custom reports over the scores the caller may see: a cursor connection, grouped
 * statistics and side-by-side comparisons. Row-level security decides visibility; each list
 * is one SQL statement.
 */
@Injectable()
export class ReportsService {
  constructor(private readonly repo: ReportsRepository) {}

  async scores(ctx: RequestContext, p: ScoresParams): Promise<ScoreConnection> {
    requireAccess(ctx.principal, Permission.ReportRead);
    if (p.first > MAX_PAGE_SIZE) {
      throw new AppError(
        'PAGE_TOO_LARGE',
        `first may be at most ${MAX_PAGE_SIZE} (got ${p.first}): read on with after`,
        ['first'],
        {
          limit: { name: 'maxPageSize', max: MAX_PAGE_SIZE, found: p.first },
        },
      );
    }
    const order = p.orderBy?.length
      ? p.orderBy.map((o) => ({ field: o.field, descending: o.direction === 'DESC' }))
      : DEFAULT_ORDER;
    const ordering = order.map((o) => `${o.field}:${o.descending ? 'DESC' : 'ASC'}`).join(',');
    const after = p.after ? decodeCursor(p.after, ordering, (keys) => cursorKeysFit(order, keys)) : null;
    const rows = await this.repo.scores(queryFilter(p.filter), order, after, p.first + 1);
    const totalCount = rows[0]?.totalCount ?? 0;
    const page = rows.filter((r) => r.status !== null);
    ctx.noteDemoData(page.filter((r) => r.demo).map((r) => `${r.frameworkCode} ${r.year}, province ${r.provinceCode}`));
    const edges = page
      .slice(0, p.first)
      .map((r) => ({ cursor: encodeCursor({ ordering, keys: r.cursorKey }), node: toScore(r) }));
    return {
      edges,
      nodes: edges.map((e) => e.node),
      totalCount,
      pageInfo: {
        hasNextPage: page.length > p.first,
        hasPreviousPage: after !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
    };
  }

  async aggregates(
    ctx: RequestContext,
    p: { groupBy: DimensionValue[]; metrics: MetricValue[]; filter: ScoreFilterParams | null },
  ): Promise<AggregateRow[]> {
    requireAccess(ctx.principal, Permission.ReportRead);
    const rows = await this.repo.aggregates(queryFilter(p.filter), p.groupBy, p.metrics, MAX_GROUPS + 1);
    if (rows.length > MAX_GROUPS) {
      throw new AppError('TOO_MANY_GROUPS', `More than ${MAX_GROUPS} groups: group by fewer dimensions or filter`, ['groupBy'], {
        limit: { name: 'maxGroups', max: MAX_GROUPS },
      });
    }
    ctx.noteDemoData(rows.flatMap((r) => r.demoData ?? []));
    const grouped = new Set(p.groupBy);
    const asked = new Set(p.metrics);
    const metric = (m: MetricValue, v: number | null | undefined) => (asked.has(m) ? (v ?? null) : null);
    return rows.map((r) => ({
      provinceCode: grouped.has('PROVINCE') ? (r.provinceCode ?? null) : null,
      regionCode: grouped.has('REGION') ? (r.regionCode ?? null) : null,
      regionName: grouped.has('REGION') ? (r.regionName ?? null) : null,
      kind: grouped.has('KIND') ? ((r.kind ?? null) as RegionKind | null) : null,
      year: grouped.has('YEAR') ? (r.year ?? null) : null,
      frameworkCode: grouped.has('FRAMEWORK') ? (r.frameworkCode ?? null) : null,
      nodeCode: grouped.has('NODE') ? (r.nodeCode ?? null) : null,
      category: grouped.has('CATEGORY') ? (r.category ?? null) : null,
      count: metric('COUNT', r.count),
      mean: metric('MEAN', r.mean),
      median: metric('MEDIAN', r.median),
      min: metric('MIN', r.min),
      max: metric('MAX', r.max),
      stddev: metric('STDDEV', r.stddev),
      p25: metric('P25', r.p25),
      p75: metric('P75', r.p75),
      demo: r.demo,
    }));
  }

  async compare(
    ctx: RequestContext,
    p: { regions: string[]; frameworkCode: string | null; frameworkField: 'frameworkCode' | 'framework'; years: number[]; nodes: string[] },
  ): Promise<Comparison> {
    requireAccess(ctx.principal, Permission.ReportRead);
    const frameworkCode = p.frameworkCode;
    if (!frameworkCode) throw new AppError('BAD_USER_INPUT', 'Give the framework: frameworkCode, e.g. "SAKIP"', ['frameworkCode']);
    const years = [...new Set(p.years)].sort((a, b) => a - b);
    const rows = await this.repo.compare(p.regions, frameworkCode, years, p.nodes);
    const known = new Set(rows.map((r) => r.regionCode));
    const unknown = p.regions.filter((code) => !known.has(code));
    if (unknown.length) throw new AppError('NOT_FOUND', `No region ${unknown.join(', ')}`, ['regions']);
    if (!rows[0].frameworkKnown) throw new AppError('NOT_FOUND', `No framework ${frameworkCode}`, [p.frameworkField]);
    const regions = new Map<string, ComparedRegion>();
    for (const r of rows) {
      let region = regions.get(r.regionCode);
      if (!region) {
        region = {
          regionCode: r.regionCode,
          regionName: r.regionName,
          kind: r.kind as RegionKind,
          provinceCode: r.provinceCode,
          cells: [],
        };
        regions.set(r.regionCode, region);
      }
      region.cells.push({
        year: r.year,
        nodeCode: r.nodeCode,
        frameworkVersion: r.frameworkVersion,
        value: r.value,
        category: r.category,
        rank: r.rank,
        rankedCount: r.rankedCount,
        gapToBest: r.gapToBest,
        demo: r.demo,
      });
      if (r.demoLabel) ctx.noteDemoData([r.demoLabel]);
    }
    return { frameworkCode, years, nodes: p.nodes, regions: [...regions.values()] };
  }
}

function queryFilter(f: ScoreFilterParams | null): ScoreQueryFilter {
  if (f?.yearFrom != null && f.yearTo != null && f.yearFrom > f.yearTo) {
    throw new AppError('BAD_USER_INPUT', 'yearFrom must not be after yearTo', ['filter.yearFrom', 'filter.yearTo']);
  }
  return {
    provinces: f?.provinces ?? null,
    regions: f?.regions ?? null,
    kind: f?.kind ?? null,
    frameworks: f?.frameworks ?? null,
    nodes: f?.nodes ?? null,
    yearFrom: f?.yearFrom ?? null,
    yearTo: f?.yearTo ?? null,
    statuses: f?.status?.length ? f.status : ['PUBLISHED'],
    periodStates: f?.periodStates ?? null,
    categories: f?.categories ?? null,
    includeDemo: f?.includeDemo ?? false,
  };
}

function toScore(r: ScoreSqlRow): Score {
  return {
    id: `${r.status}:${r.periodId}:${r.regionCode}:${r.nodeCode}`,
    status: r.status as ScoreStatus,
    regionCode: r.regionCode,
    regionName: r.regionName,
    kind: r.kind as RegionKind,
    provinceCode: r.provinceCode,
    frameworkCode: r.frameworkCode,
    frameworkVersion: r.frameworkVersion,
    year: r.year,
    periodId: r.periodId,
    periodState: r.periodState as PeriodStateEnum,
    revision: r.revision,
    nodeCode: r.nodeCode,
    nodeNameId: r.nodeNameId,
    nodeNameEn: r.nodeNameEn,
    value: r.value,
    complete: r.complete,
    publishedCategory: r.publishedCategory,
    computedCategory: r.computedCategory,
    category: r.category,
    categoryMismatch: r.categoryMismatch,
    rank: r.rank,
    rankedCount: r.rankedCount,
    source: r.source,
    recordedAt: r.recordedAt,
    demo: r.demo,
  };
}
