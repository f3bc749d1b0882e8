// `npm run bench`: a reproducible benchmark of the API on the national dataset (not a test).
// Starts PostgreSQL (embedded unless DATABASE_URL), generates the dataset through the
// product's services, boots the real API (compiled, as in production) in a child process,
// compares the board with PostGraphile and the floors in rounds (head-to-head.ts), loads each
// query with autocannon, reports the API's memory, measures the bulk import and a correction's
// way to the leaderboard, counts SQL statements per request, and writes apps/bench/RESULTS.md.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, release, tmpdir, totalmem, type } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { bootstrapDatabase, startLocalDatabase, type Principal } from '@rapor/db';
import { FRAMEWORK_DEFINITIONS, shippedDefinition } from '@rapor/domain';
import { LeaderboardSort, LeaderboardsRepository, SortDirection } from '@rapor/leaderboards';
import { configureLogger } from '@rapor/platform';
import { Client } from 'pg';
// Migrations and reference data exactly as the API prepares them (apps/api is an app: no alias).
// eslint-disable-next-line @nx/enforce-module-boundaries
import { prepareDatabase } from '../../api/src/server';
import { createAccounts, gql, must, signIn, type BenchAccounts } from './api-client';
import { buildChildren, ChildServer } from './children';
import { DatasetWriter } from './dataset';
import { ENTRY_FRAMEWORK, evaluationYears, officialRows, planDataset, type DatasetPlan, type ProvinceRef } from './dataset-plan';
import { headToHead } from './head-to-head';
import { heapSummary, loadedPackages, type HeapSnapshot, type MemoryReport } from './heap';
import {
  httpUploader,
  importFiles,
  measureNationalImport,
  measureImport,
  postOfficialResults,
  singleFileAnswer,
  type ImportPeriod,
  type Uploader,
} from './import-bench';
import { measure, type LoadSpec } from './load';
import { captureStatement, comparePlans, type PlanComparison } from './plans';
import { isFullRun, readBenchOptions, type BenchOptions } from './options';
import { profileSummary, type CpuProfile } from './profile';
import * as Q from './queries';
import { renderResults, targets, type BenchResults, type QueryResult } from './report';
import { countStatements, type StatementCount } from './stats';

const ROOT = resolve(__dirname, '..', '..', '..');
const started = Date.now();
const say = (text: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${text}`);

const mib = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MiB`;

/**
 * The API's production malloc setting. Each sign-in's argon2 check takes 19 MiB from malloc on a
 * libuv thread; after the first one is freed, glibc raises its mmap threshold and later ones come
 * from per-thread arenas that keep the pages: four threads, about 76 MB resident for good. A fixed
 * threshold keeps such blocks mmapped, so they go back to the system when freed.
 */
const API_MALLOC = { MALLOC_MMAP_THRESHOLD_: '1048576' };

/** The API's environment, as in production; every API process of a run shares the signing secret. */
function apiEnvironment(o: BenchOptions, databaseUrl: string, jwtSecret: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    DATABASE_OWNER_URL: '',
    JWT_SECRET: jwtSecret,
    LOG_LEVEL: o.apiLogLevel,
    DATABASE_POOL_SIZE: String(o.poolSize),
    // The per-API-key limit (120 a minute by default) would turn the aggregates load into
    // RATE_LIMITED answers: the benchmark measures the query, so the limit is off.
    API_KEY_RATE_LIMIT: '0',
    // glibc's malloc setting of the production start (package.json start:prod, apps/api/Dockerfile).
    ...API_MALLOC,
  };
}

interface Database {
  kind: 'embedded' | 'external';
  ownerUrl: string;
  apiUrl: string;
  close(): Promise<void>;
}

/** An embedded PostgreSQL in the work folder, or a fresh database on the given server. */
async function openDatabase(o: BenchOptions, workdir: string): Promise<Database> {
  if (!o.adminUrl) {
    const local = await startLocalDatabase({ folder: join(workdir, 'db'), database: 'rapor_bench' });
    return {
      kind: 'embedded',
      ownerUrl: local.ownerUrl,
      apiUrl: local.apiUrl,
      close: async () => {
        await local.server.stop();
        if (!o.keep) rmSync(local.server.dataDir, { recursive: true, force: true });
      },
    };
  }
  const adminUrl = o.adminUrl;
  const database = `rapor_bench_${Date.now().toString(36)}`;
  const secret = () => randomBytes(18).toString('base64url');
  const urls = await bootstrapDatabase({ adminUrl, database, ownerPassword: secret(), apiPassword: secret() });
  return {
    kind: 'external',
    ...urls,
    close: async () => {
      if (o.keep) return;
      const admin = new Client({ connectionString: adminUrl });
      await admin.connect();
      try {
        await admin.query(`drop database if exists ${admin.escapeIdentifier(database)} with (force)`);
      } finally {
        await admin.end();
      }
    },
  };
}

