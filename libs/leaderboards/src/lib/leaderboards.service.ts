import { Injectable } from '@nestjs/common';
import { AppError, oversees } from '@rapor/db';
import { categoryThreshold, DomainError, schemeForYear, type FrameworkDefinition } from '@rapor/domain';
import type { RequestContext } from '@rapor/platform';
import { LeaderboardsRepository, SORTS, type HeatmapSqlRow, type LeaderboardSqlRow, type TrailingSqlRow } from './leaderboards.repository';
import { FrameworkDefinitions } from './framework-definitions';
import type { Heatmap, HeatmapCell, Leaderboard, LeaderboardRow, Trailing, TrailingEntry } from './models/leaderboard.model';

export interface BoardParams {
  provinceCode: string;
  frameworkCode: string;
  year: number;
  provisional: boolean;
}

// Published boards are immutable until an amendment publishes a new revision: they are kept,
// keyed by what the caller may see and by the board's version (revision, targets, peer group).
// Losing the cache loses nothing; an entry is never served for another version or scope.
// LEADERBOARD_CACHE_SIZE (validated with the rest of the configuration at boot) bounds it.
const CACHE_LIMIT = Number(process.env['LEADERBOARD_CACHE_SIZE'] ?? 500);

/** Province leaderboards, heatmaps and trailing lists over published (or, for reviewers, provisional) results. */
@Injectable()
export class LeaderboardsService {
  private readonly published = new Map<string, { version: string; board: Leaderboard }>();

  constructor(
    private readonly repo: LeaderboardsRepository,
    private readonly definitions: FrameworkDefinitions,
  ) {}

  async leaderboard(
    ctx: RequestContext,
    p: BoardParams & { node: string; kind: string | null; peerGroupId: string | null; sortBy: string; direction: 'ASC' | 'DESC' },
  ): Promise<Leaderboard> {
    this.authorise(ctx, p);
    const sort = SORTS[p.sortBy];
    if (!sort) throw new AppError('BAD_USER_INPUT', `Cannot sort by ${p.sortBy}`, ['sortBy']);
    if (p.provisional) return this.computeLeaderboard(ctx, p, sort);
    const { role, provinceId, regionId } = ctx.principal;
    const key = JSON.stringify([p, role, provinceId, regionId]);
    const version = await this.repo.boardVersion(p.provinceCode, p.frameworkCode, p.year, p.peerGroupId);
    const cached = this.published.get(key);
    if (version && cached?.version === version) return cached.board;
    const board = await this.computeLeaderboard(ctx, p, sort);
    if (version && CACHE_LIMIT > 0) {
      if (this.published.size >= CACHE_LIMIT) this.published.delete(this.published.keys().next().value!);
      this.published.set(key, { version, board });
    }
    return board;
  }

  private async computeLeaderboard(
    ctx: RequestContext,
    p: BoardParams & { node: string; kind: string | null; peerGroupId: string | null; sortBy: string; direction: 'ASC' | 'DESC' },
    sort: string,
  ): Promise<Leaderboard> {
    const rows = await this.repo.leaderboard({
      provinceCode: p.provinceCode,
      frameworkCode: p.frameworkCode,
      year: p.year,
      nodeCode: p.node,
      kind: p.kind,
      peerGroupId: p.peerGroupId,
      provisional: p.provisional,
      orderBy: `${sort} ${p.direction === 'DESC' ? 'desc' : 'asc'} nulls last`,
    });
    const head = rows[0];
    this.checkPeriod(p, head);
    if (!head!.nodeKnown) throw new AppError('BAD_USER_INPUT', `"${p.node}" is not a node of ${p.frameworkCode} ${head!.frameworkVersion}`, ['node']);
    const definition = rows.some((r) => r.targetCategory) ? await this.definitions.get(ctx, head!.frameworkVersionId!) : null;
    const comparable = head!.previousVersion === null || head!.previousVersion === head!.frameworkVersion;
    return {
      provinceCode: p.provinceCode,
      frameworkCode: p.frameworkCode,
      frameworkVersion: head!.frameworkVersion!,
      year: p.year,
      nodeCode: p.node,
      provisional: p.provisional,
      periodState: head!.periodState!,
      periodId: head!.periodId!,
      revision: p.provisional ? 0 : head!.revision!,
      previousYear: head!.previousYear,
      previousFrameworkVersion: head!.previousVersion,
      comparableWithPrevious: comparable,
      comparabilityNote: comparable
        ? null
        : `The ${head!.previousYear} period used ${p.frameworkCode} version ${head!.previousVersion}, this one version ${head!.frameworkVersion}: movement is not comparable`,
      median: head!.median,
      rows: rows.filter((r) => r.regionCode).map((r) => this.row(r, definition, p.year)),
    };
  }

