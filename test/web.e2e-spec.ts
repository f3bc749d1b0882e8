/// <reference lib="dom" />
import ExcelJS from 'exceljs';
import type { BrowserContext, Page, Response as PwResponse } from 'playwright-core';
import request from 'supertest';
import { type TestApp } from './support/app';
import { PHONE, pageOverflow, screenshots, startWebStack, type WebStack } from './support/web';

// The web app in a real Chromium against the real API on a real database with the demo
// dataset (what `npm start` loads), signed in with the demo logins it prints.

let stack: WebStack;
let t: TestApp;
let base: string;
let api: WebStack['api'];
let tokenOf: WebStack['tokenOf'];
let newPage: WebStack['newPage'];
let signIn: WebStack['signIn'];
const shot = screenshots('');

beforeAll(async () => {
  stack = await startWebStack();
  ({ t, base, api, tokenOf, newPage, signIn } = stack);
}, 180000);

afterAll(async () => {
  await stack?.close();
});

describe('the page itself', () => {
  it('is served at / with a strict Content-Security-Policy and no framing; the API stays at /graphql', async () => {
    const page = await request(t.app.getHttpServer()).get('/provinsi/35').set('accept', 'text/html');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<div id="root">');
    const csp = page.headers['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.text).not.toMatch(/<script>(?!<\/script>)/);
    // A region's page path looks like a file name ("35.27") and still opens the app.
    const regionPage = await request(t.app.getHttpServer()).get('/wilayah/35.27').set('accept', 'text/html');
    expect(regionPage.status).toBe(200);
    expect(regionPage.text).toContain('<div id="root">');
    expect((await request(t.app.getHttpServer()).get('/assets/missing.js')).status).toBe(404);
    const health = await request(t.app.getHttpServer()).get('/health/live');
    expect(health.status).toBe(200);
    const gql = await t.gql('{ __typename }');
    expect(gql.data).toEqual({ __typename: 'Query' });
  });
});

describe('a province reviewer', () => {
  let context: BrowserContext;
  let page: Page;
  let token: string;

  beforeAll(async () => {
    ({ context, page } = await newPage());
    token = await tokenOf('reviewer.jatim@demo.rapor.id');
  });
  afterAll(() => context.close());

  it('signs in and lands on the province page with the latest published board', async () => {
    await page.goto(`${base}/`);
    await shot(page, 'sign-in-desktop');
    await signIn(page, 'reviewer.jatim@demo.rapor.id');
    await page.waitForURL(/\/provinsi\/35/);
    await page.getByRole('heading', { level: 1, name: 'Jawa Timur' }).waitFor();
    await page.getByTestId('leaderboard-table').locator('tbody tr').first().waitFor();
    expect(await page.getByTestId('demo-banner').isVisible()).toBe(true);
    await shot(page, 'province-leaderboard-desktop');
  });

  it('finds the last region in SAKIP, its weakest area, and drills down to the indicators', async () => {
    await page.goto(`${base}/provinsi/35?evaluasi=SAKIP`);
    const rows = page.getByTestId('leaderboard-table').locator('tbody tr');
    await rows.first().waitFor();
    // The API's own board says who is last; the page must show the same.
    const years = await api<{ periods: { year: number; publishedRevision: number }[] }>(
      '{ periods(provinceCode: "35", frameworkCode: "SAKIP") { year publishedRevision } }',
      {},
      token,
    );
    const year = Math.max(...years.periods.filter((p) => p.publishedRevision > 0).map((p) => p.year));
    const board = await api<{ leaderboard: { rows: { regionName: string; rank: number | null }[] } }>(
      'query($y: Int!) { leaderboard(provinceCode: "35", frameworkCode: "SAKIP", year: $y) { rows { regionName rank } } }',
      { y: year },
      token,
    );
    const ranked = board.leaderboard.rows.filter((r) => r.rank !== null);
    const last = ranked[ranked.length - 1];
    const lastRankedOnPage = await rows.evaluateAll((trs) =>
      trs.filter((tr) => !tr.classList.contains('muted-row')).map((tr) => tr.querySelectorAll('td')[1]?.textContent ?? ''),
    );
    expect(lastRankedOnPage[lastRankedOnPage.length - 1]).toBe(last.regionName);

    await page.getByRole('button', { name: 'Yang tertinggal' }).click();
    const trailing = page.getByTestId('trailing');
    await trailing.locator('li').first().waitFor();
    const sentence = await trailing.locator('li', { hasText: last.regionName }).locator('.trailing-sentence').textContent();
    expect(sentence).toMatch(new RegExp(`^${last.regionName} paling tertinggal di .+: [\\d,]+ poin di bawah median`));
    const weakestArea = /tertinggal di (.+): /.exec(sentence ?? '')![1];
    await shot(page, 'province-trailing-desktop');

    await page.getByRole('button', { name: 'Peta area' }).click();
    const heatmap = page.getByTestId('heatmap');
    await heatmap.waitFor();
    await shot(page, 'province-heatmap-desktop');
    const cell = heatmap.locator('tr', { hasText: last.regionName }).getByRole('button', { name: new RegExp(`${weakestArea}:`) });
    await cell.click();
    const drill = page.getByTestId('drilldown');
    await drill.getByRole('heading', { name: `Indikator area ${weakestArea}` }).waitFor();
    const drillRows = page.getByTestId('drilldown-table').locator('tbody tr');
    await drillRows.first().waitFor();
    expect(await drillRows.count()).toBeGreaterThan(1);
    expect(await page.getByTestId('drilldown-table').locator('tbody tr', { hasText: last.regionName }).count()).toBe(1);
    await shot(page, 'province-drilldown-desktop');
  });

  it('downloads the leaderboard as XLSX with Indonesian headers, the demo label and every region', async () => {
    await page.goto(`${base}/provinsi/35?evaluasi=SAKIP`);
    const table = page.getByTestId('leaderboard-table');
    await table.locator('tbody tr').first().waitFor();
    const shown = await table.locator('tbody tr').count();
    const [download] = await Promise.all([page.waitForEvent('download'), table.getByRole('button', { name: 'Unduh XLSX' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path())!);
    const sheet = workbook.worksheets[0];
    expect(String(sheet.getRow(1).getCell(1).value)).toMatch(/Data demo/);
    const headers = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(headers.slice(0, 4)).toEqual(['Peringkat', 'Kabupaten/kota', 'Nilai', 'Kategori']);
    expect(sheet.rowCount - 2).toBe(shown);
    const firstValue = sheet.getRow(3).getCell(3).value;
    expect(typeof firstValue).toBe('number');
  });

  it('sees the national position and compares regions over the years', async () => {
    await page.goto(`${base}/provinsi/35?evaluasi=SAKIP&tab=nasional`);
    await page.getByTestId('national-summary').waitFor();
    expect(await page.getByTestId('national-summary').textContent()).toMatch(/Jawa Timur/i);
    await shot(page, 'province-national-desktop');
    await page.goto(`${base}/provinsi/35?evaluasi=SAKIP&tab=bandingkan&wilayah=35.78,35.27`);
    const chart = page.getByTestId('compare-chart');
    await chart.locator('canvas').waitFor();
    await shot(page, 'province-compare-desktop');
  });

  it('shows the provisional board to reviewers', async () => {
    await page.goto(`${base}/provinsi/35?evaluasi=SAKIP&status=sementara`);
    await page.getByText('Hasil sementara').waitFor();
    await page.getByTestId('leaderboard-table').locator('tbody tr').first().waitFor();
    expect(await page.getByTestId('leaderboard-table').locator('tbody tr').count()).toBeGreaterThan(0);
    await shot(page, 'province-provisional-desktop');
  });

  it('reads the page at phone width', async () => {
    const phone = await newPage(PHONE);
    await signIn(phone.page, 'reviewer.jatim@demo.rapor.id');
    await phone.page.waitForURL(/\/provinsi\/35/);
    await phone.page.getByTestId('leaderboard-table').locator('tbody tr').first().waitFor();
    await shot(phone.page, 'province-leaderboard-phone');
    // No horizontal scrolling of the page itself (wide tables scroll inside their box).
    const overflow = await pageOverflow(phone.page);
    expect(overflow).toBeLessThanOrEqual(1);
    await phone.context.close();
  });
});

describe('a city team member', () => {
  it('opens the region page and moves a what-if slider to see the projected rank', async () => {
    const { context, page } = await newPage();
    await signIn(page, 'editor.surabaya@demo.rapor.id');
    await page.waitForURL(/\/wilayah\/35\.78/);
    await page.getByTestId('profile-table').locator('tbody tr').first().waitFor();
    const result = page.getByTestId('what-if-result');
    await result.waitFor();
    const currentRank = (await page.getByTestId('what-if-current-rank').textContent())?.trim();
    expect(await page.getByTestId('what-if-rank').textContent()).toBe(currentRank);
    await page.getByTestId('value-trend').locator('canvas').waitFor();
    // The target (demo: AA, at least rank 1) and the API's cheapest way there, step by step.
    const path = page.getByTestId('target-path');
    await path.locator('li').first().waitFor();
    expect(await path.locator('li').first().textContent()).toMatch(/^Naikkan .+ dari [\d,]+ ke [\d,]+/);
    await shot(page, 'region-desktop');

    // A whole area raised to its best: the API spreads it over the area's indicators.
    const valueBefore = (await page.getByTestId('what-if-value').textContent())!;
    const area = page.locator('input[data-area]').first();
    await area.waitFor();
    await area.evaluate((el: HTMLInputElement) => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setter.call(el, el.max);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.waitForFunction((before) => document.querySelector('[data-testid=what-if-value]')?.textContent !== before, valueBefore);
    const asNumber = (text: string) => Number(text.replace(/\./g, '').replace(',', '.'));
    expect(asNumber((await page.getByTestId('what-if-value').textContent())!)).toBeGreaterThan(asNumber(valueBefore));

    // Every slider to its minimum: the region falls to the bottom of the board.
    const sliders = page.locator('.what-if-area input[type=range]');
    const count = await sliders.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      await sliders.nth(i).evaluate((el: HTMLInputElement) => {
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
        setter.call(el, el.min);
        el.dispatchEvent(new Event('input', { bubbles: true }));
      });
    }
    await page.waitForFunction(
      (before) => document.querySelector('[data-testid=what-if-rank]')?.textContent !== before,
      currentRank,
      { timeout: 10000 },
    );
    const projected = Number(await page.getByTestId('what-if-rank').textContent());
    expect(projected).toBeGreaterThan(Number(currentRank));
    await shot(page, 'region-what-if-desktop');

    const phone = await newPage(PHONE);
    await signIn(phone.page, 'editor.surabaya@demo.rapor.id');
    await phone.page.getByTestId('profile-table').locator('tbody tr').first().waitFor();
    await shot(phone.page, 'region-phone');
    await phone.context.close();
    await context.close();
  });
});

describe('a Surabaya viewer', () => {
  it("cannot open Sampang's region page or a provisional board, and receives none of their data", async () => {
    const { context, page } = await newPage();
    const bodies: string[] = [];
    page.on('response', (res: PwResponse) => {
      if (res.url().endsWith('/graphql')) void res.text().then((b) => bodies.push(b), () => undefined);
    });
    await signIn(page, 'viewer.surabaya@demo.rapor.id');
    await page.waitForURL(/\/wilayah\/35\.78/);
    await page.goto(`${base}/wilayah/35.27`);
    await page.getByTestId('not-available').waitFor();
    await shot(page, 'not-available-desktop');
    const profileAnswers = bodies.filter((b) => b.includes('"regionProfile"') || b.includes('Sampang'));
    for (const b of profileAnswers) expect(b).not.toMatch(/"regionProfile":\{/);

    // No provisional choice on the province page, and the API refuses it to this session.
    await page.goto(`${base}/provinsi/35?evaluasi=SAKIP&status=sementara`);
    await page.getByTestId('leaderboard-table').locator('tbody tr').first().waitFor();
    expect(await page.getByText('Hasil sementara').count()).toBe(0);
    const refused = await page.evaluate(async () => {
      const refresh = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation { refreshToken { accessToken } }' }),
      }).then((r) => r.json() as Promise<{ data: { refreshToken: { accessToken: string } } }>);
      const board = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${refresh.data.refreshToken.accessToken}` },
        body: JSON.stringify({ query: '{ leaderboard(provinceCode: "35", frameworkCode: "SAKIP", year: 2024, provisional: true) { rows { regionName value } } }' }),
      }).then((r) => r.json() as Promise<{ data: unknown; errors: { extensions: { code: string } }[] }>);
      return board;
    });
    expect(refused.data).toBeNull();
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(refused.errors[0].extensions.code);
    await context.close();
  });
});

describe('the session in the browser', () => {
  it('keeps no token in storage, survives a reload, and ends at sign-out', async () => {
    const { context, page } = await newPage();
    await signIn(page, 'reviewer.jatim@demo.rapor.id');
    await page.waitForURL(/\/provinsi\/35/);
    const storage = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
    expect(storage).not.toMatch(/eyJ|rrt_|accessToken|refresh/i);
    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name === 'rapor_refresh');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/graphql' });
    expect(await page.evaluate(() => document.cookie)).not.toContain('rapor_refresh');

    await page.reload();
    await page.getByTestId('leaderboard-table').locator('tbody tr').first().waitFor();
    expect(page.url()).toMatch(/\/provinsi\/35/);

    await page.getByTestId('sign-out').click();
    await page.waitForURL(/\/masuk/);
    expect((await context.cookies()).find((c) => c.name === 'rapor_refresh')).toBeUndefined();
    // The old refresh token no longer works on the server either.
    const replay = await t.gql('mutation($t: String) { refreshToken(token: $t) { accessToken } }', { t: session!.value });
    expect(replay.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    await page.reload();
    await page.getByRole('button', { name: 'Masuk' }).waitFor();
    await context.close();
  });

  it('switches between Indonesian and English, and remembers the choice', async () => {
    const { context, page } = await newPage();
    await signIn(page, 'reviewer.jatim@demo.rapor.id');
    await page.locator('.tabs').getByRole('button', { name: 'Peringkat', exact: true }).waitFor();
    await page.getByTestId('lang-switch').click();
    await page.locator('.tabs').getByRole('button', { name: 'Leaderboard', exact: true }).waitFor();
    expect(await page.getByTestId('demo-banner').textContent()).toMatch(/DEMO DATA/);
    await page.reload();
    await page.locator('.tabs').getByRole('button', { name: 'Leaderboard', exact: true }).waitFor();
    await shot(page, 'province-leaderboard-english-desktop');
    await page.getByTestId('lang-switch').click();
    await page.locator('.tabs').getByRole('button', { name: 'Peringkat', exact: true }).waitFor();
    await context.close();
  });
});