/** Gathers planner statistics as the schema owner; returns the seconds it took. */
async function analyze(ownerUrl: string): Promise<number> {
  const started = performance.now();
  const owner = new Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    await owner.query('analyze');
  } finally {
    await owner.end();
  }
  return (performance.now() - started) / 1000;
}

/** The province closest to 35 regions (the issue's "province of about 35") and the smallest. */
function compared(provinces: readonly ProvinceRef[]): { large: ProvinceRef; small: ProvinceRef } {
  const bySize = [...provinces].sort(
    (a, b) => Math.abs(a.regions.length - 35) - Math.abs(b.regions.length - 35) || b.regions.length - a.regions.length,
  );
  const small = [...provinces].sort((a, b) => a.regions.length - b.regions.length || a.code.localeCompare(b.code))[0];
  return { large: bySize[0], small };
}

/** The statement the leaderboard repository sends (its own SQL text, captured, not copied). */
function leaderboardStatement(
  principal: Principal,
  provinceCode: string,
  frameworkCode: string,
  year: number,
  kind: string | null = null,
): Promise<{ sql: string; params: unknown[] }> {
  return captureStatement(principal, () =>
    new LeaderboardsRepository().leaderboard({
      provinceCode,
      frameworkCode,
      year,
      nodeCode: '*',
      kind,
      peerGroupId: null,
      provisional: false,
      // the default sort (RANK, ASC); checked against the API's own statement below
      sortBy: LeaderboardSort.RANK,
      direction: SortDirection.ASC,
    }),
  );
}

/** Generic against custom plans of the hot statements of the reviewer's province. */
async function hotPlans(apiUrl: string, principal: Principal, province: ProvinceRef, year: number): Promise<PlanComparison[]> {
  const repo = new LeaderboardsRepository();
  const statements: [string, Promise<{ sql: string; params: unknown[] }>][] = [
    ['leaderboard (published, RB composite)', leaderboardStatement(principal, province.code, 'RB', year)],
    ['leaderboard, kind KOTA', leaderboardStatement(principal, province.code, 'RB', year, 'KOTA')],
    ['board version probe', captureStatement(principal, () => repo.boardVersion(province.code, 'RB', year, null))],
    [`heatmap (${ENTRY_FRAMEWORK})`, captureStatement(principal, () => repo.heatmap(province.code, ENTRY_FRAMEWORK, year, false))],
  ];
  const out: PlanComparison[] = [];
  for (const [label, statement] of statements) out.push(await comparePlans(apiUrl, principal, label, await statement));
  return out;
}

interface Case {
  label: string;
  headers: Record<string, string>;
  body: string;
}

interface QuerySpec {
  name: string;
  what: string;
  caller: string;
  large: Case;
  small: Case;
}

