import { execFile } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runReports } from '../apps/report-client/src/reports';
import { startReportsWorld, type ReportsWorld } from './reports.fixtures';
import { DEMO_SETUP_TIMEOUT } from './support/database';

const run = promisify(execFile);
const ROOT = join(__dirname, '..');

// The example client (apps/report-client) against the real API with an API key.
describe('the example report client', () => {
  let w: ReportsWorld;
  let apiUrl: string;

  beforeAll(async () => {
    w = await startReportsWorld();
    await w.t.app.listen(0, '127.0.0.1');
    apiUrl = `http://127.0.0.1:${(w.t.app.getHttpServer().address() as AddressInfo).port}/graphql`;
  }, DEMO_SETUP_TIMEOUT);
  afterAll(() => w.close());

  it('runs its two reports with a province key: the whole ranking, page by page, and the category spread', async () => {
    // Jawa Timur's SAKIP 2023 is the demo dataset: asked for by name next to Bangka Belitung's real one.
    const { ranking, spread } = await runReports({ apiUrl, apiKey: w.secrets.key35, framework: 'SAKIP', year: 2023, provinces: ['35'], includeDemo: true });
    expect(ranking).toHaveLength(38);
    expect(ranking.every((r) => r.demo) && spread.every((s) => s.demo)).toBe(true);
    expect(ranking[0]).toMatchObject({ rank: 1, regionCode: '35.78', regionName: 'Kota Surabaya', kind: 'KOTA' });
    expect(ranking[37]).toMatchObject({ rank: 38, regionCode: '35.27' });
    const ranks = ranking.map((r) => r.rank!);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(spread.reduce((n, s) => n + s.count, 0)).toBe(38);
    for (const s of spread) {
      const inGroup = ranking.filter((r) => r.kind === s.kind && r.category === s.category);
      expect({ group: `${s.kind} ${s.category}`, count: s.count }).toEqual({
        group: `${s.kind} ${s.category}`,
        count: inGroup.length,
      });
      // Means come exact at one decimal more than SAKIP's precision (2).
      expect(Math.abs(s.mean! - inGroup.reduce((t, r) => t + r.value!, 0) / inGroup.length)).toBeLessThanOrEqual(0.0005 + 1e-9);
    }
  });

  it('leaves the demo province out next to real data by default, and fails clearly with a bad key', async () => {
    const other = await runReports({ apiUrl, apiKey: w.secrets.key19, framework: 'SAKIP', year: 2023 });
    expect(other.ranking.map((r) => [r.regionCode, r.demo])).toEqual([
      ['19.71', false],
      ['19.01', false],
      ['19.04', false],
    ]);
    expect(other.spread.reduce((n, s) => n + s.count, 0)).toBe(3);
    await expect(runReports({ apiUrl, apiKey: `rpk_${'x'.repeat(43)}`, framework: 'SAKIP', year: 2023 })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  it('runs as a program with RAPOR_API_URL and RAPOR_API_KEY', async () => {
    const { stdout } = await run(
      process.execPath,
      ['-r', join(ROOT, 'test/support/ts-hook.js'), join(ROOT, 'apps/report-client/src/main.ts')],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          RAPOR_API_URL: apiUrl,
          RAPOR_API_KEY: w.secrets.key3578,
          RAPOR_FRAMEWORK: 'SAKIP',
          RAPOR_YEAR: '2022',
        },
        timeout: 60000,
      },
    );
    expect(stdout).toContain('SAKIP 2022: ranking (38 regions)');
    expect(stdout).toContain('Kota Surabaya');
    expect(stdout).toContain('SAKIP 2022: categories by kind');
  });

  it('is typed from the committed schema: its generated code is up to date', async () => {
    // Exits 1 ("stale files") when apps/api/schema.graphql or a document changed since generation.
    await expect(
      run(
        process.execPath,
        [join(ROOT, 'node_modules/.bin/graphql-codegen'), '--config', 'apps/report-client/codegen.ts', '--check'],
        { cwd: ROOT, timeout: 60000 },
      ),
    ).resolves.toBeDefined();
  });
});
