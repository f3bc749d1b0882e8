import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '@rapor/platform';
import { SetTargetArgs, TargetKeyArgs, TargetsArgs } from './dto/target.args';
import { Target } from './models/target.model';
import type { TargetRow } from './targets.repository';
import { TargetsService } from './targets.service';
import { Access, Permission } from '@rapor/permissions';

const targetModel = (t: TargetRow): Target => ({ ...t, targetCategory: t.category, targetRank: t.rank });

@Resolver(() => Target)
export class TargetsResolver {
  constructor(private readonly service: TargetsService) {}

  @Query(() => [Target], {
    description:
      'A region’s targets, by framework code and latest year first. For its team, its province’s reviewers and operators (FORBIDDEN otherwise).',
  })
  @Access(Permission.TargetRead)
  async targets(@Ctx() ctx: RequestContext, @Args() args: TargetsArgs): Promise<Target[]> {
    return (await this.service.list(ctx, args.regionCode, args.frameworkCode ?? null)).map(targetModel);
  }

  @Mutation(() => Target, {
    description:
      'Region admin, a reviewer of its province, or operator: sets (replaces) the target of a framework and year — a category of that year’s scheme and/or a rank ' +
      'in the province. BAD_USER_INPUT names the field: unknown framework, no version for the year, unknown category, rank out of range.',
  })
  @Access(Permission.TargetManage)
  async setTarget(@Ctx() ctx: RequestContext, @Args() args: SetTargetArgs): Promise<Target> {
    return targetModel(await this.service.set(ctx, args));
  }

  @Mutation(() => Boolean, {
    description: 'Region admin, a reviewer of its province, or operator: removes the target of a framework and year; NOT_FOUND when there is none.',
  })
  @Access(Permission.TargetManage)
  clearTarget(@Ctx() ctx: RequestContext, @Args() args: TargetKeyArgs): Promise<boolean> {
    return this.service.clear(ctx, args.regionCode, args.frameworkCode, args.year);
  }
}
