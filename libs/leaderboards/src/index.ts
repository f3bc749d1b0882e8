export * from './lib/leaderboards.module';
export * from './lib/leaderboards.service';
export * from './lib/leaderboards.repository';
export * from './lib/framework-definitions';
export * from './lib/models/leaderboard.model';
