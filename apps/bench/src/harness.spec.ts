import { FRAMEWORK_DEFINITIONS, shippedDefinition } from '@rapor/domain';
import { evaluationYears, leafValues, officialCsv, officialRows, planDataset, standing } from './dataset-plan';
import { importFiles } from './import-bench';
import { isFullRun, readBenchOptions } from './options';
import { bucketOf, profileSummary } from './profile';
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
});
