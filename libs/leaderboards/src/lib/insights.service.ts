import { Injectable } from '@nestjs/common';
import { AppError, notFound } from '@rapor/db';
import { may, Permission, requireAccess } from '@rapor/permissions';
import {
  competitionRanks,
  DomainError,
  flattenNodes,
  nationalProvinceStandings,
  pathToTarget,
  roundTo,
  spreadAreaChanges,
  targetCategoryGap,
  weakestIndicators,
  whatIf,
  type FrameworkDefinition,
  type IndicatorShortfall,
} from '@rapor/domain';
import type { RequestContext } from '@rapor/platform';
import { labelOf, schemeOf } from './category-labels';
import { FrameworkDefinitions } from './framework-definitions';
import { InsightsRepository, type HistoryRow, type LeafValueRow } from './insights.repository';
import { WhatIfBasis } from './models/insights.model';
import type {
  InnovationBoardRow,
  NationalProvince,
  NationalRegion,
  NationalUnrankedReason,
  NationalLeaderboard,
  PeerGroup,
  RegionProfile,
  StandingPoint,
  TargetPath,
  TargetProgress,
  WhatIfResult,
} from './models/insights.model';
import type { WeakIndicator } from './models/weak-indicator.model';
import { compareHistory } from './standing-history';

/** A region's profile, what-ifs, national aggregates and peer groups. */
/** The region a profile is of. */
export interface RegionRef {
  code: string;
  name: string;
  kind: string;
  provinceCode: string;
}

@Injectable()
export class InsightsService {
  constructor(
    private readonly repo: InsightsRepository,
    private readonly definitions: FrameworkDefinitions,
  ) {}

  /** A region across every framework; what a caller sees of it follows row-level security. */
  async profile(ctx: RequestContext, target: RegionRef | { code: string; load(): Promise<RegionRef> }): Promise<RegionProfile> {
    const code = target.code;
    // The region and its five reads are sent together: the tenant transaction pipelines them, one
    // round trip for all. Row-level security guards each read; nothing is answered unless allowed.
    const [region, history, areas, targets, innovations, leaves] = await Promise.all([
      'load' in target ? target.load() : target,
      this.repo.history(code),
      this.repo.weakestAreas(code),
      this.repo.targets(code),
      this.repo.innovationStages(code),
      this.repo.latestLeafValues(code),
    ]);
    const p = ctx.principal;
    requireAccess(p, Permission.RegionProfileRead);
    // The region page is for its own team, its province's reviewers, operators and report
    // keys of the province; other teams see its published results on the boards instead.
    if (!may(p, Permission.RegionProfileRead, { regionCode: region.code })) {
      throw new AppError('FORBIDDEN', `The profile of ${region.code} is for its own team and its province’s reviewers`, ['code']);
    }
    const codes = [...new Set(history.map((h) => h.frameworkCode))];
    const unitNames = new Map(history.some((h) => h.evaluatedUnits) ? (await this.repo.unitNames(region.code)).map((u) => [u.id, u.name]) : []);
    const definitions = new Map<string, FrameworkDefinition>();
    for (const h of history) if (!definitions.has(h.frameworkVersionId)) definitions.set(h.frameworkVersionId, await this.definitions.get(ctx, h.frameworkVersionId));
    const frameworks = [];
    for (const code of codes) {
      const rows = history.filter((h) => h.frameworkCode === code);
      // Labels, and whether each point compares with the one before (framework version, lokus).
      const comparisons = compareHistory(rows, (h) => definitions.get(h.frameworkVersionId)!, unitNames);
      const own: StandingPoint[] = rows.map((h, i) => ({ ...h, ...comparisons[i] }));
      const latest = own[own.length - 1];
      const progress: TargetProgress[] = [];
      for (const t of targets.filter((x) => x.frameworkCode === code)) {
        const compared = rows.find((h) => h.year === t.year) ?? rows[rows.length - 1];
        progress.push({
          year: t.year,
          targetCategory: t.targetCategory,
          targetCategoryLabel: labelOf(schemeOf(definitions.get(compared.frameworkVersionId)!, compared.year), t.targetCategory),
          targetRank: t.targetRank,
          comparedYear: compared.year,
          rankGap: t.targetRank !== null && compared.rank !== null ? compared.rank - t.targetRank : null,
          categoryGap: await this.categoryGap(ctx, compared, t.targetCategory),
          note: t.note,
        });
      }
      frameworks.push({
        frameworkCode: code,
        latest,
        history: own,
        weakestAreas: areas
          .filter((a) => a.frameworkCode === code && a.value !== null && a.shortfall !== null && (a.weightedShortfall ?? 0) > 0)
          .map((a) => ({
            areaCode: a.areaCode,
            nameId: a.nameId,
            nameEn: a.nameEn,
            value: a.value!,
            shortfall: a.shortfall!,
            weightedShortfall: a.weightedShortfall!,
          })),
        weakestIndicators: await this.weakestOf(
          ctx,
          region.code,
          leaves.filter((l) => l.frameworkCode === code),
        ),
        targets: progress,
      });
    }
    const opinions = history.filter((h) => h.frameworkCode === 'OPINI_BPK').sort((a, b) => b.year - a.year);
    let wtp = 0;
    for (const [i, o] of opinions.entries()) {
      if (o.category !== 'WTP' || (i > 0 && opinions[i - 1].year - o.year !== 1)) break;
      wtp++;
    }
    return {
      regionCode: region.code,
      regionName: region.name,
      kind: region.kind,
      provinceCode: region.provinceCode,
      frameworks,
      innovations,
      consecutiveWtpYears: wtp,
    };
  }

