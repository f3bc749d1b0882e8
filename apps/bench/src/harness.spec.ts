import { FRAMEWORK_DEFINITIONS, shippedDefinition } from '@rapor/domain';
import { evaluationYears, leafValues, officialCsv, officialRows, planDataset, standing } from './dataset-plan';
import { heapSummary, loadedPackages, packageOf } from './heap';
import { importFiles } from './import-bench';
import { loadErrors } from './load';
import { isFullRun, readBenchOptions } from './options';
import { bucketOf, profileSummary } from './profile';
import { ratioMet, roundRatios, type BoardRound } from './ratios';
import { renderResults, targets, type BenchResults } from './report';
import { countStatements, percentile, summarize } from './stats';

describe('benchmark settings', () => {
  it('defaults to the documented full run', () => {
    const o = readBenchOptions({}, new Date('2026-11-24T00:00:00Z'));
    expect(o).toMatchObject({
      durationSeconds: 10,
      connections: 32,
      years: 10,
      lastYear: 2025,
      importRows: 100_000,
      provinces: null,
      adminUrl: null,
    });
    expect(isFullRun(o)).toBe(true);
  });

  it('takes trial settings and reports every bad one at once', () => {
    const o = readBenchOptions({ BENCH_DURATION: '2', BENCH_PROVINCES: '33, 65' });
    expect(o.provinces).toEqual(['33', '65']);
    expect(isFullRun(o)).toBe(false);
    expect(() =>
      readBenchOptions({ BENCH_DURATION: '0', BENCH_PROVINCES: '3x', BENCH_YEARS: '2', BENCH_ENTRY_YEARS: '3' }),
    ).toThrow(/BENCH_PROVINCES[\s\S]*BENCH_DURATION[\s\S]*BENCH_ENTRY_YEARS/);
  });
});

describe('the dataset plan', () => {
  const provinces = [
    { code: '33', regions: Array.from({ length: 35 }, (_, i) => `33.${String(i + 1).padStart(2, '0')}`) },
    { code: '65', regions: ['65.01', '65.02', '65.03', '65.04', '65.71'] },
  ];

  it('plans every shipped framework in every year one of its versions covers', () => {
    const years = evaluationYears(2025, 10);
    expect(years).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    const plan = planDataset(FRAMEWORK_DEFINITIONS, provinces, years, 2);
    const codes = new Set(FRAMEWORK_DEFINITIONS.map((d) => d.code));
    expect(new Set(plan.frameworkYears.map((f) => f.frameworkCode))).toEqual(codes);
    expect(plan.frameworkYears).toContainEqual({ frameworkCode: 'RB', year: 2025, version: '2023' });
    expect(plan.frameworkYears).toContainEqual({ frameworkCode: 'SAKIP', year: 2016, version: '2015' });
    expect(plan.frameworkYears.some((f) => f.frameworkCode === 'RB' && f.year === 2019)).toBe(false);
    expect(plan.periods).toHaveLength(plan.frameworkYears.length * 2);
    const entered = plan.periods.filter((p) => p.mode === 'entry');
    expect(new Set(entered.map((p) => `${p.frameworkCode} ${p.year}`))).toEqual(new Set(['SAKIP 2024', 'SAKIP 2025']));
    expect(plan.enteredRegionPeriods).toBe(2 * 40);
    expect(plan.officialRows).toBe((plan.frameworkYears.length - 2) * 40);
  });

  it('writes values on each framework’s scale, the same on every run', () => {
    const rb = shippedDefinition('RB', '2023');
    const rows = officialRows(rb, 2025, provinces[0].regions);
    expect(rows).toEqual(officialRows(rb, 2025, provinces[0].regions));
    for (const r of rows) {
      expect(Number(r.value)).toBeGreaterThanOrEqual(0);
      expect(Number(r.value)).toBeLessThanOrEqual(100);
      expect(rb.schemes[0].bands.map((b) => b.code)).toContain(r.category);
    }
    const opinions = officialRows(shippedDefinition('OPINI_BPK', '1'), 2025, provinces[1].regions);
    expect(opinions.every((r) => r.value === null && ['WTP', 'WDP', 'TW', 'TMP'].includes(r.category!))).toBe(true);
    expect(officialRows(rb, 2025, ['33.01'], 3)[0].value).not.toBe(rows[0].value);
    expect(standing('33.01', 'RB', 2025)).toBeGreaterThan(0);
  });

  it('gives every weighted leaf of the entry framework a value within its scale', () => {
    const sakip = shippedDefinition('SAKIP', '2021');
    const values = leafValues(sakip, 2025, '33.01');
    expect(values.length).toBeGreaterThan(4);
    expect(values.every((v) => Number.isFinite(v.value) && v.value >= 0)).toBe(true);
  });

  it('writes a CSV the import reads, quoting what needs it', () => {
    expect(officialCsv([{ region: '33.01', value: '70.10', category: null }], 'LHE, 2025')).toBe(
      'kode_wilayah,nilai,kategori,sumber\n33.01,70.10,,"LHE, 2025"\n',
    );
  });

  it('cuts files per period until the wanted rows, changing values from pass to pass', () => {
    const periods = [
      {
        periodId: 'a',
        provinceCode: '33',
        rowsFor: (pass: number) => [
          { region: '33.01', value: String(pass), category: null },
          { region: '33.02', value: String(pass), category: null },
        ],
      },
      {
        periodId: 'b',
        provinceCode: '65',
        rowsFor: (pass: number) => [{ region: '65.01', value: String(pass), category: null }],
      },
    ];
    const files = importFiles(periods, 5);
    expect(files.map((f) => `${f.periodId}:${f.rows[0].value}`)).toEqual(['a:1', 'b:1', 'a:2']);
    expect(importFiles([], 10)).toEqual([]);
  });
});

