/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { withOwnerTransaction } from '@rapor/db';
import { type TestDatabase } from './support/database';
import { PHONE, screenshots, startWebStack, type WebStack } from './support/web';

// The operator's national import in a real Chromium against the real API on the demo dataset:
// a table of all 514 kabupaten/kota for RB 2024 (no province has that period yet).

let stack: WebStack;
let db: TestDatabase;
let base: string;
let signedIn: WebStack['signedIn'];
let codes: string[];

const asOperator = <T>(sql: string) =>
  withOwnerTransaction(db.ownerUrl, async (c) => {
    await c.query(`select set_config('app.role', 'operator', true)`);
    return (await c.query(sql)).rows as T[];
  });
const csv = (lines: string[]) => Buffer.from(['kode_wilayah;nilai', ...lines].join('\r\n'));
const goodTable = () => csv(codes.map((code, i) => `${code};${(50 + (i % 45) + 0.25).toString().replace('.', ',')}`));

beforeAll(async () => {
  stack = await startWebStack();
  ({ db, base, signedIn } = stack);
  codes = (await asOperator<{ id: string }>(`select id from region order by id`)).map((r) => r.id);
}, 180000);

afterAll(async () => {
  await stack?.close();
});

async function openImport(page: Page, file: Buffer, name: string): Promise<void> {
  await page.goto(`${base}/nasional`);
  const form = page.locator('#national-import');
  await form.getByLabel('Evaluasi').selectOption('RB');
  await form.getByLabel('Tahun').fill('2024');
  await form.getByLabel('Berkas (.csv atau .xlsx)').setInputFiles({ name, mimeType: 'text/csv', buffer: file });
  await form.getByLabel(/^Sumber untuk baris tanpa sumber/).fill('LHE RB KemenPAN-RB 2024');
  await form.getByRole('button', { name: 'Periksa (uji coba)' }).click();
  await page.getByTestId('national-import-outcome').waitFor();
}

/** The import section only (the national board above it has its own screenshots). */
const snap = screenshots('natimport');
const shot = (page: Page, name: string) => snap(page, name, { of: page.locator('#national-import') });

const periodsOf2024 = () =>
  asOperator<{ n: number; v: number }>(
    `select count(distinct p.id)::int as n, count(v.id)::int as v from assessment_period p join framework_version f on f.id = p.framework_version_id
     left join assessment_value v on v.period_id = p.id where f.code = 'RB' and p.year = 2024`,
  ).then((r) => r[0]);

describe('the national import on the national page', () => {
  it('shows the rows with problems by line, in Indonesian, and keeps the import closed', async () => {
    const { context, page } = await signedIn('operator@demo.rapor.id');
    const bad = csv([...codes.slice(0, 20).map((c) => `${c};61`), '35.99;70', `${codes[3]};62`, `${codes[30]};seratus`]);
    await openImport(page, bad, 'rb-2024-salah.csv');
    const outcome = page.getByTestId('national-import-outcome');
    await expect(outcome.textContent()).resolves.toMatch(/Uji coba: ada baris bermasalah\. Tidak ada yang disimpan/);
    await expect(outcome.textContent()).resolves.toMatch(/23 baris: 20 baru, 0 berubah, 0 tetap, 3 bermasalah/);
    const problems = page.getByTestId('national-import-problems').locator('tbody tr');
    await expect(problems.count()).resolves.toBe(3);
    const cells = await problems.evaluateAll((rows) => rows.map((r) => Array.from(r.querySelectorAll('td'), (td) => td.textContent ?? '')));
    expect(cells.map((c) => c[0])).toEqual(['22', '23', '24']);
    expect(cells[0][2]).toMatch(/^Wilayah tidak dikenal/);
    expect(cells[1][2]).toMatch(/^Wilayah muncul dua kali/);
    expect(cells[2][2]).toMatch(/^Nilai bukan angka/);
    await expect(page.getByRole('button', { name: 'Impor sekarang' }).isDisabled()).resolves.toBe(true);
    await shot(page, 'problems-desktop');
    await page.setViewportSize(PHONE);
    await shot(page, 'problems-phone');
    expect(await periodsOf2024()).toEqual({ n: 0, v: 0 });
    await context.close();
  });

  it('dry-runs a table of 514 regions per province, then imports it, all 38 periods opened', async () => {
    const { context, page } = await signedIn('operator@demo.rapor.id');
    await openImport(page, goodTable(), 'rb-2024-nasional.csv');
    const outcome = page.getByTestId('national-import-outcome');
    await expect(outcome.textContent()).resolves.toMatch(/Uji coba: semua baris dapat diimpor/);
    await expect(outcome.textContent()).resolves.toMatch(/514 baris: 514 baru, 0 berubah, 0 tetap, 0 bermasalah; 0 beda kategori; 38 provinsi, 38 periode akan dibuka/);
    const provinces = page.getByTestId('national-import-provinces').locator('tbody tr');
    await expect(provinces.count()).resolves.toBe(38);
    const jatim = await provinces.filter({ hasText: 'Jawa Timur' }).locator('td').allTextContents();
    expect(jatim.slice(0, 4)).toEqual(['Jawa Timur', 'Akan dibuka', '38', '38']);
    await shot(page, 'dry-run-desktop');
    expect(await periodsOf2024()).toEqual({ n: 0, v: 0 });

    await page.getByRole('button', { name: 'Impor sekarang' }).click();
    await expect(page.getByTestId('national-import-outcome').getByText('Impor selesai: 514 nilai disimpan sebagai terverifikasi.').waitFor()).resolves.toBeUndefined();
    expect(await periodsOf2024()).toEqual({ n: 38, v: 514 });
    await shot(page, 'imported-desktop');

    // The same table again: every row unchanged, and nothing changes.
    await page.getByRole('button', { name: 'Periksa (uji coba)' }).click();
    await page.getByText(/514 baris: 0 baru, 0 berubah, 514 tetap/).waitFor();
    await context.close();
  });

  it('fits a phone: the form and the per-province table without page overflow', async () => {
    const { context, page } = await signedIn('operator@demo.rapor.id', PHONE);
    await openImport(page, goodTable(), 'rb-2024-nasional.csv');
    await page.getByTestId('national-import-provinces').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(page, 'dry-run-phone');
    await context.close();
  });

  it('is not offered to a reviewer', async () => {
    const { context, page } = await signedIn('reviewer.jatim@demo.rapor.id');
    await page.goto(`${base}/nasional`);
    await page.locator('main').waitFor();
    await page.waitForLoadState('networkidle');
    await expect(page.locator('#national-import').count()).resolves.toBe(0);
    await context.close();
  });
});