  /**
   * "If these values were X": composite, category and rank with changed indicator values and/or
   * area changes; stores nothing. Two statements at most (the basis, and a framework definition
   * not yet kept).
   */
  async whatIf(ctx: RequestContext, input: WhatIfQuery): Promise<WhatIfResult> {
    // A team that has saved nothing yet still sees what the values it is typing would give.
    const b = await this.basis(ctx, input, input.changes.length > 0);
    const areaChanges = domainErrors(['areaChanges'], () => spreadAreaChanges(b.definition, b.values, input.areaChanges ?? []));
    const changes: Record<string, number> = {
      ...areaChanges,
      ...Object.fromEntries(input.changes.map((c) => [c.nodeCode, c.value])),
    };
    const [before, after] = domainErrors(['changes'], () => [
      whatIf(b.definition, b.values, {}, b.peers, b.start.year),
      whatIf(b.definition, b.values, changes, b.peers, b.start.year),
    ]);
    const nodes = new Map(flattenNodes(b.definition).map((f) => [f.node.code, f]));
    const precision = b.definition.scale.precision + 1;
    const at = (r: typeof before, code: string) => {
      const v = r.composite.nodes.find((n) => n.code === code)?.value ?? null;
      return v === null ? null : roundTo(v, precision);
    };
    const rounded = (v: number | null) => (v === null ? null : roundTo(v, precision));
    return {
      ...b.start,
      currentValue: rounded(before.composite.value),
      currentCategory: before.band?.code ?? null,
      currentRank: b.ranked ? before.rank : null,
      value: rounded(after.composite.value),
      complete: after.composite.complete,
      missing: [...after.composite.missing],
      category: after.band?.code ?? null,
      rank: b.ranked ? after.rank : null,
      rankedCount: b.ranked ? after.rankedCount : 0,
      changedValues: Object.entries(changes)
        .filter(([code, to]) => (b.values[code] ?? null) !== to)
        .map(([code, to]) => ({
          nodeCode: code,
          nameId: nodes.get(code)!.node.names.id,
          nameEn: nodes.get(code)!.node.names.en,
          from: b.values[code] ?? null,
          to,
        })),
      areas: b.definition.nodes.map((n) => ({
        areaCode: n.code,
        nameId: n.names.id,
        nameEn: n.names.en,
        currentValue: at(before, n.code),
        value: at(after, n.code),
        best: nodes.get(n.code)!.scale.higherIsBetter ? nodes.get(n.code)!.scale.max : nodes.get(n.code)!.scale.min,
      })),
    };
  }

