import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '@rapor/platform';
import { RegionRowArgs, Unit, unitModel, UnitsService } from '@rapor/units';
import {
  CreateInnovationInput,
  InnovationsArgs,
  InnovationSummaryArgs,
  RecordInnovationStageArgs,
  UpdateInnovationInput,
} from './dto/innovation.args';
import type { InnovationRow } from './innovations.repository';
import { InnovationsService, type InnovationSummaryData } from './innovations.service';
import { Innovation, InnovationStatus, InnovationSummary } from './models/innovation.model';
import { Access, Permission } from '@rapor/permissions';

function innovationModel(row: InnovationRow): Innovation {
  return { ...row, status: row.status as InnovationStatus };
}

function summaryModel(s: InnovationSummaryData): InnovationSummary {
  return { ...s, byStatus: s.byStatus.map((c) => ({ status: c.status as InnovationStatus, count: c.count })) };
}

@Resolver(() => Innovation)
export class InnovationsResolver {
  constructor(
    private readonly service: InnovationsService,
    private readonly units: UnitsService,
  ) {}

  @Query(() => [Innovation], {
    description:
      'A region’s innovations, latest year first. For its team, its province’s reviewers and operators (FORBIDDEN otherwise).',
  })
  @Access(Permission.InnovationRead)
  async innovations(@Ctx() ctx: RequestContext, @Args() args: InnovationsArgs): Promise<Innovation[]> {
    return (await this.service.list(ctx, args.regionCode, args.year ?? null, args.status ?? null)).map(innovationModel);
  }

  @Query(() => InnovationSummary, {
    description: 'Counts of a region’s innovations by status and by KIPP stage reached, for one year or all.',
  })
  @Access(Permission.InnovationRead)
  async innovationSummary(@Ctx() ctx: RequestContext, @Args() args: InnovationSummaryArgs): Promise<InnovationSummary> {
    return summaryModel(await this.service.summary(ctx, args.regionCode, args.year ?? null));
  }

  @Mutation(() => Innovation, { description: 'Region editors and admins: records an innovation as a draft.' })
  @Access(Permission.InnovationEdit)
  async createInnovation(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The new innovation.' }) input: CreateInnovationInput,
  ): Promise<Innovation> {
    return innovationModel(await this.service.create(ctx, input));
  }

  @Mutation(() => Innovation, {
    description: 'Region editors and admins: edits a draft. INVALID_INNOVATION_TRANSITION once submitted.',
  })
  @Access(Permission.InnovationEdit)
  async updateInnovation(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The innovation and its changes.' }) input: UpdateInnovationInput,
  ): Promise<Innovation> {
    return innovationModel(await this.service.update(ctx, input));
  }

  @Mutation(() => Innovation, { description: 'Region editors and admins: submits a draft to the region’s Bagian Organisasi.' })
  @Access(Permission.InnovationEdit)
  async submitInnovation(@Ctx() ctx: RequestContext, @Args() args: RegionRowArgs): Promise<Innovation> {
    return innovationModel(await this.service.submit(ctx, args.regionCode, args.id));
  }

  @Mutation(() => Innovation, {
    description: 'Region admin: forwards a submitted innovation to the national competition (KIPP).',
  })
  @Access(Permission.InnovationForward)
  async forwardInnovation(@Ctx() ctx: RequestContext, @Args() args: RegionRowArgs): Promise<Innovation> {
    return innovationModel(await this.service.forward(ctx, args.regionCode, args.id));
  }

  @Mutation(() => Innovation, {
    description:
      'Region admin or the province’s reviewers: records the KIPP stage a forwarded innovation reached (a band of the KIPP scheme of its year). ' +
      'The source goes to the audit log.',
  })
  @Access(Permission.InnovationStageRecord)
  async recordInnovationStage(@Ctx() ctx: RequestContext, @Args() args: RecordInnovationStageArgs): Promise<Innovation> {
    return innovationModel(await this.service.recordStage(ctx, args));
  }

  @ResolveField(() => Unit, { nullable: true, description: 'The OPD or service unit that runs it.' })
  async unit(@Ctx() ctx: RequestContext, @Parent() innovation: Innovation): Promise<Unit | null> {
    if (!innovation.unitId) return null;
    const row = await this.units.unit(ctx, innovation.regionCode, innovation.unitId);
    return row && unitModel(row);
  }
}