async function main(): Promise<void> {
  const o = readBenchOptions(process.env);
  configureLogger('warn');
  const workdir = mkdtempSync(join(tmpdir(), 'rapor-bench-'));
  const notes: string[] = [];
  say(`work folder ${workdir}; ${isFullRun(o) ? 'full run' : 'trial run (reduced settings)'}`);
  say('compiling the child servers (API, floor, PostGraphile) into dist/, as production runs the API');
  buildChildren();
  const db = await openDatabase(o, workdir);
  let writer: DatasetWriter | null = null;
  let api: ChildServer | null = null;
  try {
    say(`PostgreSQL up (${db.kind}); migrating and loading reference data and frameworks`);
    await prepareDatabase(db.ownerUrl);
    writer = await DatasetWriter.open(db.apiUrl, o.writers);
    const allProvinces = await writer.provinces();
    const provinces = o.provinces ? allProvinces.filter((p) => o.provinces!.includes(p.code)) : allProvinces;
    if (provinces.length === 0) throw new Error('BENCH_PROVINCES names no known province');
    const { large, small } = compared(provinces);
    const accounts = await createAccounts(db.ownerUrl, [large.code, small.code], [large.regions[0], small.regions[0]]);

    // --- (2) the dataset, through the product's services ------------------------------------
    const years = evaluationYears(o.lastYear, o.years);
    const plan = planDataset(FRAMEWORK_DEFINITIONS, provinces, years, o.entryYears);
    say(
      `dataset: ${provinces.length} provinces, ${plan.frameworkYears.length} framework-years (${years[0]}–${o.lastYear}), ${plan.periods.length} periods, ${o.writers} writers`,
    );
    const t0 = performance.now();
    let lastSaid = 0;
    await writer.generate(plan, provinces, o.writers, (done) => {
      if (performance.now() - lastSaid > 15_000) {
        lastSaid = performance.now();
        say(`  ${done}/${plan.periods.length} periods`);
      }
    });
    const datasetSeconds = (performance.now() - t0) / 1000;
    const counts = await writer.counts();
    say(`dataset written in ${datasetSeconds.toFixed(1)} s: ${JSON.stringify(counts)}`);
    // Planner statistics for the freshly loaded tables (autovacuum would gather them within a
    // minute or so; without them the heatmap's plan is several times slower).
    const analyzed = await analyze(db.ownerUrl);
    notes.push(
      `ANALYZE ran after the dataset was written (${analyzed.toFixed(1)} s), as autovacuum would shortly after a bulk load; on tables without statistics the heatmap statement took about 4× longer.`,
    );
    const postgres = await writer.postgresVersion();

    // --- (3) the real API in a child process -------------------------------------------------
    const jwtSecret = randomBytes(32).toString('base64url');
    const startApi = (name: string, extra: Record<string, string> = {}) =>
      ChildServer.start(name, 'api-server.process.ts', {
        logFile: join(workdir, `${name}.log`),
        env: { ...apiEnvironment(o, db.apiUrl, jwtSecret), ...extra },
        nodeOptions: o.apiNodeOptions,
      });
    api = await startApi('api');
    say(`API listening on ${api.url} (pid ${api.pid})`);

    const year = o.lastYear;
    const queries = await querySpecs(api.url, accounts, large, small, year);
    const reviewerPrincipal: Principal = {
      userId: accounts.reviewerId,
      role: 'reviewer',
      provinceId: large.code,
      regionId: null,
    };
    const boardSpec = queries.specs.find((s) => s.name === 'leaderboard')!;
    const nationalSpec = queries.specs.find((s) => s.name === 'nationalLeaderboard')!;
    const apiServer = api;
    const h2h = await headToHead({
      api,
      startApi,
      ownerUrl: db.ownerUrl,
      apiUrl: db.apiUrl,
      workdir,
      poolSize: o.poolSize,
      rounds: o.rounds,
      load: { connections: o.connections, durationSeconds: o.durationSeconds, warmupSeconds: o.warmupSeconds },
      board: {
        provinceCode: large.code,
        regions: large.regions.length,
        year,
        headers: boardSpec.large.headers,
        principal: reviewerPrincipal,
        statement: await leaderboardStatement(reviewerPrincipal, large.code, 'RB', year),
      },
      national: {
        regions: await nationalRegionCount(api.url, nationalSpec.large),
        headers: nationalSpec.large.headers,
        principal: { userId: accounts.operatorId, role: 'operator', provinceId: null, regionId: null },
      },
      recordBoard: () => recordStatements(apiServer, boardSpec.large),
      say,
    });
    const first = h2h.rounds[0];
    const results: QueryResult[] = [];
    for (const spec of queries.specs) results.push(await benchQuery(api, spec, o, workdir));
    results.push(...queries.unavailable);
    const memory = await memoryReport(api, o.heapDir);
    say(`API memory after the loads: RSS ${mib(memory.rss)}, heap used ${mib(memory.heapUsed)}${memory.heap ? `, snapshot ${memory.heap.file}` : ''}`);
    const plans = await hotPlans(db.apiUrl, reviewerPrincipal, large, year);
    say(`plans: ${plans.map((p) => `${p.statement} custom ${p.custom.planning.toFixed(2)}+${p.custom.execution.toFixed(2)} ms, generic ${p.generic.planning.toFixed(2)}+${p.generic.execution.toFixed(2)} ms`).join('; ')}`);

    // --- (6) a reviewer's correction, then the bulk import ------------------------------------
    const correction = await measureCorrection(api.url, accounts, large, year).catch((error: unknown) => ({
      skipped: `failed: ${String(error)}`,
    }));
    say(`correction: ${JSON.stringify(correction)}`);
    const imported = await benchImport(api, writer, accounts, plan, provinces, large, small, year, o, results, notes);

    const apiPeakRss = api.peakRssBytes();
    const report: BenchResults = {
      date: new Date().toISOString(),
      fullRun: isFullRun(o),
      settings: [
        `${o.connections} connections`,
        `${o.durationSeconds} s per query after ${o.warmupSeconds} s warm-up`,
        `API pool ${o.poolSize}`,
        `API node flags: ${o.apiNodeOptions.join(' ') || 'none (as start:prod)'}`,
        `${o.rounds} head-to-head round${o.rounds > 1 ? 's' : ''}`,
        `API NODE_ENV=production, LOG_LEVEL=${o.apiLogLevel}, API_KEY_RATE_LIMIT=0`,
        `${o.writers} dataset writers`,
        `import ${o.importRows.toLocaleString('en-US')} rows, ${o.importConcurrency} at a time`,
      ],
      machine: {
        cpu: cpus()[0]?.model.trim() ?? 'unknown',
        cores: cpus().length,
        memoryGiB: totalmem() / 1024 ** 3,
        os: `${type()} ${release()}`,
        node: process.version,
        postgres,
        database: db.kind,
      },
      dataset: {
        provinces: provinces.length,
        regions: provinces.reduce((n, p) => n + p.regions.length, 0),
        years: `${years[0]}–${years[years.length - 1]} (${years.length})`,
        frameworkYears: plan.frameworkYears.length,
        periods: plan.periods.length,
        officialRows: plan.officialRows,
        enteredRegionPeriods: plan.enteredRegionPeriods,
        seconds: datasetSeconds,
        counts,
      },
      queries: results,
      floor: { load: first.floor, sameStatement: h2h.sameStatement, skipped: h2h.skipped.floor ?? null },
      postgraphile: { load: first.postgraphile, skipped: h2h.skipped.postgraphile ?? null },
      headToHead: h2h,
      memory,
      plans,
      import: imported.measurement,
      singleFile: imported.singleFile,
      correction,
      apiPeakRss,
      notes: [
        ...notes,
        'The load generator (autocannon) runs in the benchmark process on the same machine as the API and PostgreSQL; all three share its cores.',
        `The API runs as in production (NODE_ENV=production, JSON request logs at ${o.apiLogLevel} to a file), with a per-statement counter hook (a counter increment).`,
        'Every request of the API also authenticates: the access token is verified and the session checked in the database (its own short transaction).',
      ],
    };
    const output = resolve(ROOT, o.output);
    writeFileSync(output, renderResults(report));
    const t = targets(report);
    say(`results written to ${output}`);
    say(
      `leaderboard/floor ${t.ratio === null ? 'n/a' : (t.ratio * 100).toFixed(1) + '%'} (target ≥ 50%), p99 ${t.p99?.toFixed(1) ?? 'n/a'} ms (target < 50 ms), growing statement counts: ${t.growing.join(', ') || 'none'}`,
    );
  } catch (error) {
    if (api) console.error(`--- last lines of the API log (${api.logFile}) ---\n${api.logTail()}`);
    throw error;
  } finally {
    await api?.stop();
    await writer?.close();
    await db.close();
    if (!o.keep) rmSync(workdir, { recursive: true, force: true });
  }
}

