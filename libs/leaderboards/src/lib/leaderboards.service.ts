import { Inject, Injectable, Optional } from '@nestjs/common';
import { AppError } from '@rapor/db';
import { may, Permission, requireAccess } from '@rapor/permissions';
import {
  compareByBandOrder,
  DomainError,
  movement,
  targetCategoryGap,
  unitSetComparability,
  type FrameworkDefinition,
  type GradingScheme,
} from '@rapor/domain';
import { defineLoader, type RequestContext } from '@rapor/platform';
import { LeaderboardsRepository, type HeatmapSqlRow, type LeaderboardSqlRow, type TrailingSqlRow } from './leaderboards.repository';
import { FrameworkDefinitions } from './framework-definitions';
import { labelOf as label, schemeOf } from './category-labels';
import {
  MovementBasis,
  type LeaderboardSort,
  type SortDirection,
  type EvaluatedUnit,
  type Heatmap,
  type HeatmapCell,
  type Leaderboard,
  type LeaderboardRow,
  type Trailing,
  type TrailingEntry,
} from './models/leaderboard.model';
import { InsightsService } from './insights.service';
import { DEFAULT_LEADERBOARD_OPTIONS, LEADERBOARD_OPTIONS, type LeaderboardOptions } from './leaderboards.options';

export interface BoardParams {
  provinceCode: string;
  frameworkCode: string;
  year: number;
  provisional: boolean;
}

export type LeaderboardParams = BoardParams & {
  node: string;
  kind: string | null;
  peerGroupId: string | null;
  /** The GraphQL enum's values (LeaderboardSort, SortDirection); mapped to SQL in the repository. */
  sortBy: `${LeaderboardSort}`;
  direction: `${SortDirection}`;
};

// Published boards are immutable until something they are computed from changes: they are kept,
// keyed by what the caller may see and by the board's version (see LeaderboardsRepository
// .boardVersion: revisions of this and the previous period, framework versions, targets, peer
// group, regions and units). Losing the cache loses nothing; an entry is never served for another
// version or scope. LEADERBOARD_CACHE_SIZE (validated at boot, see LeaderboardOptions) bounds it.

/** Province leaderboards, heatmaps and trailing lists over published (or, for reviewers, provisional) results. */
@Injectable()
export class LeaderboardsService {
  private readonly published = new Map<string, { version: string; board: Leaderboard }>();
  /** This request's boards, by parameters and caller (see `leaderboard`). */
  private readonly answers = defineLoader(() => new Map<string, Promise<Leaderboard>>());

  constructor(
    private readonly repo: LeaderboardsRepository,
    private readonly definitions: FrameworkDefinitions,
    private readonly insights: InsightsService,
    @Optional() @Inject(LEADERBOARD_OPTIONS) private readonly options: LeaderboardOptions = DEFAULT_LEADERBOARD_OPTIONS,
  ) {}

  /**
   * A province leaderboard. Answered once per request for the same board and caller: the API's
   * kept responses (apps/api graphql/kept-responses.ts) may execute a root field twice, and the
   * second time must cost no statement. A failure is not remembered (a retry after the
   * credentials were checked again asks anew).
   */
  leaderboard(ctx: RequestContext, p: LeaderboardParams): Promise<Leaderboard> {
    const { role, provinceId, regionId } = ctx.principal;
    const key = JSON.stringify([p, role, provinceId, regionId]);
    const answers = ctx.loaders.get(this.answers);
    let answer = answers.get(key);
    if (!answer) {
      answer = this.findLeaderboard(ctx, p, key).catch((error: unknown) => {
        answers.delete(key);
        throw error;
      });
      answers.set(key, answer);
    }
    return answer;
  }

