import 'reflect-metadata';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startLocalDatabase } from '@rapor/db';
import { DEMO_PASSWORD, loadDemoData, provisionDemoAccounts } from '@rapor/demo';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { loadConfig } from '../../api/src/config/config';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { createApp, prepareDatabase } from '../../api/src/server';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { launchBrowser } from '../../../test/support/browser';

// `npm run bench` (after the API benchmark): the web app on the demo data, as a reviewer
// sees it — time from navigation to the province leaderboard drawn with data, and the
// JavaScript the first page loads (gzip). Writes apps/bench/WEB-RESULTS.md.
const ROOT = resolve(__dirname, '..', '..', '..');
const WEB_ROOT = join(ROOT, 'dist', 'apps', 'web');
const RUNS = 15;

/** Bytes (gzip) of the scripts index.html loads before anything is asked for. */
function firstPageJs(): { files: string[]; gzipBytes: number } {
  const html = readFileSync(join(WEB_ROOT, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const gzipBytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(WEB_ROOT, f))).length, 0);
  return { files, gzipBytes };
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'rapor-web-bench-'));
  const db = await startLocalDatabase({ folder: join(work, 'db'), database: 'rapor_web' });
  try {
    await prepareDatabase(db.ownerUrl);
    const accounts = await provisionDemoAccounts(db.ownerUrl);
    await loadDemoData(db.apiUrl, accounts.identities);
    const config = loadConfig({ NODE_ENV: 'production', DATABASE_URL: db.apiUrl, JWT_SECRET: db.secrets.jwtSecret, LOG_LEVEL: 'warn', WEB_ROOT });
    const app = await createApp(config);
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
      const page = await context.newPage();
      await page.goto(`${base}/`);
      await page.getByLabel('Email').fill('reviewer.jatim@demo.rapor.id');
      await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Masuk' }).click();
      await page.getByTestId('leaderboard-table').locator('tbody tr').first().waitFor();
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        // A full navigation each time: HTML, scripts (browser cache as a returning user has it),
        // the session from its cookie, then the periods and the board.
        const t0 = Date.now();
        await page.goto(`${base}/provinsi/35?evaluasi=SAKIP`);
        await page.getByTestId('leaderboard-table').locator('tbody tr').nth(30).waitFor();
        times.push(Date.now() - t0);
      }
      const cold = await browser.newContext({ viewport: { width: 1280, height: 860 } });
      const coldPage = await cold.newPage();
      await coldPage.goto(`${base}/`);
      await coldPage.getByLabel('Email').fill('reviewer.jatim@demo.rapor.id');
      await coldPage.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
      const t0 = Date.now();
      await coldPage.getByRole('button', { name: 'Masuk' }).click();
      await coldPage.getByTestId('leaderboard-table').locator('tbody tr').nth(30).waitFor();
      const signInToBoard = Date.now() - t0;
      times.sort((a, b) => a - b);
      const js = firstPageJs();
      const lines = [
        '# Web app benchmark',
        '',
        `Run ${new Date().toISOString()} on ${process.platform}/${process.arch}, Node ${process.version}; embedded PostgreSQL, demo dataset; headless Chromium (@sparticuz/chromium) on the same machine, API under no other load.`,
        '',
        '| measure | result | target |',
        '| --- | ---: | ---: |',
        `| navigation → province leaderboard (SAKIP, 38 rows) drawn, median of ${RUNS} | ${quantile(times, 0.5)} ms | < 1000 ms |`,
        `| same, slowest of ${RUNS} | ${times[times.length - 1]} ms | |`,
        `| sign-in click → leaderboard drawn (fresh browser) | ${signInToBoard} ms | |`,
        `| JavaScript of the first page, gzip (${js.files.length} files) | ${(js.gzipBytes / 1024).toFixed(1)} KB | < 300 KB |`,
        '',
        'Charts (ECharts), the XLSX writer and the GraphQL explorer load only when used.',
        '',
      ];
      writeFileSync(join(ROOT, 'apps', 'bench', 'WEB-RESULTS.md'), lines.join('\n'));
      console.log(lines.join('\n'));
      await context.close();
      await cold.close();
    } finally {
      await browser.close();
      await app.close();
    }
  } finally {
    await db.server.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
