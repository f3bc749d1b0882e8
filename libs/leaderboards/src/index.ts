export * from './lib/leaderboards.module';
export * from './lib/leaderboards.service';
export * from './lib/leaderboards.repository';
export * from './lib/framework-definitions';
export * from './lib/models/leaderboard.model';
export * from './lib/insights.service';
export * from './lib/insights.repository';
export * from './lib/models/insights.model';