  /** The board of `p` for the caller; `key` names it and the caller's visibility (see `leaderboard`). */
  private async findLeaderboard(ctx: RequestContext, p: LeaderboardParams, key: string): Promise<Leaderboard> {
    this.authorise(ctx, p);
    if (p.provisional) return this.computeLeaderboard(ctx, p);
    // The probe is the first statement of the root field: it ends its transaction in the same
    // round trip, so a kept board costs exactly one.
    const version = await this.repo.boardVersion(p.provinceCode, p.frameworkCode, p.year, p.peerGroupId, { ending: true });
    const cached = this.published.get(key);
    if (version && cached?.version === version) {
      ctx.noteVersion(`leaderboard:${version}`);
      return cached.board;
    }
    // The board is read in another transaction than the probe: a second probe in the board's
    // write, after it, tells whether the version held meanwhile. Only then is the board that
    // version's (kept, and tagged for revalidation).
    const computing = this.computeLeaderboard(ctx, p);
    const after = version ? this.repo.boardVersion(p.provinceCode, p.frameworkCode, p.year, p.peerGroupId) : null;
    const [board, held] = await Promise.all([computing, after]);
    if (!version || held !== version) return board;
    ctx.noteVersion(`leaderboard:${version}`);
    if (this.options.cacheSize > 0) {
      this.published.delete(key);
      if (this.published.size >= this.options.cacheSize) this.published.delete(this.published.keys().next().value!);
      this.published.set(key, { version, board });
    }
    return board;
  }