  /**
   * The cheapest way to a target category and/or rank: the fewest indicator improvements, largest
   * room first, on the same basis as a what-if (the current published board by default).
   */
  async pathToTarget(
    ctx: RequestContext,
    input: WhatIfPeriodQuery & { targetCategory?: string | null; targetRank?: number | null },
  ): Promise<TargetPath> {
    const b = await this.basis(ctx, input);
    let category = input.targetCategory?.trim() || null;
    let targetRank = input.targetRank ?? null;
    if (!category && !targetRank) {
      // Without a target in the question: the region's saved one for the framework and year.
      const saved = (await this.repo.targets(input.regionCode)).find((t) => t.frameworkCode === b.start.frameworkCode && t.year === b.start.year);
      if (!saved) {
        throw new AppError('BAD_USER_INPUT', `Name a target category, a target rank, or both (no ${b.start.frameworkCode} ${b.start.year} target is saved)`, [
          'targetCategory',
          'targetRank',
        ]);
      }
      category = saved.targetCategory;
      targetRank = saved.targetRank;
    }
    if (!b.ranked && targetRank) {
      throw new AppError(
        'NOT_PUBLISHED',
        `No published ${b.start.frameworkCode} board in province ${input.regionCode.slice(0, 2)} to rank against yet`,
        ['targetRank'],
      );
    }
    const path = domainErrors(category ? ['targetCategory'] : ['targetRank'], () =>
      pathToTarget(b.definition, b.values, b.peers, b.start.year, { category, rank: targetRank }),
    );
    const nodes = new Map(flattenNodes(b.definition).map((f) => [f.node.code, f.node]));
    const precision = b.definition.scale.precision + 1;
    return {
      ...b.start,
      targetCategory: category,
      targetRank,
      targetValue: path.targetValue,
      currentValue: roundTo(path.current.composite.value!, precision),
      currentCategory: path.current.band?.code ?? null,
      currentRank: b.ranked ? path.current.rank : null,
      reached: path.reached,
      reachable: path.reachable,
      steps: path.steps.map((s) => ({
        ...s,
        nameId: nodes.get(s.nodeCode)!.names.id,
        nameEn: nodes.get(s.nodeCode)!.names.en,
        rank: b.ranked ? s.rank : null,
      })),
      value: roundTo(path.final.composite.value!, precision),
      category: path.final.band?.code ?? null,
      rank: b.ranked ? path.final.rank : null,
      rankedCount: b.ranked ? path.final.rankedCount : 0,
    };
  }

  /**
   * The weakest indicators of regions of a board, overall and per area: one statement (the
   * board's leaf values, as the caller may see them), then the domain rule.
   */
  async boardWeakestIndicators(
    ctx: RequestContext,
    board: { provinceCode: string; frameworkCode: string; year: number; provisional: boolean },
    limit: number,
  ): Promise<(regionCode: string, areaCode: string | null) => WeakIndicator[]> {
    const rows = await this.repo.boardLeafValues(board.provinceCode, board.frameworkCode, board.year, board.provisional);
    if (rows.length === 0) return () => [];
    const definition = await this.definitions.get(ctx, rows[0].frameworkVersionId);
    const byRegion = leafValuesByRegion(rows);
    return (regionCode, areaCode) =>
      byRegion.has(regionCode)
        ? named(definition, weakestIndicators(definition, byRegion.get(regionCode)!, [...byRegion.values()], { limit, areaCode }))
        : [];
  }

