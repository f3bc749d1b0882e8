import { API_KEY_PREFIX, looksLikeApiKey, sha256 } from '@rapor/auth';

/** What the limiter decided for one request. */
export interface RateLimitDecision {
  allowed: boolean;
  /** Requests per minute allowed to the key. */
  limit: number;
  /** Whole requests left right now. */
  remaining: number;
  /** Seconds until the next request would be allowed (0 when allowed). */
  retryAfterSeconds: number;
}

/** Where the buckets live: each process's memory, or a store every replica shares. */
export interface RateLimitStore {
  /** Takes one request from the key's bucket, which holds `perMinute` and refills at `perMinute` a minute. */
  take(key: string, perMinute: number): Promise<RateLimitDecision>;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Token buckets in this process's memory: with N replicas a key may make up to N × the limit
 * (the unit tests' store, and a fallback). At most `maxKeys` buckets are kept (least recently
 * used go).
 */
export class MemoryRateLimitStore implements RateLimitStore {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 10000,
  ) {}

  async take(key: string, perMinute: number): Promise<RateLimitDecision> {
    return this.takeNow(key, perMinute);
  }

  /** The same, synchronously. */
  takeNow(key: string, perMinute: number): RateLimitDecision {
    const now = this.now();
    const perMs = perMinute / 60000;
    const previous = this.buckets.get(key);
    const tokens = previous ? Math.min(perMinute, previous.tokens + (now - previous.at) * perMs) : perMinute;
    // Re-inserting keeps the map in least-recently-used order.
    this.buckets.delete(key);
    if (tokens >= 1) {
      this.buckets.set(key, { tokens: tokens - 1, at: now });
      this.evict();
      return { allowed: true, limit: perMinute, remaining: Math.floor(tokens - 1), retryAfterSeconds: 0 };
    }
    this.buckets.set(key, { tokens, at: now });
    return {
      allowed: false,
      limit: perMinute,
      remaining: 0,
      retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)),
    };
  }

  private evict(): void {
    while (this.buckets.size > this.maxKeys) {
      const oldest = this.buckets.keys().next().value;
      if (oldest === undefined) return;
      this.buckets.delete(oldest);
    }
  }
}

/**
 * Per-API-key request limits: a token bucket per key that holds `perMinute` requests and
 * refills at `perMinute` a minute. Keys are identified by the SHA-256 of the presented secret,
 * before any credential lookup. The buckets live in `store`: in the running API the database
 * (`DatabaseRateLimitStore`, shared by every replica, one statement per request), set by the
 * reports module once the database is up; in memory until then and in unit tests.
 */
export class ApiKeyRateLimiter {
  constructor(
    readonly perMinute: number,
    private store: RateLimitStore = new MemoryRateLimitStore(),
  ) {}

  /** True when limits apply (a limit of 0 turns them off). */
  get enabled(): boolean {
    return this.perMinute > 0;
  }

  /** Keeps the buckets in `store` from now on. */
  useStore(store: RateLimitStore): void {
    this.store = store;
  }

  /** Takes one request from the key's bucket. */
  async take(key: string): Promise<RateLimitDecision> {
    if (!this.enabled) return { allowed: true, limit: 0, remaining: 0, retryAfterSeconds: 0 };
    return this.store.take(key, this.perMinute);
  }
}

/**
 * The rate-limit key of a request authenticated with an API key (`x-api-key` or
 * `Authorization: Bearer rpk_…`): the SHA-256 of the secret, hex. Null for other requests.
 */
export function apiKeyRateLimitKey(header: (name: string) => string | undefined): string | null {
  const explicit = header('x-api-key')?.trim();
  const bearer = /^Bearer\s+(\S+)$/i.exec(header('authorization')?.trim() ?? '')?.[1];
  const secret = explicit || (bearer?.startsWith(API_KEY_PREFIX) ? bearer : undefined);
  return secret && looksLikeApiKey(secret) ? sha256(secret).toString('hex') : null;
}
