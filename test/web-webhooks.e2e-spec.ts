/// <reference lib="dom" />
import type { BrowserContext, Page } from 'playwright-core';
import { NotificationsWorker, verifySignature } from '@rapor/notifications';
import { type TestApp } from './support/app';
import { DEMO_SETUP_TIMEOUT } from './support/database';
import { DESKTOP, PHONE, expectNoOverflow, screenshots, startWebStack, type WebStack } from './support/web';
import { startHookServer } from './notifications.fixtures';

// Webhooks on the administration page, in a real Chromium against the real API on a real database
// with the demo dataset and a real HTTP receiver: Surabaya's admin registers a webhook for the
// city's API key (a private address is refused, in words, and nothing is kept), keeps the secret
// shown once, receives a signed event when the reviewer opens a period, reads the delivery log,
// disables and deletes it; Sampang's admin neither sees nor deletes it.
const ADMIN = 'admin.surabaya@demo.rapor.id';
const OTHER_ADMIN = 'admin.sampang@demo.rapor.id';
const REVIEWER = 'reviewer.jatim@demo.rapor.id';
const SURABAYA = '35.78';

let stack: WebStack;
let t: TestApp;
let hook: Awaited<ReturnType<typeof startHookServer>>;
const shot = screenshots('admin');

beforeAll(async () => {
  hook = await startHookServer();
  ({ t } = stack = await startWebStack({ WEBHOOK_ALLOW_LOOPBACK: 'true' }));
}, DEMO_SETUP_TIMEOUT);

afterAll(async () => {
  await stack?.close();
  await hook?.close();
});

const webhooksOf = (email: string) =>
  stack.apiAs<{ webhooks: { id: string; url: string; enabled: boolean }[] }>(email, '{ webhooks { id url enabled } }');

