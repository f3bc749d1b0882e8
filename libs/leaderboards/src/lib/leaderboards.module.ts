import { Module, type DynamicModule } from '@nestjs/common';
import { RegionsModule } from '@rapor/regions';
import { FrameworkDefinitions } from './framework-definitions';
import { InsightsRepository } from './insights.repository';
import { InsightsResolver } from './insights.resolver';
import { InsightsService } from './insights.service';
import { LeaderboardsRepository } from './leaderboards.repository';
import { LeaderboardsResolver } from './leaderboards.resolver';
import { LeaderboardsService } from './leaderboards.service';
import { LEADERBOARD_OPTIONS, type LeaderboardOptions } from './leaderboards.options';

/** Province leaderboards, heatmaps, trailing lists, region profiles, what-ifs, national boards, peer groups. */
@Module({
  imports: [RegionsModule],
  providers: [
    LeaderboardsRepository,
    LeaderboardsService,
    FrameworkDefinitions,
    LeaderboardsResolver,
    InsightsRepository,
    InsightsService,
    InsightsResolver,
  ],
  exports: [LeaderboardsService, InsightsService, FrameworkDefinitions],
})
export class LeaderboardsModule {
  /** The module with its configuration from the application's config (never process.env). */
  static forRoot(options: LeaderboardOptions): DynamicModule {
    return { module: LeaderboardsModule, providers: [{ provide: LEADERBOARD_OPTIONS, useValue: options }] };
  }
}
