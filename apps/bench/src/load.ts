import autocannon from 'autocannon';
import { sampleRss, type ChildServer } from './children';
import { summarize, type LatencySummary } from './stats';

export interface LoadSpec {
  url: string;
  body: string;
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
  /** Connection errors and timeouts, non-2xx answers, and 200s whose body carries GraphQL `errors` or no `data`. */
  errors: { connection: number; non2xx: number; graphql: number; total: number };
  /** Peak resident set size of the server while the load ran (bytes); null when it cannot be read. */
  peakRss: number | null;
}

// A body counts as a success when it has data and no GraphQL errors (a GraphQL error arrives
// with status 200 and must not pass as a fast success).
const okBody = (body: string) => body.startsWith('{"data":') && !body.includes('"errors":[');

async function fire(spec: LoadSpec, seconds: number, onResponse?: (ms: number) => void): Promise<autocannon.Result> {
  const instance = autocannon({
    url: spec.url,
    method: 'POST',
    body: spec.body,
    headers: { 'content-type': 'application/json', ...spec.headers },
    connections: spec.connections,
    duration: seconds,
    timeout: 30,
    verifyBody: okBody,
  });
  if (onResponse) instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => onResponse(ms));
  return instance;
}

/** Warms up, then measures one request at fixed concurrency for a fixed time, sampling the server's RSS. */
export async function measure(
  spec: LoadSpec,
  server: ChildServer,
  around?: <T>(run: () => Promise<T>) => Promise<T>,
): Promise<LoadResult> {
  if (spec.warmupSeconds > 0) await fire(spec, spec.warmupSeconds);
  const latencies: number[] = [];
  const run = () => fire(spec, spec.durationSeconds, (ms) => latencies.push(ms));
  const { result, peakRss } = await sampleRss(server, () => (around ? around(run) : run()));
  // Every answer is checked, so a non-2xx answer is also a mismatch: the rest are GraphQL errors in 200s.
  const graphql = Math.max(0, result.mismatches - result.non2xx);
  const errors = { connection: result.errors, non2xx: result.non2xx, graphql, total: result.errors + result.non2xx + graphql };
  return {
    requests: latencies.length,
    requestsPerSecond: latencies.length / result.duration,
    latency: summarize(latencies),
    errors,
    peakRss,
  };
}