  private async computeLeaderboard(ctx: RequestContext, p: LeaderboardParams): Promise<Leaderboard> {
    const rows = await this.repo.leaderboard({
      provinceCode: p.provinceCode,
      frameworkCode: p.frameworkCode,
      year: p.year,
      nodeCode: p.node,
      kind: p.kind,
      peerGroupId: p.peerGroupId,
      provisional: p.provisional,
      sortBy: p.sortBy,
      direction: p.direction,
    });
    const head = rows[0];
    this.checkPeriod(p, head);
    if (!head!.nodeKnown) throw new AppError('BAD_USER_INPUT', `"${p.node}" is not a node of ${p.frameworkCode} ${head!.frameworkVersion}`, ['node']);
    const definition = await this.definitions.get(ctx, head!.frameworkVersionId!);
    const scheme = schemeOf(definition, p.year);
    const comparable = head!.previousVersion === null || head!.previousVersion === head!.frameworkVersion;
    const shown = rows.filter((r) => r.regionCode);
    const names = await this.unitNames(shown);
    const counts = { regionCount: shown.length, notSubmittedCount: p.provisional ? shown.filter((r) => !r.submitted).length : null };
    const mapped = shown.map((r) => ({ ...this.row(r, definition, scheme, p, comparable, names), ...counts }));
    if (p.sortBy === 'CATEGORY') sortByBand(mapped, scheme, p.direction);
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
      movementBasis: p.provisional ? MovementBasis.SAME_REGIONS : MovementBasis.PROVINCE_RANKS,
      comparedCount: head!.commonCount,
      ...counts,
      rankedCount: head!.rankedCount,
      median: head!.median,
      rows: mapped,
    };
  }

  async heatmap(ctx: RequestContext, p: BoardParams): Promise<Heatmap> {
    this.authorise(ctx, p);
    const rows = await this.repo.heatmap(p.provinceCode, p.frameworkCode, p.year, p.provisional);
    this.checkPeriod(p, rows[0] ? { periodId: 'x', periodState: rows[0].periodState, revision: rows[0].revision } : undefined);
    const scheme = schemeOf(await this.definitions.get(ctx, rows[0].frameworkVersionId!), p.year);
    const cell = (r: HeatmapSqlRow): HeatmapCell => ({ areaCode: r.areaCode, value: r.value, rank: r.rank, quartile: r.quartile });
    const areas = rows.filter((r, i) => r.areaCode !== '*' && rows.findIndex((x) => x.areaCode === r.areaCode) === i);
    const composites = rows.filter((r) => r.areaCode === '*');
    const byRegionArea = new Map(rows.map((r) => [`${r.regionCode}|${r.areaCode}`, r]));
    return {
      ...p,
      regionCount: composites.length,
      rankedCount: composites[0]?.rankedCount ?? 0,
      notSubmittedCount: composites[0]?.notSubmittedCount ?? null,
      areas: areas.map((a) => ({ code: a.areaCode, nameId: a.areaNameId, nameEn: a.areaNameEn, weight: a.weight })),
      rows: composites.map((c) => ({
        regionCode: c.regionCode,
        regionName: c.regionName,
        kind: c.kind,
        category: c.category,
        categoryLabel: label(scheme, c.category),
        submitted: c.submitted,
        composite: cell(c),
        cells: areas.map((a) => cell(byRegionArea.get(`${c.regionCode}|${a.areaCode}`)!)),
      })),
    };
  }

  async trailing(ctx: RequestContext, p: BoardParams & { n: number }): Promise<Trailing> {
    this.authorise(ctx, p);
    const rows = await this.repo.trailing(p.provinceCode, p.frameworkCode, p.year, p.provisional, p.n);
    const scheme = rows[0] ? schemeOf(await this.definitions.get(ctx, rows[0].frameworkVersionId), p.year) : null;
    const indicators = rows.length ? await this.insights.boardWeakestIndicators(ctx, p, 3) : () => [];
    const entry = (r: TrailingSqlRow): TrailingEntry => ({
      ...r,
      categoryLabel: label(scheme, r.category),
      standing: standing(r, p.provisional),
      weakestIndicators: indicators(r.regionCode, r.areaCode === '*' ? null : r.areaCode),
    });
    const overall = rows.filter((r) => r.areaCode === '*');
    const areaCodes = [...new Set(rows.map((r) => r.areaCode))].filter((c) => c !== '*');
    return {
      provisional: p.provisional,
      regionCount: rows[0]?.regionCount ?? 0,
      rankedCount: overall[0]?.rankedCount ?? 0,
      notSubmittedCount: rows[0]?.notSubmittedCount ?? null,
      overall: overall.map(entry),
      byArea: areaCodes.map((code) => {
        const inArea = rows.filter((r) => r.areaCode === code);
        return { areaCode: code, nameId: inArea[0].areaNameId, nameEn: inArea[0].areaNameEn, bottom: inArea.map(entry) };
      }),
    };
  }

  private authorise(ctx: RequestContext, p: BoardParams): void {
    const principal = ctx.principal;
    requireAccess(principal, Permission.LeaderboardRead);
    if (p.provisional && !may(principal, Permission.LeaderboardProvisionalRead, { provinceCode: p.provinceCode })) {
      throw new AppError('FORBIDDEN', 'Provisional results are for the province’s reviewers only', ['provisional']);
    }
    // Another province's published composites are public (nationalLeaderboard); its boards,
    // with area values, heatmaps and targets, stay within the province.
    if (!may(principal, Permission.LeaderboardRead, { provinceCode: p.provinceCode })) {
      throw new AppError('NOT_FOUND', `No ${p.frameworkCode} ${p.year} board of province ${p.provinceCode} for you (see nationalLeaderboard)`, ['provinceCode']);
    }
  }

  private checkPeriod(p: BoardParams, head: Pick<LeaderboardSqlRow, 'periodId' | 'periodState' | 'revision'> | undefined): void {
    if (!head?.periodId) throw new AppError('NOT_FOUND', `No ${p.frameworkCode} ${p.year} period in province ${p.provinceCode}`, ['year']);
    if (!p.provisional && !head.revision) {
      throw new AppError('NOT_PUBLISHED', `${p.frameworkCode} ${p.year} is not published yet (reviewers may ask for provisional results)`, ['year']);
    }
  }

  /** Names of the units whose presence changed between the periods, where the caller may see them. */
  private async unitNames(rows: readonly LeaderboardSqlRow[]): Promise<Map<string, string>> {
    const changed = rows.flatMap((r) => {
      const change = unitChange(r);
      return change ? [...change.added, ...change.dropped] : [];
    });
    if (changed.length === 0) return new Map();
    return new Map((await this.repo.unitNames([...new Set(changed)])).map((u) => [u.id, u.name]));
  }

  private row(
    r: LeaderboardSqlRow,
    definition: FrameworkDefinition,
    scheme: GradingScheme | null,
    p: LeaderboardParams,
    boardComparable: boolean,
    names: Map<string, string>,
  ): Omit<LeaderboardRow, 'regionCount' | 'notSubmittedCount'> {
    const precision = r.precision ?? definition.scale.precision;
    // Like with like: provisional ranks (among the submitters) are compared on the regions with a
    // value in both periods; published ones as the province ranks published for each period.
    const moved = p.provisional
      ? movement({ rank: r.commonRank, value: r.value }, { rank: r.previousCommonRank, value: r.previousValue }, precision)
      : movement({ rank: r.provinceRank ?? r.rank, value: r.value }, { rank: r.previousRank, value: r.previousValue }, precision);
    const units = unitChange(r);
    const unitRef = (id: string): EvaluatedUnit => ({ unitId: id, name: names.get(id) ?? null });
    const notes = [
      boardComparable ? null : `The previous period used another version of ${p.frameworkCode}`,
      units && !units.comparable ? `Other service units were evaluated than in the previous period (${units.added.length} added, ${units.dropped.length} dropped)` : null,
    ].filter((n): n is string => n !== null);
    const category = r.publishedCategory ?? r.computedCategory;
    return {
      regionCode: r.regionCode,
      regionName: r.regionName,
      kind: r.kind,
      value: r.value,
      publishedCategory: r.publishedCategory,
      computedCategory: r.computedCategory,
      category,
      categoryLabel: label(scheme, category),
      publishedCategoryLabel: label(scheme, r.publishedCategory),
      computedCategoryLabel: label(scheme, r.computedCategory),
      categoryMismatch: r.categoryMismatch ?? false,
      rank: r.rank,
      provinceRank: r.provinceRank,
      rankedCount: r.rankedCount,
      submitted: r.submitted,
      previousValue: r.previousValue,
      previousRank: r.previousRank,
      rankAmongCompared: r.commonRank,
      previousRankAmongCompared: r.previousCommonRank,
      rankChange: moved.rankChange,
      valueChange: moved.valueChange,
      movementComparable: notes.length === 0,
      movementNote: notes.length ? `${notes.join('; ')}: movement is not comparable` : null,
      unitsAdded: units ? units.added.map(unitRef) : null,
      unitsDropped: units ? units.dropped.map(unitRef) : null,
      gapToLeader: r.gapToLeader,
      gapToNextRankUp: r.gapToNextRankUp,
      gapToMedian: r.gapToMedian,
      targetCategory: r.targetCategory,
      targetCategoryLabel: label(scheme, r.targetCategory),
      targetRank: r.targetRank,
      targetRankGap: r.targetRank !== null && r.rank !== null ? r.rank - r.targetRank : null,
      targetCategoryGap: categoryGap(scheme, definition, r, precision),
    };
  }
}

