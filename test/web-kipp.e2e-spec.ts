/// <reference lib="dom" />
import type { BrowserContext, Page } from 'playwright-core';
import { DEMO_SETUP_TIMEOUT } from './support/database';
import { PHONE, expectNoOverflow, screenshots, startWebStack, type WebStack } from './support/web';

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
const shot = screenshots('innovations');

beforeAll(async () => {
  stack = await startWebStack();
}, DEMO_SETUP_TIMEOUT);

afterAll(async () => {
  await stack?.close();
});

type Row = { id: string; title: string; status: string; stage: string | null };

const innovations = async () =>
  (
    await stack.apiAs<{ innovations: Row[] }>(
      REVIEWER,
      'query($r: String!) { innovations(regionCode: $r) { id title status stage } }',
      { r: SURABAYA },
    )
  ).innovations;
const byTitle = async (title: string) => (await innovations()).find((i) => i.title === title)!;

const RECORD =
  'mutation($id: ID!, $r: String!, $s: String!) { recordInnovationStage(id: $id, regionCode: $r, stage: $s) { stage } }';

async function pageOf(email: string, path: string): Promise<{ context: BrowserContext; page: Page }> {
  const opened = await stack.signedIn(email);
  await opened.page.goto(`${stack.base}${path}`);
  return opened;
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
    const audit = await stack.gqlAs<{ auditLog: { entries: { reason: string | null }[] } }>(
      REVIEWER,
      'query($r: String) { auditLog(regionCode: $r) { entries { reason } } }',
      { r: SURABAYA },
    );
    expect(audit.data?.auditLog.entries.map((e) => e.reason)).toContain(`stage reached per KIPP announcement: ${SOURCE}`);

    await shot(page, 'stage-desktop');
    await page.setViewportSize(PHONE);
    await page.waitForFunction((w) => window.innerWidth === w, PHONE.width);
    await expectNoOverflow(page);
    await page.getByRole('button', { name: `Catat tahap KIPP: ${TITLE}` }).click();
    await page.getByTestId('innovation-stage-form').waitFor();
    await expectNoOverflow(page);
    await shot(page, 'stage-phone');
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
    const editor = await stack.gqlAs(EDITOR, RECORD, { id, r: SURABAYA, s: 'TOP_99' });
    expect(editor.errors?.[0].extensions['code']).toBe('FORBIDDEN');
    const other = await stack.gqlAs(OTHER_ADMIN, RECORD, { id, r: SURABAYA, s: 'TOP_99' });
    expect(other.errors?.[0].extensions['code']).toMatch(/^(FORBIDDEN|NOT_FOUND)$/);
    expect((await byTitle(TITLE)).stage).toBe('TOP_45');
  });
});
