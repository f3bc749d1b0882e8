import autocannon from 'autocannon';
import { sampleRss, type ChildServer } from './children';
import { summarize, type LatencySummary } from './stats';

export interface LoadSpec {
  url: string;
  /** POST with `body` (a GraphQL request) unless GET. */
  method?: 'GET' | 'POST';
  body: string;
  /** The only status that counts as a success (then the body is not checked); by default a 2xx with GraphQL data. */
  expectStatus?: number;
  headers: Record<string, string>;
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
}

/** What one query did under load. */
export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  latency: LatencySummary;
  /**
   * Connection errors and timeouts, answers of another status (non-2xx, or not the expected
   * one), and 200s whose body carries GraphQL `errors` or no `data`.
   */
  errors: { connection: number; non2xx: number; graphql: number; total: number };
  /** Peak resident set size of the server while the load ran (bytes); null when it cannot be read. */
  peakRss: number | null;
}

// A body counts as a success when it has data and no GraphQL errors (a GraphQL error arrives
// with status 200 and must not pass as a fast success).
const okBody = (body: string) => body.startsWith('{"data":') && !body.includes('"errors":[');

async function fire(spec: LoadSpec, seconds: number, onResponse?: (status: number, ms: number) => void): Promise<autocannon.Result> {
  const get = spec.method === 'GET';
  const instance = autocannon({
    url: spec.url,
    method: get ? 'GET' : 'POST',
    ...(get ? {} : { body: spec.body }),
    headers: { ...(get ? {} : { 'content-type': 'application/json' }), ...spec.headers },
    connections: spec.connections,
    duration: seconds,
    timeout: 30,
    ...(spec.expectStatus === undefined ? { verifyBody: okBody } : {}),
  });
  if (onResponse) instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => onResponse(status, ms));
  return instance;
}

/** What counts as failed in a run: with an expected status, every other one; else autocannon's non-2xx and body mismatches. */
export function loadErrors(
  result: Pick<autocannon.Result, 'errors' | 'non2xx' | 'mismatches'>,
  expectStatus: number | undefined,
  statuses: ReadonlyMap<number, number>,
): LoadResult['errors'] {
  if (expectStatus !== undefined) {
    const other = [...statuses].reduce((n, [status, count]) => (status === expectStatus ? n : n + count), 0);
    return { connection: result.errors, non2xx: other, graphql: 0, total: result.errors + other };
  }
  // Every answer is checked, so a non-2xx answer is also a mismatch: the rest are GraphQL errors in 200s.
  const graphql = Math.max(0, result.mismatches - result.non2xx);
  return { connection: result.errors, non2xx: result.non2xx, graphql, total: result.errors + result.non2xx + graphql };
}

/** Warms up, then measures one request at fixed concurrency for a fixed time, sampling the server's RSS. */
export async function measure(
  spec: LoadSpec,
  server: ChildServer,
  around?: <T>(run: () => Promise<T>) => Promise<T>,
): Promise<LoadResult> {
  if (spec.warmupSeconds > 0) await fire(spec, spec.warmupSeconds);
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const run = () =>
    fire(spec, spec.durationSeconds, (status, ms) => {
      latencies.push(ms);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    });
  const { result, peakRss } = await sampleRss(server, () => (around ? around(run) : run()));
  const errors = loadErrors(result, spec.expectStatus, statuses);
  return {
    requests: latencies.length,
    requestsPerSecond: latencies.length / result.duration,
    latency: summarize(latencies),
    errors,
    peakRss,
  };
}
