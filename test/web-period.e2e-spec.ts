/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { NotificationsWorker } from '@rapor/notifications';
import { type TestApp } from './support/app';
import { createFixtureUser, FIXTURE_PASSWORD } from './support/auth';
import { type TestDatabase } from './support/database';
import { DESKTOP, PHONE, expectNoOverflow, screenshots, startWebStack, type WebStack } from './support/web';
import { startSmtpServer } from './notifications.fixtures';

// A whole evaluation period through the pages, in a real Chromium against the real API on a real
// database with the demo dataset and a real SMTP server: the Jawa Timur reviewer opens SAKIP 2025
// (the demo has not opened it); Surabaya's editor enters values (one wrong, shown on its field,
// then fixed) and its admin submits; two other regions submit through the API; the reviewer
// corrects one Surabaya value with a reason, returns Sampang with a comment, accepts, closes entry
// and publishes; Surabaya's team then sees its new rank, the correction and the notification, and
// the mails have arrived. The steps run in order, each building on the one before.
const REVIEWER = 'reviewer.jatim@demo.rapor.id';
const EDITOR = 'editor.surabaya@demo.rapor.id';
const ADMIN = 'admin.surabaya@demo.rapor.id';
const SURABAYA = '35.78';
const MALANG = '35.73';
const SAMPANG = '35.27';
const REASON = 'Dokumen Renstra belum ditandatangani';
const COMMENT = 'Lengkapi bukti dukung indikator perencanaan';

let stack: WebStack;
let db: TestDatabase;
let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let base: string;
let periodId = '';
let leaves: { code: string; min: number; max: number }[] = [];
let api: WebStack['apiAs'];
let signedIn: WebStack['signedIn'];
const shot = screenshots('period');

interface Value {
  id: string;
  nodeCode: string;
  nodeNameId: string;
  value: number;
  originalValue: number | null;
  correctionReason: string | null;
  state: string;
}

const values = async (regionCode: string) =>
  (
    await api<{ assessmentValues: Value[] }>(
      REVIEWER,
      'query($p: ID!, $r: String) { assessmentValues(periodId: $p, regionCode: $r) { id nodeCode nodeNameId value originalValue correctionReason state } }',
      { p: periodId, r: regionCode },
    )
  ).assessmentValues;

const stateOf = async (regionCode: string) =>
  (
    await api<{ submissions: { state: string; returnComment: string | null }[] }>(
      REVIEWER,
      'query($p: ID!, $r: String) { submissions(periodId: $p, regionCode: $r) { state returnComment } }',
      { p: periodId, r: regionCode },
    )
  ).submissions[0];

/** How the page writes a number in Indonesian ("12,5"). */
const typed = (n: number) => String(n).replace('.', ',');

/**
 * The page as it is, at desktop width and at phone width (which must not scroll sideways), the
 * phone shot showing `show`. A settled page (`reload`) is loaded afresh at phone width, since
 * charts size themselves when drawn; a page with an open form is only resized.
 */
async function shots(page: Page, name: string, show: string, reload = false): Promise<void> {
  await shot(page, `${name}-desktop`);
  await page.setViewportSize(PHONE);
  await page.waitForFunction((w) => window.innerWidth === w, PHONE.width);
  if (reload) await page.reload();
  await page.locator(show).first().waitFor();
  await expectNoOverflow(page);
  await page.locator(show).first().scrollIntoViewIfNeeded();
  await shot(page, `${name}-phone`, { fullPage: false });
  await page.setViewportSize(DESKTOP);
}

beforeAll(async () => {
  smtp = await startSmtpServer();
  stack = await startWebStack({ SMTP_URL: smtp.url, MAIL_FROM: 'Rapor <rapor@jatimprov.go.id>', APP_URL: 'https://rapor.example.go.id' });
  ({ db, t, base, apiAs: api, signedIn } = stack);
  const existing = await api<{ periods: unknown[] }>(REVIEWER, '{ periods(provinceCode: "35", frameworkCode: "SAKIP", year: 2025) { id } }');
  expect(existing.periods).toEqual([]);
  const fw = await api<{ frameworks: { nodes: { code: string; isLeaf: boolean; weight: number; scale: { min: number; max: number } }[] }[] }>(
    REVIEWER,
    '{ frameworks(code: "SAKIP", year: 2025) { nodes { code isLeaf weight scale { min max } } } }',
  );
  leaves = fw.frameworks[0].nodes.filter((n) => n.isLeaf && n.weight > 0).map((n) => ({ code: n.code, min: n.scale.min, max: n.scale.max }));
  expect(leaves.length).toBeGreaterThan(2);
}, 240000);