/** Stable: within a band the rows keep the SQL order (rank, then region code); no data stays last. */
function sortByBand(rows: LeaderboardRow[], scheme: GradingScheme | null, direction: 'ASC' | 'DESC'): void {
  const byBand = compareByBandOrder(scheme, direction === 'DESC');
  rows.sort((a, b) => Number(a.rank === null) - Number(b.rank === null) || byBand(a.category, b.category));
}

/** The added and dropped units of a unit-level result against the previous period's (null when either has none). */
function unitChange(r: LeaderboardSqlRow): { comparable: boolean; added: readonly string[]; dropped: readonly string[] } | null {
  if (!r.evaluatedUnits || !r.previousEvaluatedUnits) return null;
  const rollUp = (units: string[]) => ({ value: null, evaluatedUnits: [...units].sort(), unevaluatedUnits: [] });
  const c = unitSetComparability(rollUp(r.evaluatedUnits), rollUp(r.previousEvaluatedUnits));
  const reason = c.reasons.find((x) => x.code === 'DIFFERENT_UNITS');
  return { comparable: c.comparable, added: reason?.unitsAdded ?? [], dropped: reason?.unitsDropped ?? [] };
}

function categoryGap(scheme: GradingScheme | null, definition: FrameworkDefinition, r: LeaderboardSqlRow, precision: number): number | null {
  if (!scheme || !r.targetCategory || r.value === null) return null;
  try {
    return targetCategoryGap(r.value, scheme, r.targetCategory, { precision, higherIsBetter: definition.scale.higherIsBetter });
  } catch (error) {
    if (error instanceof DomainError) return null;
    throw error;
  }
}

function standing(r: TrailingSqlRow, provisional: boolean): string {
  if (!provisional) return `${r.rank} of ${r.rankedCount} ranked`;
  const waiting = r.notSubmittedCount ? ` (${r.notSubmittedCount} ${r.notSubmittedCount === 1 ? 'has' : 'have'} not submitted)` : '';
  return `${r.rank} of the ${r.rankedCount} submitted${waiting}`;
}
