import { Injectable } from '@nestjs/common';
import { ANONYMOUS, TenantTransactionRunner } from '@rapor/db';
import type { RateLimitDecision, RateLimitStore } from './rate-limiter';

// One take in this many also forgets buckets untouched for an hour (full again anyway).
const PRUNE_EVERY = 1000;

/**
 * The per-API-key token buckets in PostgreSQL (an unlogged table every replica shares), one
 * statement per request through `api_rate_take`, which locks the key's row while it takes:
 * two API processes never both spend a key's last token.
 */
@Injectable()
export class DatabaseRateLimitStore implements RateLimitStore {
  private takes = 0;

  constructor(private readonly runner: TenantTransactionRunner) {}

  async take(key: string, perMinute: number): Promise<RateLimitDecision> {
    if (++this.takes % PRUNE_EVERY === 0) void this.runner.single(ANONYMOUS, `select api_rate_prune()`).catch(() => undefined);
    const [row] = await this.runner.single<{ allowed: boolean; tokens: number; retry_after: number }>(
      ANONYMOUS,
      `select allowed, tokens, retry_after from api_rate_take($1, $2)`,
      [key, perMinute],
    );
    return {
      allowed: row.allowed,
      limit: perMinute,
      remaining: Math.max(0, Math.floor(row.tokens)),
      retryAfterSeconds: row.retry_after,
    };
  }
}
