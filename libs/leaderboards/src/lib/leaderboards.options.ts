/** Injection token of the leaderboards' configuration (from the application's config module). */
export const LEADERBOARD_OPTIONS = Symbol('LEADERBOARD_OPTIONS');

export interface LeaderboardOptions {
  /** How many published boards are kept in memory (LEADERBOARD_CACHE_SIZE); 0 turns the cache off. */
  readonly cacheSize: number;
}

/** Used where the module is imported without `forRoot` (service tests). */
export const DEFAULT_LEADERBOARD_OPTIONS: LeaderboardOptions = { cacheSize: 500 };
