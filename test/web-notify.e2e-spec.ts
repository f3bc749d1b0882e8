/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, screenshots, startWebStack, type WebStack } from './support/web';

// The bell and the notifications page in a real Chromium against the real API, on the demo
// dataset with its demo logins. A reviewer of Jawa Timur opens a period and reminds the regions:
// Surabaya's viewer then has two unread notifications.
const VIEWER = 'viewer.surabaya@demo.rapor.id';

let stack: WebStack;
let base: string;
let api: WebStack['api'];
let tokenOf: WebStack['tokenOf'];
const shot = screenshots('notify');
let viewerToken = '';

beforeAll(async () => {
  stack = await startWebStack();
  ({ base, api, tokenOf } = stack);
  const reviewer = await tokenOf('reviewer.jatim@demo.rapor.id');
  const opened = await api<{ openPeriod: { id: string } }>(
    `mutation($input: OpenPeriodInput!) { openPeriod(input: $input) { id } }`,
    { input: { provinceCode: '35', frameworkCode: 'SAKIP', year: 2025, deadline: '2026-03-31' } },
    reviewer,
  );
  await api(`mutation($p: ID!) { remindRegions(periodId: $p) { people } }`, { p: opened.openPeriod.id }, reviewer);
  viewerToken = await tokenOf(VIEWER);
}, 180000);

afterAll(async () => {
  await stack?.close();
});

/** Surabaya's viewer, signed in, once the bell is shown. */
async function signedIn(viewport = DESKTOP): Promise<Page> {
  const { page } = await stack.signedIn(VIEWER, viewport);
  await page.getByTestId('notification-bell').waitFor();
  return page;
}

const unread = async () => (await api<{ unreadNotificationCount: number }>('{ unreadNotificationCount }', {}, viewerToken)).unreadNotificationCount;

describe('notifications in the browser', () => {
  it('shows the unread count on the bell, lists the notifications and marks them read', async () => {
    const page = await signedIn();
    await page.getByTestId('notification-count').filter({ hasText: '2' }).waitFor();
    expect(await page.getByRole('link', { name: 'Notifikasi, 2 belum dibaca' }).count()).toBe(1);
    await page.getByTestId('notification-bell').click();
    await page.waitForURL(`${base}/notifikasi`);
    const items = page.getByTestId('notification');
    await items.first().waitFor();
    expect(await items.count()).toBe(2);
    // Labels, not codes; newest first.
    await expect(items.nth(0).textContent()).resolves.toContain('Pengingat dari provinsi');
    await expect(items.nth(1).textContent()).resolves.toContain('Periode penilaian dibuka');
    await expect(items.nth(1).textContent()).resolves.toContain('31 Maret 2026');
    expect(await page.getByTestId('unread-summary').textContent()).toBe('2 belum dibaca');
    await shot(page, 'page-desktop');

    await items.nth(1).getByRole('button', { name: /Tandai dibaca/ }).click();
    await page.getByTestId('notification-count').filter({ hasText: '1' }).waitFor();
    expect(await unread()).toBe(1);
    await page.getByRole('button', { name: 'Tandai semua dibaca' }).click();
    await page.getByTestId('notification-count').waitFor({ state: 'detached' });
    expect(await unread()).toBe(0);
    expect(await page.getByRole('link', { name: 'Notifikasi, 0 belum dibaca' }).count()).toBe(1);
    // The link leads to the region's page.
    expect(await items.nth(0).getByRole('link').getAttribute('href')).toMatch(/^\/wilayah\/35\.78\?periode=/);
    await page.context().close();
  });

  it('turns e-mail of one kind off and keeps it off after a reload', async () => {
    const page = await signedIn();
    await page.goto(`${base}/notifikasi`);
    const published = page.getByRole('checkbox', { name: 'Kirim surel: Hasil diterbitkan' });
    await published.waitFor();
    expect(await published.isChecked()).toBe(true);
    await published.uncheck();
    await page.getByRole('status').filter({ hasText: 'Tersimpan.' }).waitFor();
    const prefs = await api<{ notificationPreferences: { kind: string; email: boolean }[] }>('{ notificationPreferences { kind email } }', {}, viewerToken);
    expect(prefs.notificationPreferences.filter((p) => !p.email).map((p) => p.kind)).toEqual(['PERIOD_PUBLISHED']);
    await page.reload();
    await page.getByRole('checkbox', { name: 'Kirim surel: Hasil diterbitkan' }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Kirim surel: Hasil diterbitkan' }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: 'Kirim surel: Periode penilaian dibuka' }).isChecked()).toBe(true);
    // English through the existing switch: the page's own words change.
    await page.getByTestId('lang-switch').click();
    await page.getByRole('heading', { name: 'E-mail notifications' }).waitFor();
    await page.context().close();
  });

  it('fits a phone', async () => {
    const page = await signedIn(PHONE);
    await page.goto(`${base}/notifikasi`);
    await page.getByTestId('notification').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(page, 'page-phone');
    await page.context().close();
  });
});
