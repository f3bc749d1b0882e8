import { Injectable } from '@nestjs/common';
import { AppError, notFound, oversees } from '@rapor/db';
import { categoryThreshold, competitionRanks, DomainError, nationalProvinceStandings, schemeForYear, whatIf, type FrameworkDefinition } from '@rapor/domain';
import type { RequestContext } from '@rapor/platform';
import { FrameworkDefinitions } from './framework-definitions';
import { InsightsRepository, type HistoryRow } from './insights.repository';
import type { NationalUnrankedReason, InnovationBoardRow, NationalLeaderboard, NationalProvince, NationalRegion, PeerGroup, RegionProfile, StandingPoint, TargetProgress, WhatIfResult } from './models/insights.model';

const point = (h: HistoryRow): StandingPoint => ({ ...h });

/** A region's profile, what-ifs, national aggregates and peer groups. */
@Injectable()
export class InsightsService {
  constructor(
    private readonly repo: InsightsRepository,
    private readonly definitions: FrameworkDefinitions,
  ) {}

  /** A region across every framework; what a caller sees of it follows row-level security. */
  async profile(ctx: RequestContext, region: { code: string; name: string; kind: string; provinceCode: string }): Promise<RegionProfile> {
    requireSignedIn(ctx);
    const [history, areas, targets, innovations] = [
      await this.repo.history(region.code),
      await this.repo.weakestAreas(region.code),
      await this.repo.targets(region.code),
      await this.repo.innovationStages(region.code),
    ];
    const codes = [...new Set(history.map((h) => h.frameworkCode))];
    const frameworks = [];
    for (const code of codes) {
      const own = history.filter((h) => h.frameworkCode === code);
      const latest = own[own.length - 1];
      const progress: TargetProgress[] = [];
      for (const t of targets.filter((x) => x.frameworkCode === code)) {
        const compared = own.find((h) => h.year === t.year) ?? latest;
        progress.push({
          year: t.year,
          targetCategory: t.targetCategory,
          targetRank: t.targetRank,
          comparedYear: compared.year,
          rankGap: t.targetRank !== null && compared.rank !== null ? compared.rank - t.targetRank : null,
          categoryGap: await this.categoryGap(ctx, compared, t.targetCategory),
          note: t.note,
        });
      }
      frameworks.push({
        frameworkCode: code,
        latest: point(latest),
        history: own.map(point),
        weakestAreas: areas
          .filter((a) => a.frameworkCode === code && a.value !== null && a.shortfall !== null && (a.weightedShortfall ?? 0) > 0)
          .map((a) => ({ areaCode: a.areaCode, nameId: a.nameId, nameEn: a.nameEn, value: a.value!, shortfall: a.shortfall!, weightedShortfall: a.weightedShortfall! })),
        targets: progress,
      });
    }
    const opinions = history.filter((h) => h.frameworkCode === 'OPINI_BPK').sort((a, b) => b.year - a.year);
    let wtp = 0;
    for (const [i, o] of opinions.entries()) {
      if (o.category !== 'WTP' || (i > 0 && opinions[i - 1].year - o.year !== 1)) break;
      wtp++;
    }
    return { regionCode: region.code, regionName: region.name, kind: region.kind, provinceCode: region.provinceCode, frameworks, innovations, consecutiveWtpYears: wtp };
  }