describe('statistics', () => {
  it('takes nearest-rank percentiles', () => {
    const ms = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(
      percentile(
        [...ms].sort((a, b) => a - b),
        95,
      ),
    ).toBe(95);
    expect(summarize(ms)).toMatchObject({ count: 100, p50: 50, p95: 95, p99: 99, max: 100, mean: 50.5 });
    expect(summarize([]).p99).toBeNaN();
  });

  it('counts a request’s statements, data statements and transactions', () => {
    const c = countStatements([
      'START TRANSACTION',
      'select set_config($1, $2, true)',
      'select 1',
      'COMMIT',
      'START TRANSACTION',
      'select 2',
      'COMMIT',
    ]);
    expect(c).toEqual({ total: 7, data: 2, transactions: 2 });
  });

  it('sums a CPU profile by package', () => {
    expect(bucketOf('file:///w/node_modules/@apollo/server/dist/x.js', 'f')).toBe('@apollo/server');
    expect(bucketOf('file:///w/libs/auth/src/lib/x.ts', 'f')).toBe('libs/auth');
    expect(bucketOf('', '(garbage collector)')).toBe('(garbage collector)');
    const summary = profileSummary({
      nodes: [
        { id: 1, callFrame: { functionName: 'a', url: '/n/node_modules/graphql/x.js' }, hitCount: 3 },
        { id: 2, callFrame: { functionName: '(idle)', url: '' }, hitCount: 1 },
      ],
    });
    expect(summary).toEqual([
      { bucket: 'graphql', share: 0.75 },
      { bucket: '(idle)', share: 0.25 },
    ]);
  });
});