  /** Period, definition, the region's leaf values and its peers' composites, after the permission check. */
  private async basis(ctx: RequestContext, input: WhatIfPeriodQuery, draftFromChangesOnly = false) {
    const p = ctx.principal;
    requireAccess(p, Permission.WhatIfRead);
    const provinceCode = input.regionCode.slice(0, 2);
    const basis: WhatIfBasis = input.basis ?? (input.provisional ? WhatIfBasis.PROVISIONAL : WhatIfBasis.PUBLISHED);
    if (input.provisional && basis !== WhatIfBasis.PROVISIONAL) {
      throw new AppError('BAD_USER_INPUT', `provisional: true contradicts basis ${basis}; give basis only`, ['provisional', 'basis']);
    }
    if (!input.periodId && (!input.frameworkCode || !input.year)) {
      throw new AppError('BAD_USER_INPUT', 'Give a periodId, or a frameworkCode and a year', [
        'periodId',
        'frameworkCode',
        'year',
      ]);
    }
    // A region's what-ifs decompose its own indicator values: its team's and its reviewers' business.
    if (!may(p, Permission.WhatIfRead, { regionCode: input.regionCode })) {
      throw new AppError(
        'FORBIDDEN',
        `What-ifs on ${input.regionCode} are for its own team and the reviewers of province ${provinceCode}`,
        ['regionCode'],
      );
    }
    if (basis === WhatIfBasis.PROVISIONAL && !may(p, Permission.LeaderboardProvisionalRead, { provinceCode })) {
      throw new AppError(
        'FORBIDDEN',
        'Provisional what-ifs are for the province’s reviewers only (a region team may use basis DRAFT)',
        ['basis'],
      );
    }
    const found = await this.repo.whatIfBasis(
      input.regionCode,
      input.periodId ?? null,
      input.frameworkCode ?? null,
      input.year ?? null,
      basis,
    );
    const what = input.periodId ? `period ${input.periodId}` : `${input.frameworkCode} ${input.year}`;
    if (!found) throw new AppError('NOT_FOUND', `No ${what} for ${input.regionCode}`, input.periodId ? ['periodId'] : ['year']);
    if (basis === WhatIfBasis.PUBLISHED && !found.revision) {
      throw new AppError(
        'NOT_PUBLISHED',
        `${found.frameworkCode} ${found.year} is not published yet (its team may start from its own values with basis DRAFT)`,
        ['basis'],
      );
    }
    const definition = await this.definitions.get(ctx, found.frameworkVersionId);
    if (definition.level === 'unit') {
      throw new AppError(
        'UNSUPPORTED',
        `${definition.code} is scored per service unit; what-ifs work on region-level frameworks`,
        ['frameworkCode'],
      );
    }
    if (found.leaves.length === 0 && !(draftFromChangesOnly && basis === WhatIfBasis.DRAFT)) {
      throw new AppError(
        'NO_LEAF_VALUES',
        basis === WhatIfBasis.PUBLISHED
          ? `${input.regionCode} has no published indicator values in ${found.frameworkCode} ${found.year}: only its official composite was published, which cannot be decomposed`
          : `${input.regionCode} has no indicator values in ${found.frameworkCode} ${found.year} yet`,
        ['regionCode'],
      );
    }
    return {
      // What a what-if and a path to a target both answer first: where they started from.
      start: { periodId: found.periodId, frameworkCode: found.frameworkCode, year: found.year, basis, boardYear: found.boardYear },
      definition,
      ranked: found.boardYear !== null,
      peers: found.peers,
      values: Object.fromEntries(found.leaves.map((l) => [l.nodeCode, l.value])) as Record<string, number | null>,
    };
  }