  /** "If these values were X": composite, category and rank among the province's regions; stores nothing. */
  async whatIf(
    ctx: RequestContext,
    input: { regionCode: string; frameworkCode: string; year: number; changes: { nodeCode: string; value: number }[]; provisional: boolean },
  ): Promise<WhatIfResult> {
    requireSignedIn(ctx);
    const provinceCode = input.regionCode.slice(0, 2);
    const p = ctx.principal;
    // Published composites are public nationally; the indicator values a what-if starts from are not.
    if (p.role !== 'operator' && p.provinceId !== provinceCode) {
      throw new AppError('NOT_FOUND', `The indicator values of ${input.regionCode} are visible to its province only`, ['regionCode']);
    }
    if (input.provisional && !oversees(p, provinceCode)) {
      throw new AppError('FORBIDDEN', 'Provisional what-ifs are for the province’s reviewers only', ['provisional']);
    }
    const found = await this.repo.periodAndPeers(provinceCode, input.frameworkCode, input.year, input.regionCode, input.provisional);
    if (!found.periodId || !found.frameworkVersionId) throw new AppError('NOT_FOUND', `No ${input.frameworkCode} ${input.year} period for ${input.regionCode}`, ['year']);
    if (!input.provisional && !found.revision) throw new AppError('NOT_PUBLISHED', `${input.frameworkCode} ${input.year} is not published yet`, ['year']);
    const definition = await this.definitions.get(ctx, found.frameworkVersionId);
    if (definition.level === 'unit') {
      throw new AppError('UNSUPPORTED', `${definition.code} is scored per service unit; what-ifs work on region-level frameworks`, ['frameworkCode']);
    }
    const leaves = await this.repo.leafValues(found.periodId, input.regionCode, input.provisional);
    if (leaves.length === 0) {
      throw new AppError('NO_LEAF_VALUES', `${input.regionCode} has no indicator values you may see in this period (official composites cannot be decomposed)`, ['regionCode']);
    }
    const current = Object.fromEntries(leaves.map((l) => [l.nodeCode, l.value]));
    const changes = Object.fromEntries(input.changes.map((c) => [c.nodeCode, c.value]));
    try {
      const before = whatIf(definition, current, {}, found.peers, input.year);
      const after = whatIf(definition, current, changes, found.peers, input.year);
      return {
        currentValue: before.composite.value,
        currentRank: before.rank,
        value: after.composite.value,
        complete: after.composite.complete,
        missing: [...after.composite.missing],
        category: after.band?.code ?? null,
        rank: after.rank,
        rankedCount: after.rankedCount,
      };
    } catch (error) {
      if (error instanceof DomainError) throw new AppError(error.code, error.message, ['changes']);
      throw error;
    }
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
    requireSignedIn(ctx);
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
    requireSignedIn(ctx);
    const p = ctx.principal;
    if (p.role !== 'operator' && p.provinceId !== provinceCode) throw new AppError('NOT_FOUND', `No innovations of province ${provinceCode} for you`, ['provinceCode']);
    const rows = await this.repo.innovationBoard(provinceCode, year);
    const ranks = competitionRanks(rows.map((r) => (r.forwarded > 0 ? r.forwarded : null)), 0);
    return rows.map((r, i) => ({
      regionCode: r.regionCode,
      regionName: r.regionName,
      forwarded: r.forwarded,
      stages: Object.entries(r.byStage).map(([stage, count]) => ({ stage, count })).sort((a, b) => b.count - a.count || a.stage.localeCompare(b.stage)),
      rank: ranks[i],
    }));
  }

  async peerGroups(ctx: RequestContext, provinceCode: string): Promise<PeerGroup[]> {
    requireSignedIn(ctx);
    return this.repo.peerGroups(provinceCode);
  }

  async createPeerGroup(ctx: RequestContext, input: { provinceCode: string; name: string; regionCodes: string[] }): Promise<PeerGroup> {
    const p = ctx.principal;
    if (!oversees(p, input.provinceCode)) {
      throw new AppError('FORBIDDEN', 'Peer groups are saved by the province’s reviewers');
    }
    const outside = input.regionCodes.filter((c) => !c.startsWith(`${input.provinceCode}.`));
    if (outside.length) throw new AppError('BAD_USER_INPUT', `Not regions of province ${input.provinceCode}: ${outside.join(', ')}`, ['regionCodes']);
    const id = await this.repo.insertPeerGroup(input.provinceCode, input.name.trim(), [...new Set(input.regionCodes)], p.userId);
    const saved = (await this.repo.peerGroups(input.provinceCode)).find((g: PeerGroup) => g.id === id);
    if (!saved) throw notFound('Peer group');
    return saved;
  }

  async deletePeerGroup(ctx: RequestContext, id: string): Promise<boolean> {
    requireSignedIn(ctx);
    if ((await this.repo.deletePeerGroup(id)) === 0) throw notFound(`Peer group ${id}`, 'id');
    return true;
  }

  private async categoryGap(ctx: RequestContext, at: HistoryRow, category: string | null): Promise<number | null> {
    if (!category || at.value === null) return null;
    const definition: FrameworkDefinition = await this.definitions.get(ctx, at.frameworkVersionId);
    try {
      const scheme = schemeForYear(definition, at.year);
      const threshold = scheme ? categoryThreshold(scheme, category, definition.scale) : null;
      if (threshold === null) return null;
      return Math.round((definition.scale.higherIsBetter ? threshold - at.value : at.value - threshold) * 1e6) / 1e6;
    } catch (error) {
      if (error instanceof DomainError) return null;
      throw error;
    }
  }
}

function requireSignedIn(ctx: RequestContext): void {
  if (!ctx.principal.role) throw new AppError('UNAUTHENTICATED', 'Sign in first');
}
