import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '@rapor/platform';
import { Region } from '@rapor/regions';
import { CreateUnitInput, UpdateUnitInput } from './dto/unit.input';
import { RegionArgs, RegionRowArgs } from './dto/units.args';
import { Unit, UnitType } from './models/unit.model';
import type { UnitRow } from './units.repository';
import { UnitsService } from './units.service';
import { Access, Permission } from '@rapor/permissions';

/** Maps a stored unit to its GraphQL model. */
export function unitModel(row: UnitRow): Unit {
  return { ...row, type: row.type as UnitType };
}

@Resolver(() => Unit)
export class UnitsResolver {
  constructor(private readonly service: UnitsService) {}

  @Query(() => [Unit], {
    description:
      'A region’s OPDs and service units, by name. For the region’s team, its province’s reviewers and operators (FORBIDDEN otherwise).',
  })
  @Access(Permission.UnitRead)
  async units(@Ctx() ctx: RequestContext, @Args() args: RegionArgs): Promise<Unit[]> {
    return (await this.service.list(ctx, args.regionCode)).map(unitModel);
  }

  @Mutation(() => Unit, {
    description: 'Region admin or operator: records an OPD or service unit. CONFLICT when the name is taken in the region.',
  })
  @Access(Permission.UnitManage)
  async createUnit(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The new unit.' }) input: CreateUnitInput,
  ): Promise<Unit> {
    return unitModel(await this.service.create(ctx, input));
  }

  @Mutation(() => Unit, {
    description: 'Region admin or operator: renames a unit, changes its kind or moves it under another OPD.',
  })
  @Access(Permission.UnitManage)
  async updateUnit(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The unit and its changes.' }) input: UpdateUnitInput,
  ): Promise<Unit> {
    return unitModel(await this.service.update(ctx, input));
  }

  @Mutation(() => Boolean, {
    description:
      'Region admin or operator: deletes a unit. Refused (BAD_USER_INPUT) while sub-units, values or innovations refer to it.',
  })
  @Access(Permission.UnitManage)
  deleteUnit(@Ctx() ctx: RequestContext, @Args() args: RegionRowArgs): Promise<boolean> {
    return this.service.delete(ctx, args.regionCode, args.id);
  }
}

@Resolver(() => Region)
export class RegionUnitsResolver {
  constructor(private readonly service: UnitsService) {}

  @ResolveField(() => [Unit], {
    description:
      'The region’s OPDs and service units, by name; empty unless you are its team, its province’s reviewer or an operator.',
  })
  async units(@Ctx() ctx: RequestContext, @Parent() region: Region): Promise<Unit[]> {
    return (await this.service.ofRegion(ctx, region.code)).map(unitModel);
  }
}
