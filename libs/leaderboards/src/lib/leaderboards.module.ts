import { Module } from '@nestjs/common';
import { FrameworkDefinitions } from './framework-definitions';
import { LeaderboardsRepository } from './leaderboards.repository';
import { LeaderboardsResolver } from './leaderboards.resolver';
import { LeaderboardsService } from './leaderboards.service';

/** Province leaderboards, heatmaps, trailing lists. */
@Module({
  providers: [LeaderboardsRepository, LeaderboardsService, FrameworkDefinitions, LeaderboardsResolver],
  exports: [LeaderboardsService, FrameworkDefinitions],
})
export class LeaderboardsModule {}