  async heatmap(ctx: RequestContext, p: BoardParams): Promise<Heatmap> {
    this.authorise(ctx, p);
    const rows = await this.repo.heatmap(p.provinceCode, p.frameworkCode, p.year, p.provisional);
    this.checkPeriod(p, rows[0] ? { periodId: 'x', periodState: rows[0].periodState, revision: rows[0].revision } : undefined);
    const cell = (r: HeatmapSqlRow): HeatmapCell => ({ areaCode: r.areaCode, value: r.value, rank: r.rank, quartile: r.quartile });
    const areas = rows.filter((r, i) => r.areaCode !== '*' && rows.findIndex((x) => x.areaCode === r.areaCode) === i);
    const composites = rows.filter((r) => r.areaCode === '*');
    return {
      ...p,
      areas: areas.map((a) => ({ code: a.areaCode, nameId: a.areaNameId, nameEn: a.areaNameEn, weight: a.weight })),
      rows: composites.map((c) => ({
        regionCode: c.regionCode,
        regionName: c.regionName,
        kind: c.kind,
        composite: cell(c),
        cells: areas.map((a) => cell(rows.find((r) => r.regionCode === c.regionCode && r.areaCode === a.areaCode)!)),
      })),
    };
  }

  async trailing(ctx: RequestContext, p: BoardParams & { n: number }): Promise<Trailing> {
    this.authorise(ctx, p);
    const rows = await this.repo.trailing(p.provinceCode, p.frameworkCode, p.year, p.provisional, p.n);
    const entry = (r: TrailingSqlRow): TrailingEntry => ({ ...r });
    const areaCodes = [...new Set(rows.map((r) => r.areaCode))].filter((c) => c !== '*');
    return {
      overall: rows.filter((r) => r.areaCode === '*').map(entry),
      byArea: areaCodes.map((code) => {
        const inArea = rows.filter((r) => r.areaCode === code);
        return { areaCode: code, nameId: inArea[0].areaNameId, nameEn: inArea[0].areaNameEn, bottom: inArea.map(entry) };
      }),
    };
  }

  private authorise(ctx: RequestContext, p: BoardParams): void {
    const principal = ctx.principal;
    if (!principal.role) throw new AppError('UNAUTHENTICATED', 'Sign in first');
    if (p.provisional && !oversees(principal, p.provinceCode)) {
      throw new AppError('FORBIDDEN', 'Provisional results are for the province’s reviewers only', ['provisional']);
    }
    // Another province's published composites are public (nationalLeaderboard); its boards,
    // with area values, heatmaps and targets, stay within the province.
    if (principal.role !== 'operator' && principal.provinceId !== p.provinceCode) {
      throw new AppError('NOT_FOUND', `No ${p.frameworkCode} ${p.year} board of province ${p.provinceCode} for you (see nationalLeaderboard)`, ['provinceCode']);
    }
  }

  private checkPeriod(p: BoardParams, head: Pick<LeaderboardSqlRow, 'periodId' | 'periodState' | 'revision'> | undefined): void {
    if (!head?.periodId) throw new AppError('NOT_FOUND', `No ${p.frameworkCode} ${p.year} period in province ${p.provinceCode}`, ['year']);
    if (!p.provisional && !head.revision) {
      throw new AppError('NOT_PUBLISHED', `${p.frameworkCode} ${p.year} is not published yet (reviewers may ask for provisional results)`, ['year']);
    }
  }

  private row(r: LeaderboardSqlRow, definition: FrameworkDefinition | null, year: number): LeaderboardRow {
    const current = r.provinceRank ?? r.rank;
    return {
      regionCode: r.regionCode,
      regionName: r.regionName,
      kind: r.kind,
      value: r.value,
      publishedCategory: r.publishedCategory,
      computedCategory: r.computedCategory,
      category: r.publishedCategory ?? r.computedCategory,
      categoryMismatch: r.categoryMismatch ?? false,
      rank: r.rank,
      provinceRank: r.provinceRank,
      rankedCount: r.rankedCount,
      previousValue: r.previousValue,
      previousRank: r.previousRank,
      rankChange: r.previousRank !== null && current !== null ? r.previousRank - current : null,
      valueChange: r.previousValue !== null && r.value !== null ? round(r.value - r.previousValue) : null,
      gapToLeader: r.gapToLeader,
      gapToNextRankUp: r.gapToNextRankUp,
      gapToMedian: r.gapToMedian,
      targetCategory: r.targetCategory,
      targetRank: r.targetRank,
      targetRankGap: r.targetRank !== null && r.rank !== null ? r.rank - r.targetRank : null,
      targetCategoryGap: targetCategoryGap(definition, year, r),
    };
  }
}

const round = (v: number) => Math.round(v * 1e6) / 1e6;

function targetCategoryGap(definition: FrameworkDefinition | null, year: number, r: LeaderboardSqlRow): number | null {
  if (!definition || !r.targetCategory || r.value === null) return null;
  try {
    const scheme = schemeForYear(definition, year);
    const threshold = scheme ? categoryThreshold(scheme, r.targetCategory, definition.scale) : null;
    if (threshold === null) return null;
    return round(definition.scale.higherIsBetter ? threshold - r.value : r.value - threshold);
  } catch (error) {
    if (error instanceof DomainError) return null;
    throw error;
  }
}
