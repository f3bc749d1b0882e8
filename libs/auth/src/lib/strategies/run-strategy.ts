import passport, { type Strategy } from 'passport';

/** What a passport strategy decided. */
export interface StrategyOutcome<T> {
  /** The verified user, or false when the strategy failed (bad or missing credentials). */
  readonly user: T | false;
  /** The failure's reason (passport-jwt: the jsonwebtoken error). */
  readonly info: unknown;
}

/**
 * Runs a passport strategy on a request-like object. Each call gets its own object with the
 * strategy as prototype, as passport does for named strategies (it assigns success/fail
 * to it, so a shared instance would mix concurrent requests); strategies are injected per
 * application rather than looked up in passport's process-wide registry.
 */
export function runStrategy<T>(strategy: Strategy, req: object): Promise<StrategyOutcome<T>> {
  return new Promise((resolve, reject) => {
    const perRequest = Object.create(strategy) as Strategy;
    const middleware = passport.authenticate(perRequest, { session: false }, (error: unknown, user: T | false, info: unknown) => {
      if (error) reject(error);
      else resolve({ user: user ?? false, info });
    }) as (req: object, res: object, next: (error?: unknown) => void) => void;
    middleware(req, {}, (error?: unknown) => (error ? reject(error) : resolve({ user: false, info: undefined })));
  });
}