/** Signs in the callers and builds each query's large and small case; aggregates only if the API has it. */
async function querySpecs(
  baseUrl: string,
  accounts: BenchAccounts,
  large: ProvinceRef,
  small: ProvinceRef,
  year: number,
): Promise<{ specs: QuerySpec[]; unavailable: QueryResult[] }> {
  const as = (email: string, scope: string) => signIn(baseUrl, email, accounts.password, scope);
  const reviewerLarge = await as(accounts.reviewer, `province:${large.code}`);
  const reviewerSmall = await as(accounts.reviewer, `province:${small.code}`);
  const viewerLarge = await as(accounts.viewer, `region:${large.regions[0]}`);
  const viewerSmall = await as(accounts.viewer, `region:${small.regions[0]}`);
  const operator = await as(accounts.operator, 'operator');
  const n = (p: ProvinceRef) => `province ${p.code} (${p.regions.length} regions)`;
  const board = (p: ProvinceRef, framework: string) => ({ provinceCode: p.code, frameworkCode: framework, year });
  const specs: QuerySpec[] = [
    {
      name: 'leaderboard',
      what: `RB ${year} composite with movement and gaps, ${n(large)}`,
      caller: 'province reviewer',
      large: { label: n(large), headers: reviewerLarge, body: Q.gqlBody(Q.LEADERBOARD, board(large, 'RB')) },
      small: { label: n(small), headers: reviewerSmall, body: Q.gqlBody(Q.LEADERBOARD, board(small, 'RB')) },
    },
    {
      name: 'heatmap',
      what: `${ENTRY_FRAMEWORK} ${year} regions × areas, ${n(large)}`,
      caller: 'province reviewer',
      large: { label: n(large), headers: reviewerLarge, body: Q.gqlBody(Q.HEATMAP, board(large, ENTRY_FRAMEWORK)) },
      small: { label: n(small), headers: reviewerSmall, body: Q.gqlBody(Q.HEATMAP, board(small, ENTRY_FRAMEWORK)) },
    },
    {
      name: 'regionProfile',
      what: `region ${large.regions[0]} across every framework and year`,
      caller: 'region viewer',
      large: {
        label: `${large.regions[0]} in ${n(large)}`,
        headers: viewerLarge,
        body: Q.gqlBody(Q.REGION_PROFILE, { code: large.regions[0] }),
      },
      small: {
        label: `${small.regions[0]} in ${n(small)}`,
        headers: viewerSmall,
        body: Q.gqlBody(Q.REGION_PROFILE, { code: small.regions[0] }),
      },
    },
    {
      name: 'nationalLeaderboard',
      what: `RB ${year}, every province and region`,
      caller: 'operator',
      large: {
        label: 'operator: all regions',
        headers: operator,
        body: Q.gqlBody(Q.NATIONAL_LEADERBOARD, { frameworkCode: 'RB', year }),
      },
      small: {
        label: `reviewer of ${n(small)}`,
        headers: reviewerSmall,
        body: Q.gqlBody(Q.NATIONAL_LEADERBOARD, { frameworkCode: 'RB', year }),
      },
    },
  ];
  const unavailable: QueryResult[] = [];
  const aggregatesWhat = `RB ${year} grouped by province and year (count, mean, median, min, max, quartiles)`;
  const probe = await gql(baseUrl, Q.AGGREGATES, { framework: 'RB', year }, operator);
  const missing = probe.errors?.some((e) => /Cannot query field "aggregates"/.test(e.message));
  if (missing || probe.errors?.length) {
    const skipped = missing
      ? 'not available yet (libs/reports, issue 7, is being built)'
      : `not measured: ${probe.errors![0].message.replace(/\|/g, '/')}`;
    unavailable.push({
      name: 'aggregates',
      what: aggregatesWhat,
      caller: 'API key',
      load: null,
      skipped,
      statements: { large: null, small: null },
      sizes: { large: n(large), small: n(small) },
    });
  } else {
    const key = async (p: ProvinceRef) => {
      const created = await must(
        gql<{ createApiKey: { secret: string } }>(
          baseUrl,
          Q.CREATE_API_KEY,
          { name: `bench ${p.code}`, provinceCode: p.code },
          operator,
        ),
        'createApiKey',
      );
      return { 'x-api-key': created.createApiKey.secret };
    };
    specs.push({
      name: 'aggregates',
      what: aggregatesWhat,
      caller: 'API key',
      large: { label: n(large), headers: await key(large), body: Q.gqlBody(Q.AGGREGATES, { framework: 'RB', year }) },
      small: { label: n(small), headers: await key(small), body: Q.gqlBody(Q.AGGREGATES, { framework: 'RB', year }) },
    });
  }
  return { specs, unavailable };
}