  /**
   * The national board of a framework and year, the same for everyone signed in: published
   * composites are public (DESIGN "Tenancy and visibility"). Provinces rank on mean and median
   * only with enough coverage; demo periods stay out while real data exists unless asked for.
   */
  async national(
    ctx: RequestContext,
    q: { frameworkCode: string; year: number; kind: string | null; includeDemo: boolean; minCoveragePercent: number },
  ): Promise<NationalLeaderboard> {
    requireAccess(ctx.principal, Permission.NationalLeaderboardRead);
    const query = { frameworkCode: q.frameworkCode, year: q.year, kind: q.kind, includeDemo: q.includeDemo };
    const provinceRows = await this.repo.nationalProvinces(query);
    const regionRows = await this.repo.nationalRegions(query);
    const valued = provinceRows.filter((p) => p.precision !== null);
    const precision = Math.max(0, ...valued.map((p) => p.precision ?? 0), ...regionRows.map((r) => r.precision));
    const higherIsBetter = (valued[0]?.higherIsBetter ?? regionRows[0]?.higherIsBetter) !== false;
    let standings;
    try {
      standings = nationalProvinceStandings(provinceRows, precision, higherIsBetter, q.minCoveragePercent);
    } catch (error) {
      if (error instanceof DomainError) throw new AppError('BAD_USER_INPUT', error.message, ['minCoveragePercent']);
      throw error;
    }
    const provinces: NationalProvince[] = provinceRows.map((p, i) => {
      const s = standings[i];
      return {
        provinceCode: p.provinceCode,
        provinceName: p.provinceName,
        regionsWithValue: p.regionsWithValue,
        regionsInProvince: p.regionsInProvince,
        coveragePercent: s.coveragePercent,
        regionCount: p.regionsWithValue,
        mean: p.mean,
        median: p.median,
        min: p.min,
        max: p.max,
        rankByMean: s.rankByMean,
        rankByMedian: s.rankByMedian,
        unrankedReason: s.unrankedReason as NationalUnrankedReason | null,
        unrankedNote:
          s.unrankedReason === 'NO_DATA'
            ? `No kab/kota has a published ${q.frameworkCode} ${q.year} value`
            : s.unrankedReason === 'LOW_COVERAGE'
              ? `${p.regionsWithValue} of ${p.regionsInProvince} kab/kota (${s.coveragePercent}%) have a value; ${q.minCoveragePercent}% needed to be ranked`
              : null,
        demo: p.demo,
      };
    });
    provinces.sort(
      (a, b) =>
        (a.rankByMean ?? Infinity) - (b.rankByMean ?? Infinity) ||
        b.coveragePercent - a.coveragePercent ||
        a.provinceCode.localeCompare(b.provinceCode),
    );
    const ranks = competitionRanks(regionRows.map((r) => r.value), precision, higherIsBetter);
    const regions: NationalRegion[] = regionRows
      .map((r, i) => ({
        regionCode: r.regionCode,
        regionName: r.regionName,
        kind: r.kind,
        provinceCode: r.provinceCode,
        provinceName: r.provinceName,
        value: r.value,
        category: r.category,
        nationalRank: ranks[i]!,
        nationalCount: regionRows.length,
        provinceRank: r.provinceRank,
        provinceRankedCount: r.provinceRankedCount,
        frameworkVersion: r.frameworkVersion,
        demo: r.demo,
      }))
      .sort((a, b) => a.nationalRank - b.nationalRank || a.regionCode.localeCompare(b.regionCode));
    const demoProvinces = provinceRows.filter((p) => p.demo);
    ctx.noteDemoData(demoProvinces.map((p) => `${q.frameworkCode} ${q.year}, province ${p.provinceCode}`));
    return {
      frameworkCode: q.frameworkCode,
      year: q.year,
      minCoveragePercent: q.minCoveragePercent,
      provinces,
      regions,
      includesDemo: demoProvinces.length > 0,
      demoLeftOut: provinceRows[0]?.demoLeftOut ?? false,
    };
  }

  /** Regions of a province by innovations forwarded to the national competition, and the stages reached. */
  async innovationBoard(ctx: RequestContext, provinceCode: string, year: number | null): Promise<InnovationBoardRow[]> {
    requireAccess(ctx.principal, Permission.InnovationBoardRead);
    if (!may(ctx.principal, Permission.InnovationBoardRead, { provinceCode }))
      throw new AppError('NOT_FOUND', `No innovations of province ${provinceCode} for you`, ['provinceCode']);
    const rows = await this.repo.innovationBoard(provinceCode, year);
    const ranks = competitionRanks(
      rows.map((r) => (r.forwarded > 0 ? r.forwarded : null)),
      0,
    );
    return rows.map((r, i) => ({
      regionCode: r.regionCode,
      regionName: r.regionName,
      forwarded: r.forwarded,
      stages: Object.entries(r.byStage)
        .map(([stage, count]) => ({ stage, count }))
        .sort((a, b) => b.count - a.count || a.stage.localeCompare(b.stage)),
      rank: ranks[i],
    }));
  }

