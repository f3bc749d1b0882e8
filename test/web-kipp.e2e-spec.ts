/// <reference lib="dom" />
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@rapor/demo';
import { type TestApp } from './support/app';
import { SHOTS, DESKTOP, PHONE, startWebStack, type WebStack } from './support/web';

// Recording the KIPP stage an innovation reached, in a real Chromium against the real API on a
// real database with the demo dataset: Surabaya's admin forwards the city's submitted innovation
// and records its stage from the KIPP scheme of its year, with the announcement as the source; the
// province's reviewer changes it; the editor has no such button and the API refuses the editor
// and Sampang's admin.
const ADMIN = 'admin.surabaya@demo.rapor.id';
const EDITOR = 'editor.surabaya@demo.rapor.id';
const REVIEWER = 'reviewer.jatim@demo.rapor.id';
const OTHER_ADMIN = 'admin.sampang@demo.rapor.id';
const SURABAYA = '35.78';
const TITLE = 'Demo: Perizinan usaha mikro satu hari';
const SOURCE = 'Keputusan MenPANRB tentang Top 99 KIPP 2024';

let stack: WebStack;
let t: TestApp;
let browser: Browser;
let base: string;
const tokens = new Map<string, string>();

beforeAll(async () => {
  ({ t, browser, base } = stack = await startWebStack());
}, 180000);

afterAll(async () => {
  await stack?.close();
});

type Answer<T> = { data?: T | null; errors?: { message: string; extensions: Record<string, unknown> }[] };

async function as<T>(email: string, query: string, variables: Record<string, unknown> = {}): Promise<Answer<T>> {
  if (!tokens.has(email)) {
    const login = await t.gql<{ login: { accessToken: string } }>(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
      { e: email, p: DEMO_PASSWORD },
    );
    tokens.set(email, login.data!.login.accessToken);
  }
  return t.gql<T>(query, variables, { authorization: `Bearer ${tokens.get(email)}` }) as Promise<Answer<T>>;
}

type Row = { id: string; title: string; status: string; stage: string | null };

async function innovations(): Promise<Row[]> {
  const res = await as<{ innovations: Row[] }>(
    REVIEWER,
    'query($r: String!) { innovations(regionCode: $r) { id title status stage } }',
    { r: SURABAYA },
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.innovations;
}
const byTitle = async (title: string) => (await innovations()).find((i) => i.title === title)!;

const RECORD =
  'mutation($id: ID!, $r: String!, $s: String!) { recordInnovationStage(id: $id, regionCode: $r, stage: $s) { stage } }';

async function pageOf(email: string, path: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: DESKTOP, locale: 'id-ID' });
  const page = await context.newPage();
  page.setDefaultTimeout(20000);
  await page.goto(`${base}/`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL(/\/(wilayah|provinsi)\//);
  await page.goto(`${base}${path}`);
  return { context, page };
}

describe('KIPP stages on the innovations page', () => {
  it('lets the region admin forward an innovation and record the stage it reached, with its source', async () => {
    const { context, page } = await pageOf(ADMIN, `/wilayah/${SURABAYA}/inovasi`);
    await page.getByRole('button', { name: `Teruskan ke KIPP: ${TITLE}` }).click();
    const forwarded = page.getByTestId('innovations-forwarded');
    await forwarded
      .getByRole('row', { name: new RegExp(TITLE) })
      .getByText('Menunggu hasil KIPP')
      .waitFor();

    await page.getByRole('button', { name: `Catat tahap KIPP: ${TITLE}` }).click();
    const form = page.getByTestId('innovation-stage-form');
    const options = await form.getByLabel('Tahap yang dicapai').locator('option:not([disabled])').allTextContents();
    // The stages of the KIPP scheme of 2024, by their labels: Top 99 and the top tier of that year.
    expect(options).toEqual(expect.arrayContaining(['Top 99', 'Top 45']));
    expect(options).not.toContain('Top 40');
    await form.getByLabel('Tahap yang dicapai').selectOption({ label: 'Top 99' });
    await form.getByLabel('Sumber pengumuman (nomor SK atau tautan)').fill(SOURCE);
    await form.getByRole('button', { name: 'Simpan tahap' }).click();
    await form.waitFor({ state: 'detached' });
    await forwarded
      .getByRole('row', { name: new RegExp(TITLE) })
      .getByRole('cell', { name: 'Top 99', exact: true })
      .waitFor();
    expect((await byTitle(TITLE)).stage).toBe('TOP_99');

    // The source is in the audit log, where the province can see who recorded what from where.
    const audit = await as<{ auditLog: { entries: { reason: string | null }[] } }>(
      REVIEWER,
      'query($r: String) { auditLog(regionCode: $r) { entries { reason } } }',
      { r: SURABAYA },
    );
    expect(audit.data?.auditLog.entries.map((e) => e.reason)).toContain(`stage reached per KIPP announcement: ${SOURCE}`);

    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    await page.screenshot({ path: join(SHOTS, 'innovations-stage-desktop.png'), fullPage: true });
    await page.setViewportSize(PHONE);
    await page.waitForFunction((w) => window.innerWidth === w, PHONE.width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: `Catat tahap KIPP: ${TITLE}` }).click();
    await page.getByTestId('innovation-stage-form').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SHOTS, 'innovations-stage-phone.png'), fullPage: true });
    await context.close();
  });

  it("lets the province's reviewer change the stage", async () => {
    const { context, page } = await pageOf(REVIEWER, `/wilayah/${SURABAYA}/inovasi`);
    await page.getByRole('button', { name: `Catat tahap KIPP: ${TITLE}` }).click();
    const form = page.getByTestId('innovation-stage-form');
    expect(await form.getByLabel('Tahap yang dicapai').inputValue()).toBe('TOP_99');
    await form.getByLabel('Tahap yang dicapai').selectOption({ label: 'Top 45' });
    await form.getByRole('button', { name: 'Simpan tahap' }).click();
    await form.waitFor({ state: 'detached' });
    await page.getByTestId('innovations-forwarded').getByRole('cell', { name: 'Top 45', exact: true }).waitFor();
    expect((await byTitle(TITLE)).stage).toBe('TOP_45');
    await context.close();
  });

  it("gives the editor no way to record a stage, and the API refuses the editor and another region's admin", async () => {
    const { context, page } = await pageOf(EDITOR, `/wilayah/${SURABAYA}/inovasi`);
    await page.getByTestId('innovations-forwarded').getByRole('cell', { name: 'Top 45', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: /Catat tahap/ }).count()).toBe(0);
    await context.close();
    const { id } = await byTitle(TITLE);
    const editor = await as(EDITOR, RECORD, { id, r: SURABAYA, s: 'TOP_99' });
    expect(editor.errors?.[0].extensions['code']).toBe('FORBIDDEN');
    const other = await as(OTHER_ADMIN, RECORD, { id, r: SURABAYA, s: 'TOP_99' });
    expect(other.errors?.[0].extensions['code']).toMatch(/^(FORBIDDEN|NOT_FOUND)$/);
    expect((await byTitle(TITLE)).stage).toBe('TOP_45');
  });
});