/** How many regions the API's national board lists (the national floor must list as many). */
async function nationalRegionCount(baseUrl: string, c: Case): Promise<number> {
  const res = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...c.headers }, body: c.body });
  const body = (await res.json()) as { data?: { nationalLeaderboard?: { regions: unknown[] } } };
  return body.data?.nationalLeaderboard?.regions.length ?? 0;
}

/** The API's memory now; with BENCH_HEAP_SNAPSHOT also a heap snapshot, summarised. */
async function memoryReport(api: ChildServer, heapDir: string | null): Promise<MemoryReport> {
  await quiet(api);
  let file: string | null = null;
  if (heapDir) {
    mkdirSync(resolve(heapDir), { recursive: true });
    file = join(resolve(heapDir), `api-${Date.now()}.heapsnapshot`);
  }
  const m = await api.ask({ type: 'memory', file }, 'memory', 300_000);
  const heap = m.snapshot ? { file: m.snapshot, ...heapSummary(JSON.parse(readFileSync(m.snapshot, 'utf8')) as HeapSnapshot, 25) } : null;
  return {
    rss: m.usage.rss,
    peakRss: api.peakRssBytes(),
    heapUsed: m.usage.heapUsed,
    heapTotal: m.usage.heapTotal,
    external: m.usage.external,
    arrayBuffers: m.usage.arrayBuffers,
    spaces: m.spaces,
    packages: loadedPackages(m.files).slice(0, 20),
    heap,
  };
}