  async peerGroups(ctx: RequestContext, provinceCode: string): Promise<PeerGroup[]> {
    requireAccess(ctx.principal, Permission.PeerGroupRead);
    return this.repo.peerGroups(provinceCode);
  }

  async createPeerGroup(
    ctx: RequestContext,
    input: { provinceCode: string; name: string; regionCodes: string[] },
  ): Promise<PeerGroup> {
    const p = ctx.principal;
    if (!may(p, Permission.PeerGroupManage, { provinceCode: input.provinceCode })) {
      throw new AppError('FORBIDDEN', 'Peer groups are saved by the province’s reviewers');
    }
    const outside = input.regionCodes.filter((c) => !c.startsWith(`${input.provinceCode}.`));
    if (outside.length)
      throw new AppError('BAD_USER_INPUT', `Not regions of province ${input.provinceCode}: ${outside.join(', ')}`, [
        'regionCodes',
      ]);
    const id = await this.repo.insertPeerGroup(input.provinceCode, input.name.trim(), [...new Set(input.regionCodes)], p.userId);
    const saved = (await this.repo.peerGroups(input.provinceCode)).find((g: PeerGroup) => g.id === id);
    if (!saved) throw notFound('Peer group');
    return saved;
  }

  async deletePeerGroup(ctx: RequestContext, id: string): Promise<boolean> {
    requireAccess(ctx.principal, Permission.PeerGroupManage);
    if ((await this.repo.deletePeerGroup(id)) === 0) throw notFound(`Peer group ${id}`, 'id');
    return true;
  }

  private async weakestOf(ctx: RequestContext, regionCode: string, rows: LeafValueRow[]): Promise<WeakIndicator[]> {
    const byRegion = leafValuesByRegion(rows);
    const own = byRegion.get(regionCode);
    if (!own) return [];
    const definition = await this.definitions.get(ctx, rows[0].frameworkVersionId);
    if (definition.level === 'unit') return [];
    return named(definition, weakestIndicators(definition, own, [...byRegion.values()], { limit: 5 }));
  }

  private async categoryGap(ctx: RequestContext, at: HistoryRow, category: string | null): Promise<number | null> {
    if (!category || at.value === null) return null;
    const definition: FrameworkDefinition = await this.definitions.get(ctx, at.frameworkVersionId);
    const scheme = schemeOf(definition, at.year);
    try {
      return scheme ? targetCategoryGap(at.value, scheme, category, definition.scale) : null;
    } catch (error) {
      if (error instanceof DomainError) return null;
      throw error;
    }
  }
}

/** The region, period and basis of a what-if (see `WhatIfPeriodInput`). */
export interface WhatIfPeriodQuery {
  regionCode: string;
  periodId?: string | null;
  frameworkCode?: string | null;
  year?: number | null;
  provisional?: boolean;
  basis?: WhatIfBasis | null;
}

/** A what-if question (see `WhatIfInput`). */
export interface WhatIfQuery extends WhatIfPeriodQuery {
  changes: { nodeCode: string; value: number }[];
  areaChanges?: { nodeCode: string; delta: number }[];
}

function leafValuesByRegion(rows: readonly LeafValueRow[]): Map<string, Record<string, number>> {
  const out = new Map<string, Record<string, number>>();
  for (const r of rows) {
    const values = out.get(r.regionCode) ?? {};
    values[r.nodeCode] = r.value;
    out.set(r.regionCode, values);
  }
  return out;
}

function named(definition: FrameworkDefinition, rows: IndicatorShortfall[]): WeakIndicator[] {
  const nodes = new Map(flattenNodes(definition).map((f) => [f.node.code, f.node]));
  return rows.map((r) => ({ ...r, nameId: nodes.get(r.nodeCode)!.names.id, nameEn: nodes.get(r.nodeCode)!.names.en }));
}

/** Runs a domain computation, reporting its rule violations as the client's error on `fields`. */
function domainErrors<T>(fields: string[], fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof DomainError) throw new AppError(error.code, error.message, fields);
    throw error;
  }
}
