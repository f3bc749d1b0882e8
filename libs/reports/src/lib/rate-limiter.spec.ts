import { apiKeyRateLimitKey, ApiKeyRateLimiter, MemoryRateLimitStore } from './rate-limiter';

const KEY = `rpk_${'a'.repeat(43)}`;

describe('per-API-key rate limits', () => {
  it('allows the limit at once, then refuses with the seconds until one request is back', () => {
    let now = 0;
    const store = new MemoryRateLimitStore(() => now);
    const limiter = { take: (key: string) => store.takeNow(key, 3) };
    expect([1, 2, 3].map(() => limiter.take('k').allowed)).toEqual([true, true, true]);
    expect(limiter.take('k')).toEqual({ allowed: false, limit: 3, remaining: 0, retryAfterSeconds: 20 });
    now = 19999;
    expect(limiter.take('k').allowed).toBe(false);
    now = 20000;
    expect(limiter.take('k')).toMatchObject({ allowed: true, remaining: 0 });
    now = 20000 + 60000;
    expect(limiter.take('k')).toMatchObject({ allowed: true, remaining: 2 });
  });

  it('counts each key alone, forgets the least recently used beyond its capacity, and is off at 0', async () => {
    const store = new MemoryRateLimitStore(() => 0, 2);
    const limiter = { take: (key: string) => store.takeNow(key, 1) };
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('b').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
    expect(limiter.take('c').allowed).toBe(true);
    // b was the least recently used: forgotten, so it starts afresh.
    expect(limiter.take('b').allowed).toBe(true);
    const off = new ApiKeyRateLimiter(0);
    expect(off.enabled).toBe(false);
    expect((await Promise.all(Array.from({ length: 100 }, () => off.take('k')))).every((d) => d.allowed)).toBe(true);
  });

  it('keys requests by the SHA-256 of a well-formed API key, from either header', () => {
    const headers = (h: Record<string, string>) => (name: string) => h[name];
    const hashed = apiKeyRateLimitKey(headers({ 'x-api-key': KEY }));
    expect(hashed).toMatch(/^[0-9a-f]{64}$/);
    expect(apiKeyRateLimitKey(headers({ authorization: `Bearer ${KEY}` }))).toBe(hashed);
    expect(apiKeyRateLimitKey(headers({ authorization: 'Bearer eyJhbGciOi.jwt.token' }))).toBeNull();
    expect(apiKeyRateLimitKey(headers({ 'x-api-key': 'rpk_short' }))).toBeNull();
    expect(apiKeyRateLimitKey(headers({}))).toBeNull();
  });
});