/** The statements the API sends for one request (the API is otherwise idle). */
async function recordStatements(api: ChildServer, c: Case): Promise<string[]> {
  await quiet(api);
  await api.ask({ type: 'record', on: true }, 'recording');
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...c.headers },
    body: c.body,
  });
  await res.arrayBuffer();
  return (await api.ask({ type: 'record', on: false }, 'recorded')).statements;
}

/** Runs `work` while the API records a CPU profile into `file`, and prints where its time went. */
async function profiled<T>(api: ChildServer, file: string, work: () => Promise<T>): Promise<T> {
  mkdirSync(dirname(file), { recursive: true });
  await api.ask({ type: 'profile', on: true }, 'profiling');
  const result = await work();
  await api.ask({ type: 'profile', on: false, file }, 'profiled');
  const summary = profileSummary(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile);
  say(`  profile ${file}: ${summary.map((s) => `${s.bucket} ${(s.share * 100).toFixed(1)}%`).join(', ')}`);
  return result;
}

/** Waits until the API sends no more statements (requests of a load run still in flight when it stopped). */
async function quiet(api: ChildServer): Promise<void> {
  let last = -1;
  for (let i = 0; i < 100; i++) {
    const { total } = await api.ask({ type: 'count' }, 'counted');
    if (total === last) return;
    last = total;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Checks a query answers without errors, counts its statements in both cases, then loads it. */
async function benchQuery(api: ChildServer, spec: QuerySpec, o: BenchOptions, workdir: string): Promise<QueryResult> {
  const result: QueryResult = {
    name: spec.name,
    what: spec.what,
    caller: spec.caller,
    load: null,
    skipped: null,
    statements: { large: null, small: null },
    sizes: { large: spec.large.label, small: spec.small.label },
  };
  for (const which of ['large', 'small'] as const) {
    const c = spec[which];
    const probe = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...c.headers },
      body: c.body,
    });
    const text = await probe.text();
    if (probe.status !== 200 || !text.startsWith('{"data":') || text.includes('"errors":[')) {
      result.skipped = `failed (${which} case): ${probe.status} ${text.slice(0, 200).replace(/\|/g, '/')}`;
      say(`${spec.name}: ${result.skipped}`);
      return result;
    }
    const statements = await recordStatements(api, c);
    // Kept with BENCH_KEEP=1, for reading what a request sends.
    writeFileSync(join(workdir, `statements-${spec.name}-${which}.sql`), statements.map((s) => `${s.trim()};`).join('\n\n'));
    result.statements[which] = countStatements(statements);
  }
  say(
    `${spec.name}: statements ${result.statements.large?.total} (${spec.large.label}) / ${result.statements.small?.total} (${spec.small.label}); loading`,
  );
  const load: LoadSpec = {
    url: `${api.url}/graphql`,
    body: spec.large.body,
    headers: spec.large.headers,
    connections: o.connections,
    durationSeconds: o.durationSeconds,
    warmupSeconds: o.warmupSeconds,
  };
  result.load = await measure(
    load,
    api,
    o.profileDir ? (run) => profiled(api, join(resolve(o.profileDir!), `api-${spec.name}.cpuprofile`), run) : undefined,
  );
  say(
    `${spec.name}: ${result.load.requestsPerSecond.toFixed(0)} req/s, p50 ${result.load.latency.p50.toFixed(1)} / p95 ${result.load.latency.p95.toFixed(1)} / p99 ${result.load.latency.p99.toFixed(1)} ms, ${result.load.errors.total} errors`,
  );
  return result;
}

