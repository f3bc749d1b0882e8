import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '@rapor/platform';
import { ProvinceCodeArgs, RegionCodeArgs } from './dto/region-code.args';
import { Province } from './models/province.model';
import { Region, RegionKind } from './models/region.model';
import { RegionsService } from './regions.service';
import { Access, Permission } from '@rapor/permissions';

@Resolver(() => Province)
export class ProvincesResolver {
  constructor(private readonly service: RegionsService) {}

  @Query(() => [Province], { description: 'All 38 provinces, ordered by code.' })
  @Access(Permission.ReferenceRead)
  provinces(@Ctx() ctx: RequestContext): Promise<Province[]> {
    return this.service.provinces(ctx);
  }

  @Query(() => Province, { description: 'One province by its Kemendagri code; NOT_FOUND when unknown.' })
  @Access(Permission.ReferenceRead)
  province(@Ctx() ctx: RequestContext, @Args() args: ProvinceCodeArgs): Promise<Province> {
    return this.service.province(ctx, args.code);
  }

  @ResolveField(() => [Region], { description: 'The province’s kabupaten and kota, ordered by code.' })
  regions(
    @Ctx() ctx: RequestContext,
    @Parent() province: Province,
    @Args('kind', { type: () => RegionKind, nullable: true, description: 'Only kabupaten, or only kota.' })
    kind: RegionKind | null,
  ): Promise<Region[]> {
    return this.service.regionsOfProvince(ctx, province.code, kind ?? null) as Promise<Region[]>;
  }
}

@Resolver(() => Region)
export class RegionsResolver {
  constructor(private readonly service: RegionsService) {}

  @Query(() => Region, { description: 'One kabupaten/kota by its Kemendagri code; NOT_FOUND when unknown.' })
  @Access(Permission.ReferenceRead)
  region(@Ctx() ctx: RequestContext, @Args() args: RegionCodeArgs): Promise<Region> {
    return this.service.region(ctx, args.code) as Promise<Region>;
  }

  @ResolveField(() => Province, { description: 'The province the region belongs to.' })
  province(@Ctx() ctx: RequestContext, @Parent() region: Region): Promise<Province> {
    return this.service.provinceOf(ctx, region.provinceCode);
  }
}