describe('webhooks on the administration page', () => {
  let page: Page;
  let context: BrowserContext;
  let secret = '';

  beforeAll(async () => {
    await stack.apiAs(ADMIN, 'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }', {
      input: { name: 'Dasbor Bappeda Surabaya', regionCode: SURABAYA },
    });
    ({ context, page } = await stack.signedIn(ADMIN));
    await page.goto(`${stack.base}/admin/webhook`);
  });

  afterAll(async () => {
    await context?.close();
  });

  it('refuses a private address in words, and keeps nothing', async () => {
    await page.getByText('Anda belum mendaftarkan webhook.').waitFor();
    const form = page.getByRole('form', { name: 'Daftarkan webhook' });
    expect(await form.getByLabel('Kunci API yang kejadiannya dikirim').inputValue()).not.toBe('');
    await form.getByLabel('Alamat (https)').fill('http://10.1.2.3/hook');
    await form.getByRole('button', { name: 'Daftarkan webhook' }).click();
    await form.getByRole('alert').waitFor();
    expect(await form.getByRole('alert').textContent()).toBe('Alamat webhook tidak diizinkan (alamat privat atau lokal).');
    expect(await form.getByLabel('Alamat (https)').getAttribute('aria-invalid')).toBe('true');
    expect((await webhooksOf(ADMIN)).webhooks).toEqual([]);
  });

  it('registers a webhook and shows its signing secret once', async () => {
    const form = page.getByRole('form', { name: 'Daftarkan webhook' });
    await form.getByLabel('Alamat (https)').fill(hook.url);
    await form.getByLabel('Catatan (opsional)').fill('Sistem dasbor kota');
    await form.getByRole('button', { name: 'Daftarkan webhook' }).click();
    secret = (await page.getByTestId('webhook-secret-value').textContent()) ?? '';
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const row = page.getByTestId('webhooks-table').getByRole('row', { name: new RegExp(hook.url.replace(/[.:/]/g, '\\$&')) });
    await row.getByRole('cell', { name: 'Aktif', exact: true }).waitFor();
    expect(await row.textContent()).toContain('Dasbor Bappeda Surabaya');
    expect((await webhooksOf(ADMIN)).webhooks).toEqual([expect.objectContaining({ url: hook.url, enabled: true })]);
    await page.getByRole('button', { name: 'Sudah saya simpan, tutup' }).click();
    await page.getByTestId('webhook-secret').waitFor({ state: 'detached' });
  });

  it('receives a signed event that verifies with that secret, and lists it in the delivery log', async () => {
    await stack.apiAs(REVIEWER, 'mutation($input: OpenPeriodInput!) { openPeriod(input: $input) { id } }', {
      input: { provinceCode: '35', frameworkCode: 'SAKIP', year: 2025 },
    });
    const pass = await t.app.get(NotificationsWorker).runOnce();
    expect(pass).toMatchObject({ webhooksDelivered: 1, webhooksFailed: 0 });
    expect(hook.received).toHaveLength(1);
    const [received] = hook.received;
    expect(received.headers['x-rapor-event']).toBe('PERIOD_OPENED');
    const header = String(received.headers['x-rapor-signature']);
    expect(verifySignature(secret, received.body, header, Math.floor(Date.now() / 1000))).toBe(true);
    expect(
      verifySignature(
        secret.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')),
        received.body,
        header,
        Math.floor(Date.now() / 1000),
      ),
    ).toBe(false);

    await page.reload();
    await page.getByRole('button', { name: 'Log pengiriman' }).click();
    const log = page.getByTestId('webhook-deliveries');
    await log.getByRole('cell', { name: 'PERIOD_OPENED' }).waitFor();
    expect(await log.getByRole('row').count()).toBe(2);
    expect(await log.getByRole('cell', { name: 'Terkirim', exact: true }).count()).toBe(1);
    await shot(page, 'webhooks-desktop');
    await page.setViewportSize(PHONE);
    await page.waitForFunction((w) => window.innerWidth === w, PHONE.width);
    await expectNoOverflow(page);
    await shot(page, 'webhooks-phone');
    await page.setViewportSize(DESKTOP);
  });

  it('is neither visible to nor deletable by another region', async () => {
    const [mine] = (await webhooksOf(ADMIN)).webhooks;
    expect((await webhooksOf(OTHER_ADMIN)).webhooks).toEqual([]);
    const refused = await stack.gqlAs(OTHER_ADMIN, 'mutation($id: ID!) { deleteWebhook(id: $id) }', { id: mine.id });
    expect(refused.errors?.[0].extensions['code']).toBe('NOT_FOUND');
    const disabled = await stack.gqlAs(
      OTHER_ADMIN,
      'mutation($input: UpdateWebhookInput!) { updateWebhook(input: $input) { id } }',
      {
        input: { id: mine.id, enabled: false },
      },
    );
    expect(disabled.errors?.[0].extensions['code']).toBe('NOT_FOUND');
    const other = await stack.signedIn(OTHER_ADMIN);
    await other.page.goto(`${stack.base}/admin/webhook`);
    await other.page.getByText('Anda belum mendaftarkan webhook.').waitFor();
    await other.context.close();
    expect((await webhooksOf(ADMIN)).webhooks).toEqual([expect.objectContaining({ id: mine.id, enabled: true })]);
  });

  it('disables, enables and deletes it', async () => {
    const table = page.getByTestId('webhooks-table');
    await table.getByRole('button', { name: 'Nonaktifkan' }).click();
    await table.getByRole('cell', { name: 'Nonaktif', exact: true }).waitFor();
    expect((await webhooksOf(ADMIN)).webhooks).toEqual([expect.objectContaining({ enabled: false })]);
    await table.getByRole('button', { name: 'Aktifkan' }).click();
    await table.getByRole('button', { name: 'Nonaktifkan' }).waitFor();
    expect((await webhooksOf(ADMIN)).webhooks).toEqual([expect.objectContaining({ enabled: true })]);
    page.once('dialog', (dialog) => void dialog.accept());
    await table.getByRole('button', { name: `Hapus webhook ${hook.url}` }).click();
    await page.getByText('Anda belum mendaftarkan webhook.').waitFor();
    expect((await webhooksOf(ADMIN)).webhooks).toEqual([]);
  });
});
