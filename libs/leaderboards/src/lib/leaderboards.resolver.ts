import { Args, Query, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '@rapor/platform';
import { BoardArgs, LeaderboardArgs, TrailingArgs } from './dto/leaderboard.args';
import { LeaderboardsService } from './leaderboards.service';
import { Heatmap, Leaderboard, Trailing } from './models/leaderboard.model';
import { Access, Permission } from '@rapor/permissions';

@Resolver(() => Leaderboard)
export class LeaderboardsResolver {
  constructor(private readonly service: LeaderboardsService) {}

  @Query(() => Leaderboard, {
    description:
      'A province leaderboard: every region with value (at the framework’s precision), categories with their labels, rank (competition ranking at the framework’s precision; no data last), movement (flagged when not comparable: framework version, changed lokus), gaps, target; provisional boards say how many regions are ranked and how many have not submitted. One SQL statement (plus one for unit names when a lokus changed).',
  })
  @Access(Permission.LeaderboardRead)
  leaderboard(@Ctx() ctx: RequestContext, @Args() a: LeaderboardArgs): Promise<Leaderboard> {
    return this.service.leaderboard(ctx, {
      provinceCode: a.provinceCode,
      frameworkCode: a.frameworkCode,
      year: a.year,
      provisional: a.provisional,
      node: a.node,
      kind: a.kind ?? null,
      peerGroupId: a.peerGroupId ?? null,
      sortBy: a.sortBy,
      direction: a.direction,
    });
  }

  @Query(() => Heatmap, { description: 'Regions × top-level areas: value (at the area’s precision), area rank and quartile of each cell, the composite’s category with labels. One SQL statement.' })
  @Access(Permission.LeaderboardRead)
  heatmap(@Ctx() ctx: RequestContext, @Args() a: BoardArgs): Promise<Heatmap> {
    return this.service.heatmap(ctx, a);
  }

  @Query(() => Trailing, { description: 'The bottom n regions overall and in each area, each with its weakest areas and indicators and what its rank is out of ("of the N submitted" on provisional lists). Two SQL statements.' })
  @Access(Permission.LeaderboardRead)
  trailing(@Ctx() ctx: RequestContext, @Args() a: TrailingArgs): Promise<Trailing> {
    return this.service.trailing(ctx, a);
  }
}
