import { Injectable } from '@nestjs/common';
import { AppError, notFound, setAuditReason } from '@rapor/db';
import type { RequestContext } from '@rapor/platform';
import { FrameworkBandsService, type FrameworkBand } from '@rapor/frameworks';
import { Permission, RegionScopeService } from '@rapor/permissions';
import { UnitsService } from '@rapor/units';
import type { CreateInnovationInput, RecordInnovationStageArgs, UpdateInnovationInput } from './dto/innovation.args';
import { INNOVATION_STEPS, stepRefusal, type InnovationStatusValue, type InnovationStep } from './innovation-steps';
import { InnovationsRepository, type InnovationRow } from './innovations.repository';

/** The framework whose ordinal scheme names the stages an innovation reaches. */
export const KIPP = 'KIPP';

const STATUSES: readonly InnovationStatusValue[] = ['draft', 'submitted', 'forwarded'];

export interface InnovationSummaryData {
  regionCode: string;
  year: number | null;
  total: number;
  byStatus: { status: InnovationStatusValue; count: number }[];
  byStage: { stage: string; label: string; level: number | null; count: number }[];
}

/**
 * An OPD's innovations on their way to the national competition: editors record and submit
 * them, the region admin forwards them, the admin or the province's reviewers record the stage
 * reached. Each step checks the status it starts from, atomically, with the audit reason set.
 */
@Injectable()
export class InnovationsService {
  constructor(
    private readonly repository: InnovationsRepository,
    private readonly scope: RegionScopeService,
    private readonly units: UnitsService,
    private readonly bands: FrameworkBandsService,
  ) {}

  async list(ctx: RequestContext, regionCode: string, year: number | null, status: string | null): Promise<InnovationRow[]> {
    await this.scope.require(ctx, regionCode, Permission.InnovationRead);
    return this.repository.ofRegion(regionCode, year, status);
  }

  async create(ctx: RequestContext, input: CreateInnovationInput): Promise<InnovationRow> {
    await this.scope.require(ctx, input.regionCode, Permission.InnovationEdit);
    if (input.unitId) await this.units.requireUnitOf(ctx, input.regionCode, input.unitId, 'unitId');
    return this.repository.insert(input.regionCode, {
      unitId: input.unitId ?? null,
      title: input.title.trim(),
      year: input.year,
      description: input.description ?? null,
      createdBy: ctx.principal.userId,
    });
  }

  /** Edits a draft; a submitted or forwarded innovation is INVALID_INNOVATION_TRANSITION. */
  async update(ctx: RequestContext, input: UpdateInnovationInput): Promise<InnovationRow> {
    await this.scope.require(ctx, input.regionCode, Permission.InnovationEdit);
    if (input.unitId) await this.units.requireUnitOf(ctx, input.regionCode, input.unitId, 'unitId');
    const changes = {
      title: input.title?.trim() ?? undefined,
      year: input.year ?? undefined,
      unitId: input.unitId,
      description: input.description,
    };
    return this.step(input.regionCode, input.id, 'update', () =>
      this.repository.updateDraft(input.regionCode, input.id, changes),
    );
  }

  /** Hands a draft to the region's Bagian Organisasi. */
  async submit(ctx: RequestContext, regionCode: string, id: string): Promise<InnovationRow> {
    await this.scope.require(ctx, regionCode, Permission.InnovationEdit);
    await setAuditReason('innovation submitted to the Bagian Organisasi');
    return this.advance(regionCode, id, 'submit');
  }

  /** The region admin enters a submitted innovation in the national competition. */
  async forward(ctx: RequestContext, regionCode: string, id: string): Promise<InnovationRow> {
    await this.scope.require(ctx, regionCode, Permission.InnovationForward);
    await setAuditReason('innovation forwarded to the national KIPP competition');
    return this.advance(regionCode, id, 'forward');
  }

  /**
   * Records the KIPP stage a forwarded innovation reached, as a band of the KIPP scheme of its
   * year ("Top 45" → TOP_45; TOP_40 only in 2017–2018). Recording again moves it on.
   */
  async recordStage(ctx: RequestContext, args: RecordInnovationStageArgs): Promise<InnovationRow> {
    const { regionCode, id } = args;
    await this.scope.require(ctx, regionCode, Permission.InnovationStageRecord);
    const current = await this.repository.byId(regionCode, id);
    if (!current) throw notFound(`Innovation ${id}`, 'id');
    const refusal = stepRefusal(current.status, 'record_stage');
    if (refusal) throw invalidStep(current.status, 'record_stage', refusal);
    const band = await this.bands.band(ctx, KIPP, current.year, args.stage, { framework: 'stage', year: 'stage', band: 'stage' });
    const source = args.source?.trim();
    await setAuditReason(`stage reached per KIPP announcement${source ? `: ${source}` : ''}`);
    return this.step(regionCode, id, 'record_stage', () => this.repository.recordStage(regionCode, id, band.code));
  }

  async summary(ctx: RequestContext, regionCode: string, year: number | null): Promise<InnovationSummaryData> {
    await this.scope.require(ctx, regionCode, Permission.InnovationRead);
    const counts = await this.repository.counts(regionCode, year);
    const stages = new Map<string, number>();
    for (const c of counts) if (c.stage) stages.set(c.stage, (stages.get(c.stage) ?? 0) + c.count);
    const index = stages.size ? await this.bands.bandIndex(ctx, KIPP) : new Map<string, FrameworkBand>();
    return {
      regionCode,
      year,
      total: counts.reduce((n, c) => n + c.count, 0),
      byStatus: STATUSES.map((status) => ({
        status,
        count: counts.filter((c) => c.status === status).reduce((n, c) => n + c.count, 0),
      })),
      byStage: [...stages]
        .map(([stage, count]) => ({
          stage,
          label: index.get(stage)?.label ?? stage,
          level: index.get(stage)?.level ?? null,
          count,
        }))
        .sort((a, b) => (b.level ?? 0) - (a.level ?? 0) || a.stage.localeCompare(b.stage)),
    };
  }

  private advance(regionCode: string, id: string, step: InnovationStep): Promise<InnovationRow> {
    const { from, to } = INNOVATION_STEPS[step];
    return this.step(regionCode, id, step, () => this.repository.advance(regionCode, id, from, to));
  }

  // Runs a conditional write; when it matched nothing, tells an absent innovation (NOT_FOUND)
  // from one in the wrong status (INVALID_INNOVATION_TRANSITION).
  private async step(
    regionCode: string,
    id: string,
    step: InnovationStep,
    write: () => Promise<InnovationRow | null>,
  ): Promise<InnovationRow> {
    const row = await write();
    if (row) return row;
    const current = await this.repository.byId(regionCode, id);
    if (!current) throw notFound(`Innovation ${id}`, 'id');
    throw invalidStep(current.status, step, stepRefusal(current.status, step) ?? 'The innovation changed meanwhile: try again');
  }
}

function invalidStep(status: InnovationStatusValue, step: InnovationStep, message: string): AppError {
  return new AppError('INVALID_INNOVATION_TRANSITION', message, ['id'], {
    status: status.toUpperCase(),
    step: step.toUpperCase(),
  });
}
