/** What one `npm run bench` does, read from the environment (every key optional). */
export interface BenchOptions {
  /** Admin (superuser or CREATEROLE + CREATEDB) URL of an external PostgreSQL; null = embedded. */
  adminUrl: string | null;
  /** Seconds of load per query, after the warm-up. */
  durationSeconds: number;
  warmupSeconds: number;
  /** Concurrent connections of the load generator. */
  connections: number;
  /** Evaluation years of the dataset, ending with `lastYear`. */
  years: number;
  lastYear: number;
  /** The latest years in which SAKIP goes through the entry path (leaf values), not an import. */
  entryYears: number;
  /** Provinces of the dataset; null = all 38 (a subset is for trial runs only). */
  provinces: string[] | null;
  /** Concurrent writers while generating the dataset. */
  writers: number;
  /** Rows of the bulk import measurement, and concurrent uploads. */
  importRows: number;
  importConcurrency: number;
  /** Connections of the API's pool and of the floor's. */
  poolSize: number;
  /** The API's log level (production logs every request at `info`). */
  apiLogLevel: string;
  /** Where the markdown results go (relative to the workspace root). */
  output: string;
  /** Keep the temporary folder (embedded data, API log) or the external database. */
  keep: boolean;
  /** Folder for CPU profiles of the API during each query's load (profiling slows it a little). */
  profileDir: string | null;
  /** Rounds of the head-to-head board comparison (API, uncached API, PostGraphile, floors, 304), alternating. */
  rounds: number;
  /** Folder for a heap snapshot of the API after the query loads (summarised in the results). */
  heapDir: string | null;
  /** Node flags of the API processes (V8 heap settings to compare); by default none, as `start:prod`. */
  apiNodeOptions: string[];
}

/** Problems in the environment, reported together. */
export class BenchOptionsError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid benchmark settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'BenchOptionsError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Reads the benchmark's settings; `now` fixes the default last evaluation year (last year's). */
export function readBenchOptions(env: NodeJS.ProcessEnv, now: Date = new Date()): BenchOptions {
  const problems: string[] = [];
  const text = (key: string): string | null => {
    const v = env[key]?.trim();
    return v ? v : null;
  };
  const int = (key: string, fallback: number, min: number, max: number): number => {
    const raw = text(key);
    const n = raw === null ? fallback : Number(raw);
    if (Number.isInteger(n) && n >= min && n <= max) return n;
    problems.push(`${key} must be an integer from ${min} to ${max} (got "${raw}")`);
    return fallback;
  };
  const provinces =
    text('BENCH_PROVINCES')
      ?.split(/[\s,]+/)
      .filter(Boolean) ?? null;
  for (const code of provinces ?? [])
    if (!/^\d{2}$/.test(code)) problems.push(`BENCH_PROVINCES: "${code}" is not a two-digit province code`);
  const apiLogLevel = text('BENCH_API_LOG_LEVEL') ?? 'info';
  if (!LOG_LEVELS.includes(apiLogLevel)) problems.push(`BENCH_API_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  const options: BenchOptions = {
    adminUrl: text('DATABASE_URL'),
    durationSeconds: int('BENCH_DURATION', 10, 1, 600),
    warmupSeconds: int('BENCH_WARMUP', 3, 0, 120),
    connections: int('BENCH_CONNECTIONS', 32, 1, 1024),
    years: int('BENCH_YEARS', 10, 2, 30),
    lastYear: int('BENCH_LAST_YEAR', now.getUTCFullYear() - 1, 2000, 2100),
    entryYears: int('BENCH_ENTRY_YEARS', 2, 1, 30),
    provinces,
    writers: int('BENCH_WRITERS', 3, 1, 16),
    importRows: int('BENCH_IMPORT_ROWS', 100_000, 0, 1_000_000),
    importConcurrency: int('BENCH_IMPORT_CONCURRENCY', 3, 1, 16),
    poolSize: int('BENCH_POOL_SIZE', 10, 1, 100),
    apiLogLevel,
    output: text('BENCH_OUTPUT') ?? 'apps/bench/RESULTS.md',
    keep: ['1', 'true', 'yes'].includes((text('BENCH_KEEP') ?? '').toLowerCase()),
    profileDir: text('BENCH_PROFILE'),
    rounds: int('BENCH_ROUNDS', 1, 1, 10),
    heapDir: text('BENCH_HEAP_SNAPSHOT'),
    apiNodeOptions: (text('BENCH_API_NODE_OPTIONS') ?? '').split(/\s+/).filter(Boolean),
  };
  if (options.entryYears > options.years) problems.push('BENCH_ENTRY_YEARS cannot exceed BENCH_YEARS');
  if (problems.length > 0) throw new BenchOptionsError(problems);
  return options;
}

/** True when the settings measure the whole national dataset at the documented load (not a trial). */
export function isFullRun(o: BenchOptions): boolean {
  return (
    o.provinces === null &&
    o.years >= 10 &&
    o.durationSeconds >= 10 &&
    o.connections === 32 &&
    o.importRows >= 100_000 &&
    o.profileDir === null &&
    o.apiNodeOptions.length === 0
  );
}
