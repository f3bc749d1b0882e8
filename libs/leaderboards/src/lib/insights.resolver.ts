import { Args, Field, Float, ID, Mutation, ArgsType, Query, Resolver } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsNumber, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { DEFAULT_MIN_COVERAGE_PERCENT } from '@rapor/domain';
import { RegionKind, RegionsService } from '@rapor/regions';
import { Ctx, RequestContext } from '@rapor/platform';
import { InsightsService } from './insights.service';
import { InnovationBoardRow, NationalLeaderboard, PathToTargetInput, PeerGroup, PeerGroupInput, RegionProfile, TargetPath, WhatIfInput, WhatIfResult } from './models/insights.model';
import { Access, Permission } from '@rapor/permissions';
import { FrameworkCodeField, ProvinceCodeField, RegionCodeField, YearField } from '@rapor/common';

@ArgsType()
class RegionProfileArgs {
  @RegionCodeField({ description: 'Region code, e.g. "35.27".' })
  code!: string;
}

@ArgsType()
class NationalArgs {
  @FrameworkCodeField({ description: 'Framework code.' })
  frameworkCode!: string;
  @YearField({ description: 'Evaluation year.' })
  year!: number;
  @Field(() => RegionKind, { nullable: true, description: 'Rank only kabupaten or only kota nationally (the RegionKind enum, as in `regions(kind:)`).' })
  @IsOptional()
  @IsEnum(RegionKind, { message: 'kind must be KABUPATEN or KOTA' })
  kind?: RegionKind | null;
  @Field({
    defaultValue: false,
    description: 'Include generated demo periods even while real published data of this framework and year exists (their rows say demo: true).',
  })
  @IsBoolean()
  includeDemo!: boolean;
  @Field(() => Float, {
    defaultValue: DEFAULT_MIN_COVERAGE_PERCENT,
    description: 'Share of a province’s kab/kota (percent, 0–100) that must have a value for the province to be ranked; the others are listed unranked with the reason.',
  })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'minCoveragePercent must be a number' })
  @Min(0)
  @Max(100)
  minCoveragePercent!: number;
}

@ArgsType()
class ProvinceArgs {
  @ProvinceCodeField({ description: 'Province code.' })
  provinceCode!: string;
}

@ArgsType()
class InnovationBoardArgs extends ProvinceArgs {
  @YearField({ nullable: true, description: 'Only innovations of this year.' })
  year?: number | null;
}

@ArgsType()
class IdArgs {
  @Field(() => ID, { description: 'Id.' })
  @IsUUID('all', { message: 'id must be an id' })
  id!: string;
}

@Resolver(() => RegionProfile)
export class InsightsResolver {
  constructor(
    private readonly service: InsightsService,
    private readonly regions: RegionsService,
  ) {}

  @Query(() => RegionProfile, {
    description:
      'A region across every framework: latest result and rank, rank history, weakest areas and indicators, targets, innovations, consecutive WTP years.',
  })
  @Access(Permission.RegionProfileRead)
  regionProfile(@Ctx() ctx: RequestContext, @Args() a: RegionProfileArgs): Promise<RegionProfile> {
    return this.service.profile(ctx, { code: a.code, load: () => this.regions.region(ctx, a.code) });
  }

  @Query(() => WhatIfResult, {
    description:
      'What-if: the composite, category and rank with changed indicator values and/or area changes ("raise Pengukuran Kinerja by 3 points"), on published values or, for the region’s team, its own drafts against the last published board. For the region’s team and the province’s reviewers. Nothing is stored; one or two statements.',
  })
  @Access(Permission.WhatIfRead)
  whatIf(@Ctx() ctx: RequestContext, @Args('input', { description: 'The region, period, basis and changes.' }) input: WhatIfInput): Promise<WhatIfResult> {
    return this.service.whatIf(ctx, input);
  }

  @Query(() => TargetPath, {
    description:
      'The cheapest way to a target category and/or rank: the fewest indicator improvements, largest room first, with the composite, category and rank after each. Same basis and access as whatIf; nothing is stored; one or two statements.',
  })
  @Access(Permission.WhatIfRead)
  pathToTarget(@Ctx() ctx: RequestContext, @Args('input', { description: 'The region, period, basis and target.' }) input: PathToTargetInput): Promise<TargetPath> {
    return this.service.pathToTarget(ctx, input);
  }

  @Query(() => NationalLeaderboard, {
    description:
      'National board of a framework and year, for everyone signed in: every province with the mean, median and coverage of its kab/kota (ranked only with enough coverage), and every kab/kota with a published value ranked nationally. Demo periods are left out while real data exists.',
  })
  @Access(Permission.NationalLeaderboardRead)
  nationalLeaderboard(@Ctx() ctx: RequestContext, @Args() a: NationalArgs): Promise<NationalLeaderboard> {
    return this.service.national(ctx, {
      frameworkCode: a.frameworkCode,
      year: a.year,
      kind: a.kind ?? null,
      includeDemo: a.includeDemo,
      minCoveragePercent: a.minCoveragePercent,
    });
  }

  @Query(() => [InnovationBoardRow], {
    description: 'Regions of a province by public-service innovations forwarded to the national competition (KIPP), with the stages reached. Counts only.',
  })
  @Access(Permission.InnovationBoardRead)
  innovationBoard(@Ctx() ctx: RequestContext, @Args() a: InnovationBoardArgs): Promise<InnovationBoardRow[]> {
    return this.service.innovationBoard(ctx, a.provinceCode, a.year ?? null);
  }

  @Query(() => [PeerGroup], { description: 'Saved peer groups of a province (built-in groups: use the leaderboard’s kind filter).' })
  @Access(Permission.PeerGroupRead)
  peerGroups(@Ctx() ctx: RequestContext, @Args() a: ProvinceArgs): Promise<PeerGroup[]> {
    return this.service.peerGroups(ctx, a.provinceCode);
  }

  @Mutation(() => PeerGroup, { description: 'Saves a peer group (the province’s reviewers).' })
  @Access(Permission.PeerGroupManage)
  createPeerGroup(@Ctx() ctx: RequestContext, @Args('input', { description: 'The peer group.' }) input: PeerGroupInput): Promise<PeerGroup> {
    return this.service.createPeerGroup(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes a peer group (the province’s reviewers).' })
  @Access(Permission.PeerGroupManage)
  deletePeerGroup(@Ctx() ctx: RequestContext, @Args() a: IdArgs): Promise<boolean> {
    return this.service.deletePeerGroup(ctx, a.id);
  }
}