afterAll(async () => {
  await stack?.close();
  await smtp?.close();
});

describe('an evaluation period from opening to publication, through the pages', () => {
  it('the reviewer opens SAKIP 2025 for Jawa Timur', async () => {
    const { context, page } = await signedIn(REVIEWER);
    await page.goto(`${base}/provinsi/35/periode`);
    await page.getByTestId('open-period').click();
    const form = page.getByTestId('open-period-confirm');
    await form.getByLabel('Evaluasi').selectOption('SAKIP');
    await form.getByLabel('Tahun').fill('2025');
    await form.getByLabel('Tenggat').fill('2027-03-31');
    await shots(page, 'open', '[data-testid="open-period-confirm"]');
    await form.getByRole('button', { name: 'Ya, buka periode' }).click();
    await page.waitForURL(/\/provinsi\/35\/periode\/[0-9a-f-]{36}$/);
    periodId = /periode\/([0-9a-f-]{36})/.exec(page.url())![1];
    await page.getByTestId('monitor-table').locator('tbody tr').first().waitFor();
    const period = await api<{ period: { frameworkCode: string; year: number; state: string } }>(
      REVIEWER,
      'query($p: ID!) { period(periodId: $p) { frameworkCode year state } }',
      { p: periodId },
    );
    expect(period.period).toEqual({ frameworkCode: 'SAKIP', year: 2025, state: 'OPEN' });
    expect((await stateOf(SURABAYA)).state).toBe('NOT_STARTED');
    await context.close();
  });

  it("Surabaya's editor enters values, sees the one wrong value on its field, fixes it and saves", async () => {
    const { context, page } = await signedIn(EDITOR);
    await page.goto(`${base}/wilayah/${SURABAYA}/isian?periode=${periodId}`);
    const [bad] = leaves;
    await page.locator(`#f-${bad.code}-value`).waitFor();
    for (const l of leaves) await page.locator(`#f-${l.code}-value`).fill(typed(l.max));
    await page.locator(`#f-${bad.code}-value`).fill(typed(bad.max + 10));
    await page.getByTestId('save-draft').click();
    const error = page.locator(`[data-field-error="${bad.code}.value"]`);
    await error.waitFor();
    expect(await error.textContent()).toContain(`antara ${bad.min} dan ${bad.max}`);
    expect(await page.locator(`#f-${bad.code}-value`).getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('[data-field-error]').count()).toBe(1);
    expect(await values(SURABAYA)).toEqual([]);
    await shots(page, 'entry-error', '[data-field-error]');

    await page.locator(`#f-${bad.code}-value`).fill(typed(bad.max));
    await page.getByTestId('save-draft').click();
    await page.getByText(/Draf tersimpan/).waitFor();
    const saved = await values(SURABAYA);
    expect(saved.map((v) => [v.nodeCode, v.value, v.state]).sort()).toEqual(leaves.map((l) => [l.code, l.max, 'DRAFT']).sort());

    // The editor cannot reach the review screen, nor another region's form.
    for (const path of [`/provinsi/35/periode/${periodId}/wilayah/${SURABAYA}`, `/provinsi/35/periode/${periodId}`, `/wilayah/${SAMPANG}/isian`]) {
      await page.goto(`${base}${path}`);
      await page.getByTestId('not-available').waitFor();
      expect(await page.locator('table, #entry').count()).toBe(0);
    }
    await context.close();
  });

  it("Surabaya's admin submits; two other regions submit through the API", async () => {
    const { context, page } = await signedIn(ADMIN);
    await page.goto(`${base}/wilayah/${SURABAYA}/isian?periode=${periodId}`);
    await page.getByTestId('submit-open').click();
    await page.getByTestId('submit-confirm').waitFor();
    expect(await page.getByTestId('submit-confirm').textContent()).toContain(`${leaves.length} nilai akan dikunci`);
    await page.getByTestId('submit-confirm-button').click();
    await page.locator('[data-testid="submission-state"] [data-state="SUBMITTED"]').waitFor();
    expect((await stateOf(SURABAYA)).state).toBe('SUBMITTED');
    await context.close();

    for (const [regionCode, share] of [
      [MALANG, 0.5],
      [SAMPANG, 0.6],
    ] as const) {
      const admin = await createFixtureUser(db, { regions: { [regionCode]: 'admin' } });
      stack.passwords.set(admin.email, FIXTURE_PASSWORD);
      const rows = leaves.map((l) => ({ nodeCode: l.code, value: Math.round(l.max * share * 100) / 100 }));
      await api(admin.email, 'mutation($i: SaveValuesInput!) { saveValues(input: $i) { id } }', { i: { periodId, regionCode, rows } });
      await api(admin.email, 'mutation($p: ID!, $r: String!) { submitRegionValues(periodId: $p, regionCode: $r) { state } }', {
        p: periodId,
        r: regionCode,
      });
      expect((await stateOf(regionCode)).state).toBe('SUBMITTED');
    }
  });

  it('the reviewer corrects a Surabaya value with a reason, accepts the rest, returns Sampang, closes entry and publishes', async () => {
    const { context, page } = await signedIn(REVIEWER);
    const target = (await values(SURABAYA)).find((v) => v.nodeCode === leaves[1].code)!;
    const corrected = leaves[1].min;
    await page.goto(`${base}/provinsi/35/periode/${periodId}/wilayah/${SURABAYA}`);
    await page.getByTestId('review-table').locator('tbody tr').first().waitFor();
    await page.getByRole('button', { name: `Koreksi: ${target.nodeNameId}` }).click();
    const form = page.getByTestId('decision-form');
    await form.getByLabel('Nilai baru').fill(typed(corrected));
    await form.getByLabel('Alasan koreksi').fill(REASON);
    await shots(page, 'review-correct', '[data-testid="decision-form"]');
    await form.getByRole('button', { name: 'Simpan koreksi' }).click();
    await page.getByTestId('correction').first().waitFor();
    await page.getByTestId('accept-all').click();
    await page.getByTestId('accept-all-confirm').getByRole('button', { name: 'Ya, terima semua' }).click();
    await page.getByText('Tidak ada nilai yang menunggu verifikasi.').waitFor();
    expect((await stateOf(SURABAYA)).state).toBe('VERIFIED');
    expect((await values(SURABAYA)).find((v) => v.id === target.id)).toMatchObject({
      value: corrected,
      originalValue: leaves[1].max,
      correctionReason: REASON,
      state: 'VERIFIED',
    });

    await page.goto(`${base}/provinsi/35/periode/${periodId}/wilayah/${SAMPANG}`);
    await page.getByTestId('review-table').locator('tbody tr').first().waitFor();
    await page.getByTestId('return-all').click();
    const box = page.getByTestId('return-all-confirm');
    await box.getByLabel('Komentar untuk kabupaten/kota').fill(COMMENT);
    await box.getByRole('button', { name: 'Kembalikan', exact: true }).click();
    await page.getByText(`Dikembalikan dengan komentar: ${COMMENT}`).waitFor();
    expect(await stateOf(SAMPANG)).toEqual({ state: 'RETURNED', returnComment: COMMENT });

    await page.goto(`${base}/provinsi/35/periode/${periodId}/wilayah/${MALANG}`);
    await page.getByTestId('review-table').locator('tbody tr').first().waitFor();
    await page.getByTestId('accept-all').click();
    await page.getByTestId('accept-all-confirm').getByRole('button', { name: 'Ya, terima semua' }).click();
    await page.getByText('Tidak ada nilai yang menunggu verifikasi.').waitFor();
    expect((await stateOf(MALANG)).state).toBe('VERIFIED');

    await page.goto(`${base}/provinsi/35/periode/${periodId}`);
    await page.getByTestId('close-entry').click();
    await page.getByTestId('close-entry-confirm').getByRole('button', { name: 'Ya, tutup pengisian' }).click();
    await page.getByTestId('publish').click();
    const publish = page.getByTestId('publish-confirm');
    expect(await publish.textContent()).toMatch(/terlihat oleh semua kabupaten\/kota/);
    await shots(page, 'publish', '[data-testid="publish-confirm"]');
    await publish.getByRole('button', { name: 'Ya, terbitkan' }).click();
    await page.getByTestId('amend').waitFor();
    const period = await api<{ period: { state: string; publishedRevision: number } }>(
      REVIEWER,
      'query($p: ID!) { period(periodId: $p) { state publishedRevision } }',
      { p: periodId },
    );
    expect(period.period).toEqual({ state: 'PUBLISHED', publishedRevision: 1 });
    await context.close();
  });

  it("Surabaya's team sees its new rank, the correction with its reason and the notification; the mails arrived", async () => {
    const profile = await api<{
      regionProfile: { frameworks: { frameworkCode: string; latest: { year: number; rank: number; rankedCount: number } }[] };
    }>(EDITOR, `{ regionProfile(code: "${SURABAYA}") { frameworks { frameworkCode latest { year rank rankedCount } } } }`);
    const sakip = profile.regionProfile.frameworks.find((f) => f.frameworkCode === 'SAKIP')!.latest;
    // Surabaya (all at the maximum but the corrected one) against Malang at half of it; Sampang was returned.
    expect(sakip).toEqual({ year: 2025, rank: 1, rankedCount: 2 });

    const { context, page } = await signedIn(EDITOR);
    await page.goto(`${base}/wilayah/${SURABAYA}`);
    const standing = page.getByTestId('latest-standing');
    await standing.waitFor();
    expect(await page.locator('#trend h2').first().textContent()).toContain('2025');
    expect(await standing.textContent()).toContain('peringkat 1 dari 2');
    await shots(page, 'region-rank', '[data-testid="latest-standing"]', true);

    await page.goto(`${base}/wilayah/${SURABAYA}/isian?periode=${periodId}`);
    const row = page.getByTestId('corrections-table').locator('tbody tr');
    await row.first().waitFor();
    expect(await row.count()).toBe(1);
    const cells = (await row.locator('td').allTextContents()).join(' | ');
    expect(cells).toContain(typed(leaves[1].max));
    expect(cells).toContain(typed(leaves[1].min));
    expect(cells).toContain(REASON);
    // Published: read-only, nothing to save or project.
    expect(await page.locator('#entry input, #entry textarea').count()).toBe(0);
    expect(await page.getByTestId('save-draft').count()).toBe(0);
    expect(await page.getByTestId('projection').count()).toBe(0);
    await shots(page, 'entry-correction', '[data-testid="corrections-table"] tbody tr', true);

    await page.goto(`${base}/wilayah/${SURABAYA}`);
    const count = page.getByTestId('notification-count');
    await count.waitFor();
    const unread = await api<{ unreadNotificationCount: number }>(EDITOR, '{ unreadNotificationCount }');
    // Opened, corrected, published.
    expect(unread.unreadNotificationCount).toBeGreaterThanOrEqual(3);
    expect(await count.textContent()).toBe(String(unread.unreadNotificationCount));
    await page.getByTestId('notification-bell').click();
    await page.waitForURL(`${base}/notifikasi`);
    const items = page.getByTestId('notification');
    await items.first().waitFor();
    const published = items.filter({ hasText: 'diterbitkan' });
    expect(await published.count()).toBe(1);
    expect(await published.textContent()).toContain('peringkat 1 dari 2');
    expect(await items.filter({ hasText: REASON }).count()).toBe(1);
    await shots(page, 'notifications', '[data-testid="notification"]', true);
    await context.close();

    // The worker sends the outbox to the SMTP server.
    await t.app.get(NotificationsWorker).runOnce();
    const mine = smtp.mails.filter((m) => m.to.includes(EDITOR));
    const publishedMail = mine.find((m) => m.subject.includes('diterbitkan'));
    expect(publishedMail?.text).toContain('peringkat 1 dari 2');
    expect(mine.find((m) => m.subject.includes('dikoreksi'))?.text).toContain(REASON);
    expect(mine.filter((m) => m.subject.includes('diterbitkan'))).toHaveLength(1);
    // Sampang's team hears that it was returned, with the comment.
    expect(smtp.mails.some((m) => m.subject.includes('dikembalikan') && m.text.includes(COMMENT))).toBe(true);
  });
});
