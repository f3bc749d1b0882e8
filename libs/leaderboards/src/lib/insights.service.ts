import { Injectable } from '@nestjs/common';
import { AppError, notFound, oversees } from '@rapor/db';
import { competitionRanks, DomainError, targetCategoryGap, whatIf, type FrameworkDefinition } from '@rapor/domain';
import type { RequestContext } from '@rapor/platform';
import { labelOf, schemeOf } from './category-labels';
import { FrameworkDefinitions } from './framework-definitions';
import { InsightsRepository, type HistoryRow } from './insights.repository';
import type { InnovationBoardRow, NationalLeaderboard, PeerGroup, RegionProfile, StandingPoint, TargetProgress, WhatIfResult } from './models/insights.model';
import { compareHistory } from './standing-history';

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
    const p = ctx.principal;
    // The region page is for its own team, its province's reviewers, operators and report
    // keys of the province; other teams see its published results on the boards instead.
    const provinceKey = p.role === 'api_key' && p.provinceId === region.provinceCode && !p.regionId;
    if (!oversees(p, region.provinceCode) && p.regionId !== region.code && !provinceKey) {
      throw new AppError('FORBIDDEN', `The profile of ${region.code} is for its own team and its province’s reviewers`, ['code']);
    }
    const [history, areas, targets, innovations] = [
      await this.repo.history(region.code),
      await this.repo.weakestAreas(region.code),
      await this.repo.targets(region.code),
      await this.repo.innovationStages(region.code),
    ];
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

  async national(ctx: RequestContext, frameworkCode: string, year: number, kind: string | null): Promise<NationalLeaderboard> {
    requireSignedIn(ctx);
    return { provinces: await this.repo.nationalProvinces(frameworkCode, year), regions: await this.repo.nationalRegions(frameworkCode, year, kind) };
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
    const scheme = schemeOf(definition, at.year);
    try {
      return scheme ? targetCategoryGap(at.value, scheme, category, definition.scale) : null;
    } catch (error) {
      if (error instanceof DomainError) return null;
      throw error;
    }
  }
}

function requireSignedIn(ctx: RequestContext): void {
  if (!ctx.principal.role) throw new AppError('UNAUTHENTICATED', 'Sign in first');
}