describe('the results table', () => {
  const load = (rps: number, p99: number) => ({
    requests: rps * 10,
    requestsPerSecond: rps,
    latency: { count: rps * 10, mean: p99 / 2, p50: p99 / 3, p95: p99 / 1.5, p99, max: p99 * 2 },
    errors: { connection: 0, non2xx: 0, graphql: 0, total: 0 },
    peakRss: 200 * 1024 * 1024,
  });
  const results = (boardRps: number, boardP99: number): BenchResults => ({
    date: '2026-11-24T00:00:00.000Z',
    fullRun: true,
    settings: ['32 connections'],
    machine: { cpu: 'Test CPU', cores: 2, memoryGiB: 24, os: 'Linux', node: 'v20.20.2', postgres: '18.4', database: 'embedded' },
    dataset: {
      provinces: 38,
      regions: 514,
      years: '2016–2025 (10)',
      frameworkYears: 85,
      periods: 3230,
      officialRows: 42000,
      enteredRegionPeriods: 1028,
      seconds: 100,
      counts: {
        assessment_period: 1,
        assessment_value: 2,
        region_submission: 3,
        region_result: 4,
        published_result: 5,
        audit_log: 6,
      },
    },
    queries: [
      {
        name: 'leaderboard',
        what: 'RB',
        caller: 'reviewer',
        load: load(boardRps, boardP99),
        skipped: null,
        statements: { large: { total: 8, data: 2, transactions: 2 }, small: { total: 8, data: 2, transactions: 2 } },
        sizes: { large: '35 regions', small: '5 regions' },
      },
      {
        name: 'aggregates',
        what: 'grouped',
        caller: 'API key',
        load: null,
        skipped: 'not available yet',
        statements: { large: null, small: null },
        sizes: { large: 'a', small: 'b' },
      },
    ],
    floor: { load: load(400, 20), sameStatement: true, skipped: null },
    import: { skipped: 'not measured' },
    singleFile: null,
    correction: { correctionMs: 20, provisionalVisibleMs: 30, publishMs: 15, publishedVisibleMs: 50 },
    apiPeakRss: 300 * 1024 * 1024,
    notes: ['a note'],
  });

  it('says which targets were met', () => {
    expect(targets(results(250, 40))).toMatchObject({ ratio: 0.625, ratioMet: true, p99Met: true, growing: [] });
    const md = renderResults(results(100, 80));
    expect(md).toContain("| province leaderboard ≥ 50% of the floor's throughput | 25.0% | **missed** |");
    expect(md).toContain("| province leaderboard p99 < 50 ms at the run's concurrency | 80.0 ms | **missed** |");
    expect(md).toContain('flat in all 1 compared queries | **met**');
    expect(md).toContain('| aggregates: grouped | API key | not available yet |');
    expect(md).toContain('| CPU | Test CPU, 2 cores |');
    expect(md).not.toContain('Trial run');
  });

  const round = (api: number, peer: number, floor: number): BoardRound => ({
    api: { ...load(api, 50), peakRss: 300 * 1024 * 1024 },
    apiUncached: load(api / 2, 100),
    postgraphile: { ...load(peer, 100), peakRss: 200 * 1024 * 1024 },
    floor: load(floor, 80),
    revalidation: load(floor * 4, 10),
    national: load(30, 400),
    nationalFloor: null,
  });

  it('compares each round within itself against the issue’s targets', () => {
    const r = roundRatios(round(300, 200, 100));
    expect(r).toEqual({
      keptVsPeer: 1.5,
      uncachedVsPeer: 0.75,
      keptVsFloor: 3,
      p99VsPeer: 0.5,
      nationalVsFloor: null,
      revalidationVsFloor: 4,
      rssVsPeer: 1.5,
    });
    expect(ratioMet('keptVsPeer', r.keptVsPeer)).toBe(true);
    expect(ratioMet('uncachedVsPeer', r.uncachedVsPeer)).toBe(false);
    expect(ratioMet('p99VsPeer', r.p99VsPeer)).toBe(true);
    expect(ratioMet('rssVsPeer', r.rssVsPeer)).toBe(false);
    expect(ratioMet('nationalVsFloor', r.nationalVsFloor)).toBeNull();
    const md = renderResults({
      ...results(100, 80),
      headToHead: { rounds: [round(300, 200, 100), round(150, 200, 100)], skipped: { nationalFloor: 'failed: no floor' }, sameStatement: true },
    });
    expect(md).toContain('## Head-to-head (issue 15), 2 rounds');
    expect(md).toContain('| kept published board / PostGraphile (req/s) | 1.50× met | 0.75× **missed** | ≥ 1.5× |');
    expect(md).toContain("| API peak RSS during the kept board / PostGraphile's | 1.50× **missed** | 1.50× **missed** | ≤ 1.2× |");
    expect(md).toContain('| national board / its own floor (req/s) | n/a | n/a | ≥ 0.5× |');
    expect(md).toContain('| national floor: bare `http` + `pg`, its two statements | failed: no floor | | | failed: no floor | | |');
  });
});

describe('load errors', () => {
  it('counts every other status as an error when one status is expected (304), else non-2xx and GraphQL errors', () => {
    const statuses = new Map([
      [304, 90],
      [200, 8],
      [500, 2],
    ]);
    expect(loadErrors({ errors: 1, non2xx: 100, mismatches: 100 }, 304, statuses)).toEqual({ connection: 1, non2xx: 10, graphql: 0, total: 11 });
    expect(loadErrors({ errors: 0, non2xx: 2, mismatches: 5 }, undefined, statuses)).toEqual({ connection: 0, non2xx: 2, graphql: 3, total: 5 });
  });
});

describe('memory', () => {
  it('sums a heap snapshot by kind of object, objects by constructor', () => {
    const summary = heapSummary({
      snapshot: { meta: { node_fields: ['type', 'name', 'id', 'self_size', 'edge_count'], node_types: [['hidden', 'array', 'string', 'object', 'code']] } },
      // type, name, id, self size, edges
      nodes: [3, 0, 1, 100, 0, 3, 0, 3, 50, 0, 3, 1, 5, 30, 0, 2, 2, 7, 200, 0, 4, 3, 9, 10, 0],
      strings: ['Map', 'Object', 'some text', 'f'],
    });
    expect(summary.total).toBe(390);
    expect(summary.groups).toEqual([
      { group: '(string)', count: 1, bytes: 200 },
      { group: 'object Map', count: 2, bytes: 150 },
      { group: 'object Object', count: 1, bytes: 30 },
      { group: '(code)', count: 1, bytes: 10 },
    ]);
  });

  it('charges loaded files to their package', () => {
    expect(packageOf('/w/node_modules/@nestjs/core/index.js')).toBe('@nestjs/core');
    expect(packageOf('/w/node_modules/postgraphile/node_modules/graphql/index.js')).toBe('graphql');
    expect(packageOf('/w/libs/db/src/index.ts')).toBe('libs/db');
    expect(
      loadedPackages([
        { filename: '/w/node_modules/pg/a.js', bytes: 10 },
        { filename: '/w/node_modules/pg/b.js', bytes: 20 },
        { filename: '/w/apps/api/src/main.ts', bytes: 40 },
      ]),
    ).toEqual([
      { name: 'apps/api', modules: 1, bytes: 40 },
      { name: 'pg', modules: 2, bytes: 30 },
    ]);
  });
});