/** A reviewer corrects one region's RB result in an amended period: when does the leaderboard show it? */
async function measureCorrection(baseUrl: string, accounts: BenchAccounts, large: ProvinceRef, year: number) {
  const headers = await signIn(baseUrl, accounts.reviewer, accounts.password, `province:${large.code}`);
  const call = <T>(query: string, variables: Record<string, unknown>, what: string) =>
    must(gql<T>(baseUrl, query, variables, headers), what);
  const periods = await call<{ periods: { id: string }[] }>(
    Q.PERIODS,
    { provinceCode: large.code, frameworkCode: 'RB', year },
    'periods',
  );
  const periodId = periods.periods[0].id;
  const region = large.regions[large.regions.length - 1];
  await call(Q.AMEND_PERIOD, { periodId, reason: 'Benchmark: koreksi hasil resmi' }, 'amendPeriod');
  const values = await call<{ assessmentValues: { id: string; nodeCode: string; value: number }[] }>(
    Q.VALUES,
    { periodId, regionCode: region },
    'assessmentValues',
  );
  const composite = values.assessmentValues.find((v) => v.nodeCode === '*')!;
  const corrected = Math.round((composite.value > 90 ? composite.value - 1.23 : composite.value + 1.23) * 100) / 100;
  const board = (provisional: boolean) => ({ provinceCode: large.code, frameworkCode: 'RB', year, provisional });
  const shows = async (provisional: boolean) => {
    const data = await call<{ leaderboard: { rows: { regionCode: string; value: number | null }[] } }>(
      Q.LEADERBOARD,
      board(provisional),
      'leaderboard',
    );
    return data.leaderboard.rows.some((r) => r.regionCode === region && r.value !== null && Math.abs(r.value - corrected) < 1e-9);
  };
  const waitFor = async (provisional: boolean, since: number) => {
    for (let i = 0; i < 200; i++) if (await shows(provisional)) return performance.now() - since;
    throw new Error(`the ${provisional ? 'provisional' : 'published'} leaderboard never showed the correction`);
  };
  const t0 = performance.now();
  await call(
    Q.REVIEW_VALUE,
    { input: { valueId: composite.id, action: 'CORRECT', value: corrected, reason: 'Benchmark: nilai dikoreksi reviewer' } },
    'reviewValue',
  );
  const correctionMs = performance.now() - t0;
  const provisionalVisibleMs = await waitFor(true, t0);
  const t1 = performance.now();
  await call(Q.PUBLISH_PERIOD, { periodId }, 'publishPeriod');
  const publishMs = performance.now() - t1;
  const publishedVisibleMs = await waitFor(false, t0);
  return { correctionMs, provisionalVisibleMs, publishMs, publishedVisibleMs };
}

/**
 * Official-results files for every imported framework of the last year (one file per
 * province, framework and year: what the endpoint takes), re-issued with changed values pass
 * after pass until the wanted row count; uploaded as an operator into amended periods.
 */
