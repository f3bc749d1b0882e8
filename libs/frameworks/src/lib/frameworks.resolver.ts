import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '@rapor/platform';
import { AddFrameworkVersionArgs, FrameworkArgs, FrameworksArgs } from './dto/framework.args';
import { frameworkModel } from './framework.mapper';
import { FrameworksService } from './frameworks.service';
import { FrameworkVersion } from './models/framework.model';
import { Access, Permission } from '@rapor/permissions';

@Resolver(() => FrameworkVersion)
export class FrameworksResolver {
  constructor(private readonly service: FrameworksService) {}

  @Query(() => [FrameworkVersion], {
    description: 'Framework versions, optionally of one code and/or applying to one evaluation year. Signed-in users only.',
  })
  @Access(Permission.FrameworkRead)
  async frameworks(@Ctx() ctx: RequestContext, @Args() args: FrameworksArgs): Promise<FrameworkVersion[]> {
    return (await this.service.list(ctx, args.code ?? null, args.year ?? null)).map(frameworkModel);
  }

  @Query(() => FrameworkVersion, { description: 'One framework version by code and version; NOT_FOUND when unknown.' })
  @Access(Permission.FrameworkRead)
  async framework(@Ctx() ctx: RequestContext, @Args() args: FrameworkArgs): Promise<FrameworkVersion> {
    return frameworkModel(await this.service.get(ctx, args.code, args.version));
  }

  @Mutation(() => FrameworkVersion, {
    description:
      'Operators only: adds a framework version from a definition file (JSON). Validated (weights, scales, band order and overlaps, ' +
      'regulations cited, years not overlapping other versions); every problem is returned as BAD_USER_INPUT with its JSON path.',
  })
  @Access(Permission.FrameworkManage)
  async addFrameworkVersion(@Ctx() ctx: RequestContext, @Args() args: AddFrameworkVersionArgs): Promise<FrameworkVersion> {
    return frameworkModel(await this.service.add(ctx, args.definitionJson));
  }
}