async function benchImport(
  api: ChildServer,
  writer: DatasetWriter,
  accounts: BenchAccounts,
  plan: DatasetPlan,
  provinces: readonly ProvinceRef[],
  large: ProvinceRef,
  small: ProvinceRef,
  year: number,
  o: BenchOptions,
  results: QueryResult[],
  notes: string[],
): Promise<{ measurement: BenchResults['import']; singleFile: BenchResults['singleFile'] }> {
  if (o.importRows === 0) return { measurement: { skipped: 'not measured (BENCH_IMPORT_ROWS=0)' }, singleFile: null };
  const operator = await signIn(api.url, accounts.operator, accounts.password, 'operator');
  const regions = new Map(provinces.map((p) => [p.code, p.regions]));
  const targets = plan.frameworkYears.filter((fy) => fy.year === year && fy.frameworkCode !== ENTRY_FRAMEWORK);
  const periods: ImportPeriod[] = [];
  for (const fy of targets) {
    const definition = shippedDefinition(fy.frameworkCode, fy.version);
    for (const [provinceCode, periodId] of await writer.periodIds(fy.frameworkCode, year)) {
      const codes = regions.get(provinceCode) ?? [];
      periods.push({ periodId, provinceCode, rowsFor: (pass) => officialRows(definition, year, codes, pass) });
    }
  }
  say(`import: amending ${periods.length} published periods of ${year} (setup, not timed)`);
  await writer.amend(
    periods.map((p) => p.periodId),
    'Benchmark: corrected official results',
  );
  const files = importFiles(periods, o.importRows);
  const probe = await postOfficialResults(api.url, operator, files[0].periodId, 'kode_wilayah,nilai\n', true);
  let upload: Uploader;
  let path: string;
  if (probe.status === 404) {
    path = 'AssessmentsService.importOfficialResults in process (the HTTP endpoint is not available)';
    upload = (file) =>
      writer
        .as({ userId: null, role: 'operator', provinceId: null, regionId: null }, (ctx) =>
          writer.importRows(ctx, file.periodId, file.rows),
        )
        .then((changed) => ({ ok: true, changed, error: null }))
        .catch((error: unknown) => ({ ok: false, changed: 0, error: String(error) }));
  } else {
    path = 'HTTP: POST /periods/:periodId/official-results (multipart CSV, dryRun=false), libs/imports';
    upload = httpUploader(api.url, operator);
    // Statements of one upload, a small and a large province's file (a correction pass of its own).
    const statements = {
      large: null as StatementCount | null,
      small: null as StatementCount | null,
    };
    for (const [which, p] of [
      ['large', large],
      ['small', small],
    ] as const) {
      const target = periods.find((x) => x.provinceCode === p.code);
      if (!target) continue;
      await api.ask({ type: 'record', on: true }, 'recording');
      const outcome = await upload({ periodId: target.periodId, provinceCode: p.code, rows: target.rowsFor(-1) });
      const recorded = await api.ask({ type: 'record', on: false }, 'recorded');
      if (outcome.ok) statements[which] = countStatements(recorded.statements);
    }
    results.push({
      name: 'official-results upload',
      what: 'one province’s CSV file for one period',
      caller: 'operator',
      load: null,
      skipped: 'measured as bulk import below',
      statements,
      sizes: {
        large: `province ${large.code} (${large.regions.length} rows)`,
        small: `province ${small.code} (${small.regions.length} rows)`,
      },
    });
  }
  const fileRows = files.reduce((n, f) => n + f.rows.length, 0);
  say(`import: ${fileRows} rows in ${files.length} files through ${path.split(':')[0]}`);
  const measurement = await measureImport(files, upload, o.importConcurrency);
  say(`import: ${measurement.rowsPerSecond.toFixed(0)} rows/s, ${measurement.failures} failed files`);
  // One national table (every region) of the first imported framework, into the amended periods.
  const national = targets[0];
  if (national) {
    const codes = provinces.flatMap((p) => p.regions);
    const rows = officialRows(shippedDefinition(national.frameworkCode, national.version), year, codes, 7_777);
    const n = await measureNationalImport(api.url, operator, { frameworkCode: national.frameworkCode, year }, rows);
    say(`national import: ${JSON.stringify(n)}`);
    notes.push(
      n.error
        ? `National import (${national.frameworkCode} ${year}, ${n.rows} rows) failed: ${n.error}`
        : `National import (POST /national/official-results, ${national.frameworkCode} ${year}): one table of ${n.rows} rows in ${n.provinces} provinces — dry run ${n.dryRunMs.toFixed(0)} ms, real run ${n.importMs.toFixed(0)} ms (${n.changed} values changed), the same table again ${n.againMs.toFixed(0)} ms (${n.unchanged} unchanged).`,
    );
  }
  notes.push(
    `Bulk import path: ${path}. The endpoint takes one period (one province, framework and year) per file, at most 5,000 rows, so the ${o.importRows.toLocaleString('en-US')} rows went as ${files.length.toLocaleString('en-US')} files: every imported framework of ${year} in every province, re-issued with changed values pass after pass into amended periods (each row a real write).`,
  );
  // The issue's "CSV of 100,000 rows" as one file: what does the endpoint say?
  const rbVersion = plan.frameworkYears.find((f) => f.frameworkCode === 'RB' && f.year === year)!.version;
  const rbRows = officialRows(shippedDefinition('RB', rbVersion), year, large.regions);
  const bigRows = Array.from({ length: 100_000 }, (_, i) => rbRows[i % rbRows.length]);
  const rbLarge = (await writer.periodIds('RB', year)).get(large.code)!;
  const singleFile = path.startsWith('HTTP') ? await singleFileAnswer(api.url, operator, rbLarge, bigRows) : null;
  return { measurement: { ...measurement, path }, singleFile };
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
