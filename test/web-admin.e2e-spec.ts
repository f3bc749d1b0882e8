/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { type TestApp } from './support/app';
import { DESKTOP, PHONE, expectNoOverflow, leftSignIn, screenshots, startWebStack, type WebStack } from './support/web';

// Administration in a real Chromium against the real API on a real database with the demo
// dataset: people, API keys, saved reports and the audit log, and who cannot reach them.
const SURABAYA = '35.78';
const SAMPANG = '35.27';
const NEW_PERSON = 'siti.rahma@surabaya.example.id';

let stack: WebStack;
let t: TestApp;
let base: string;
let api: WebStack['api'];
let tokenOf: WebStack['tokenOf'];
const shot = screenshots('admin');

beforeAll(async () => {
  stack = await startWebStack();
  ({ t, base, api, tokenOf } = stack);
}, 180000);

afterAll(async () => {
  await stack?.close();
});

type GqlErrors = { message: string; extensions: Record<string, unknown> }[] | undefined;

const codeOf = (errors: GqlErrors) => errors?.[0]?.extensions['code'];

/** A page as these tests need it: Jakarta's clock, the clipboard, confirmations accepted. */
async function newPage(viewport = DESKTOP): Promise<{ context: BrowserContext; page: Page }> {
  const opened = await stack.newPage(viewport, { timezoneId: 'Asia/Jakarta' });
  await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  opened.page.on('dialog', (d) => void d.accept());
  return opened;
}

/** Signs in and waits until the app has left the sign-in page (the tests go on to other paths at once). */
async function signIn(page: Page, email: string): Promise<void> {
  await stack.signIn(page, email);
  await leftSignIn(page);
}

const USERS = `query($r: String) { users(regionCode: $r) { email disabled memberships { role regionCode } } }`;
type Users = { users: { email: string; disabled: boolean; memberships: { role: string; regionCode: string | null }[] }[] };

describe('a region admin manages the people of the region', () => {
  let context: BrowserContext;
  let page: Page;
  let temporaryPassword = '';

  beforeAll(async () => {
    ({ context, page } = await newPage());
    await signIn(page, 'admin.surabaya@demo.rapor.id');
  });
  afterAll(() => context.close());

  it('invites a person and sees the temporary password once, with a copy button', async () => {
    await page.getByRole('navigation', { name: 'Beranda' }).getByRole('link', { name: 'Administrasi' }).click();
    await page.waitForURL(/\/admin\/pengguna$/);
    expect(await page.getByTestId('admin-place').textContent()).toBe('Wilayah kerja: Kota Surabaya');
    await page.getByTestId('people-table').getByRole('cell', { name: 'editor.surabaya@demo.rapor.id' }).waitFor();

    const invite = page.getByRole('form', { name: 'Undang pengguna' });
    // A bad email comes back from the API on its field, nothing is created.
    await invite.getByLabel('Email').fill('siti at surabaya');
    await invite.getByLabel('Nama').fill('Siti Rahma');
    await invite.getByLabel('Email').evaluate((el: HTMLInputElement) => (el.type = 'text'));
    await invite.getByRole('button', { name: 'Buat akun' }).click();
    await invite.getByRole('alert').waitFor();
    expect(await invite.getByLabel('Email').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('temporary-password').count()).toBe(0);

    await invite.getByLabel('Email').fill(NEW_PERSON);
    await invite.getByLabel('Peran').selectOption({ label: 'Editor kab/kota' });
    await invite.getByRole('button', { name: 'Buat akun' }).click();
    const box = page.getByTestId('temporary-password');
    await box.waitFor();
    temporaryPassword = (await page.getByTestId('temporary-password-value').textContent()) ?? '';
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(12);
    await box.getByRole('button', { name: 'Salin' }).click();
    await box.getByText('Disalin ke papan klip.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(temporaryPassword);
    await page.getByTestId('people-table').getByRole('cell', { name: NEW_PERSON }).waitFor();
    await shot(page, 'people-invited-desktop');

    // The password works once given (it must be changed at first sign-in).
    const token = await tokenOf(NEW_PERSON, temporaryPassword);
    const me = await api<{ me: { user: { mustChangePassword: boolean } } }>('{ me { user { mustChangePassword } } }', {}, token);
    expect(me.me.user.mustChangePassword).toBe(true);

    await box.getByRole('button', { name: 'Sudah saya simpan, tutup' }).click();
    await box.waitFor({ state: 'detached' });
    expect(await page.content()).not.toContain(temporaryPassword);
    await page.reload();
    await page.getByTestId('people-table').getByRole('cell', { name: NEW_PERSON }).waitFor();
    expect(await page.content()).not.toContain(temporaryPassword);
  });

  it('changes the person’s role, disables and enables the account', async () => {
    const adminToken = await tokenOf('admin.surabaya@demo.rapor.id');
    await page.getByRole('button', { name: 'Kelola Siti Rahma' }).click();
    const detail = page.getByRole('region', { name: 'Kelola Siti Rahma' });
    await detail.getByTestId('person-memberships').getByText('Editor kab/kota · Kota Surabaya').waitFor();
    const grant = detail.getByRole('form', { name: 'Beri peran' });
    await grant.getByLabel('Peran').selectOption({ label: 'Pemirsa kab/kota' });
    await grant.getByRole('button', { name: 'Beri' }).click();
    await page.getByRole('region', { name: 'Kelola Siti Rahma' }).getByText('Pemirsa kab/kota · Kota Surabaya').waitFor();
    const viewer = (await api<Users>(USERS, { r: SURABAYA }, adminToken)).users.find((u) => u.email === NEW_PERSON)!;
    expect(viewer.memberships).toEqual([{ role: 'REGION_VIEWER', regionCode: SURABAYA }]);

    await page.getByRole('region', { name: 'Kelola Siti Rahma' }).getByRole('button', { name: 'Nonaktifkan akun' }).click();
    await page.getByRole('region', { name: 'Kelola Siti Rahma' }).getByRole('button', { name: 'Aktifkan kembali' }).waitFor();
    expect(await page.getByTestId('people-table').locator('tr', { hasText: NEW_PERSON }).textContent()).toContain('Nonaktif');
    expect((await api<Users>(USERS, { r: SURABAYA }, adminToken)).users.find((u) => u.email === NEW_PERSON)!.disabled).toBe(true);
    const refused = await t.gql(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
      { e: NEW_PERSON, p: temporaryPassword },
      {},
    );
    expect(codeOf(refused.errors)).toBe('UNAUTHENTICATED');
    await shot(page, 'people-manage-desktop');

    await page.getByRole('region', { name: 'Kelola Siti Rahma' }).getByRole('button', { name: 'Aktifkan kembali' }).click();
    await page.getByRole('region', { name: 'Kelola Siti Rahma' }).getByRole('button', { name: 'Nonaktifkan akun' }).waitFor();
    expect((await api<Users>(USERS, { r: SURABAYA }, adminToken)).users.find((u) => u.email === NEW_PERSON)!.disabled).toBe(
      false,
    );
    await tokenOf(NEW_PERSON, temporaryPassword);
  });

  it('creates an API key whose secret is shown once, sees its last use, and revokes it', async () => {
    await page.getByRole('link', { name: 'Kunci API' }).click();
    await page.waitForURL(/\/admin\/kunci-api$/);
    const form = page.getByRole('form', { name: 'Buat kunci API' });
    await form.getByLabel('Nama kunci (untuk apa)').fill('Dasbor BI Bagian Organisasi');
    await form.getByRole('button', { name: 'Buat kunci' }).click();
    await page.getByTestId('api-key-secret').waitFor();
    const secret = (await page.getByTestId('api-key-secret-value').textContent()) ?? '';
    expect(secret).toMatch(/^rpk_/);
    const row = page.getByTestId('api-keys-table').locator('tr', { hasText: 'Dasbor BI Bagian Organisasi' });
    expect(await row.textContent()).toContain('Belum pernah');
    await shot(page, 'api-key-created-desktop');

    // The key works for GraphQL clients; its use shows in the list.
    const used = await t.gql<{ savedReports: unknown[] }>('{ savedReports { id } }', {}, { 'x-api-key': secret });
    expect(used.errors).toBeUndefined();
    await page.getByTestId('api-key-secret').getByRole('button', { name: 'Sudah saya simpan, tutup' }).click();
    await page.getByTestId('api-key-secret').waitFor({ state: 'detached' });
    await page.reload();
    await row.waitFor();
    expect(await row.textContent()).not.toContain('Belum pernah');
    expect(await page.content()).not.toContain(secret);
    expect(await row.textContent()).toContain(secret.slice(0, 8));

    await row.getByRole('button', { name: 'Cabut kunci Dasbor BI Bagian Organisasi' }).click();
    await row.waitFor({ state: 'detached' });
    const refused = await t.gql('{ savedReports { id } }', {}, { 'x-api-key': secret });
    expect(codeOf(refused.errors)).toBe('UNAUTHENTICATED');
    await page.getByLabel('Tampilkan kunci yang dicabut').check();
    expect(
      await page.getByTestId('api-keys-table').locator('tr', { hasText: 'Dasbor BI Bagian Organisasi' }).textContent(),
    ).toContain('Dicabut');
  });

  it('cannot reach the administration of another region, in the page or through the API', async () => {
    await page.goto(`${base}/admin/pengguna?wilayah=${SAMPANG}`);
    await page.getByTestId('not-available').waitFor();
    const token = await tokenOf('admin.surabaya@demo.rapor.id');
    const grant = await t.gql(
      `mutation { grantMembership(input: { email: "${NEW_PERSON}", role: REGION_EDITOR, regionCode: "${SAMPANG}" }) { id } }`,
      {},
      { authorization: `Bearer ${token}` },
    );
    expect(codeOf(grant.errors)).toBe('FORBIDDEN');
    const audit = await t.gql(
      `{ auditLog(regionCode: "${SAMPANG}") { entries { id } } }`,
      {},
      { authorization: `Bearer ${token}` },
    );
    expect(codeOf(audit.errors)).toBe('FORBIDDEN');
  });
});

describe('a province reviewer', () => {
  let context: BrowserContext;
  let page: Page;
  let token: string;

  beforeAll(async () => {
    ({ context, page } = await newPage());
    token = await tokenOf('reviewer.jatim@demo.rapor.id');
    await api(
      `mutation($d: String!) { saveReport(input: { name: "SAKIP ranking", description: "Peringkat SAKIP Jawa Timur", provinceCode: "35", variables: { year: 2023 }, document: $d }) { id } }`,
      {
        d: 'query Ranking($year: Int!) { scores(first: 50, filter: { frameworks: ["SAKIP"], nodes: ["*"], yearFrom: $year, yearTo: $year }, orderBy: [{ field: RANK }]) { edges { node { rank regionCode regionName value category } } } }',
      },
      token,
    );
    await signIn(page, 'reviewer.jatim@demo.rapor.id');
  });
  afterAll(() => context.close());

  it('grants a person a role in another region of the province and revokes it', async () => {
    await page.goto(`${base}/admin/pengguna`);
    expect(await page.getByTestId('admin-place').textContent()).toBe('Wilayah kerja: Jawa Timur');
    await page.getByRole('button', { name: 'Kelola Siti Rahma' }).click();
    const detail = page.getByRole('region', { name: 'Kelola Siti Rahma' });
    const grant = detail.getByRole('form', { name: 'Beri peran' });
    await grant.getByLabel('Peran').selectOption({ label: 'Editor kab/kota' });
    await grant.getByLabel('Tempat').selectOption({ label: 'Kabupaten Sampang' });
    await grant.getByRole('button', { name: 'Beri' }).click();
    const sampang = page.getByRole('region', { name: 'Kelola Siti Rahma' }).getByText('Editor kab/kota · Kabupaten Sampang');
    await sampang.waitFor();
    const withSampang = (await api<Users>(USERS, { r: SAMPANG }, token)).users.find((u) => u.email === NEW_PERSON)!;
    expect(withSampang.memberships).toEqual(
      expect.arrayContaining([
        { role: 'REGION_VIEWER', regionCode: SURABAYA },
        { role: 'REGION_EDITOR', regionCode: SAMPANG },
      ]),
    );
    await shot(page, 'people-reviewer-desktop');

    await page
      .getByRole('region', { name: 'Kelola Siti Rahma' })
      .getByRole('button', { name: 'Cabut peran Editor kab/kota di Kabupaten Sampang' })
      .click();
    await sampang.waitFor({ state: 'detached' });
    expect((await api<Users>(USERS, { r: SAMPANG }, token)).users.map((u) => u.email)).not.toContain(NEW_PERSON);
  });

  it('runs a saved report as a table, downloads its CSV, and deletes it', async () => {
    await page.getByRole('link', { name: 'Laporan tersimpan' }).click();
    await page.waitForURL(/\/admin\/laporan$/);
    const row = page.getByTestId('saved-reports-table').locator('tr', { hasText: 'SAKIP ranking' });
    expect(await row.textContent()).toContain('Peringkat SAKIP Jawa Timur');
    await row.getByRole('button', { name: 'Jalankan SAKIP ranking' }).click();
    const result = page.getByTestId('report-result');
    await result.getByRole('cell', { name: 'Kota Surabaya' }).waitFor();
    expect(await result.getByTestId('demo-banner').isVisible()).toBe(true);
    const headers = await result.locator('thead th').allTextContents();
    expect(headers.join('|')).toContain('regionName');
    await shot(page, 'saved-report-run-desktop');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('button', { name: 'Unduh SAKIP ranking sebagai CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('DEMO-SAKIP-ranking.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split(/\r?\n/)[0]).toContain('regionName');
    expect(csv).toContain('Kota Surabaya');

    await row.getByRole('button', { name: 'Hapus SAKIP ranking' }).click();
    await page.getByText('Belum ada laporan tersimpan.', { exact: false }).waitFor();
    expect((await api<{ savedReports: { name: string }[] }>('{ savedReports { name } }', {}, token)).savedReports).toEqual([]);
  });

  it('reads the audit log: who by name and email, when, what in words, before → after; filtered by entity and region', async () => {
    await page.getByRole('link', { name: 'Log audit' }).click();
    await page.waitForURL(/\/admin\/audit$/);
    await page.getByTestId('audit-table').waitFor();
    await page.getByLabel('Jenis data').selectOption({ label: 'Peran di kabupaten/kota' });
    const change = page.getByTestId('audit-table').locator('tbody > tr', { hasText: 'Peran di kabupaten/kota diubah' }).first();
    await change.waitFor();
    // The region admin changed Siti's role from editor to viewer: name, email, and the change as a table.
    expect(await change.textContent()).toContain('Demo Admin Kota Surabaya');
    expect(await change.textContent()).toContain('admin.surabaya@demo.rapor.id');
    expect(await change.textContent()).toContain('sebagai Admin kab/kota');
    const cells = await change.locator('table.changes tbody tr').first().locator('th, td').allTextContents();
    expect(cells).toEqual(['Peran', 'Editor kab/kota', 'Pemirsa kab/kota']);
    expect(await change.locator('td').first().textContent()).toMatch(/\d{2}[.:]\d{2}$/);
    // Account ids in the record read as name and email.
    const invited = page.getByTestId('audit-table').locator('tbody > tr', { hasText: 'Peran di kabupaten/kota dibuat' }).first();
    const account = await invited.locator('table.changes tbody tr', { hasText: 'Akun' }).locator('td').allTextContents();
    expect(account).toEqual([`Siti Rahma (${NEW_PERSON})`]);
    const entities = await page
      .getByTestId('audit-table')
      .locator('tbody > tr > td:nth-child(3) > span:first-child')
      .allTextContents();
    expect(entities.every((e) => e.startsWith('Peran di kabupaten/kota'))).toBe(true);
    // The reviewer's own revocation in Sampang is there too, by name.
    const revoked = page.getByTestId('audit-table').locator('tbody > tr', { hasText: 'Peran di kabupaten/kota dihapus' }).first();
    expect(await revoked.textContent()).toContain('Demo Reviewer Biro Organisasi Jawa Timur');
    await shot(page, 'audit-desktop');

    await page.getByRole('combobox', { name: /^Kabupaten\/kota/ }).selectOption({ label: 'Kabupaten Sampang' });
    await page.waitForURL(/wilayah=35\.27/);
    await page.getByTestId('audit-table').waitFor();
    const places = await page
      .getByTestId('audit-table')
      .locator('tbody > tr > td:nth-child(3) > span:nth-child(2)')
      .allTextContents();
    expect(places.length).toBeGreaterThan(0);
    expect(new Set(places)).toEqual(new Set(['Kabupaten Sampang']));
  });

  it('fits a phone screen on every administration page', async () => {
    const phone = await newPage(PHONE);
    try {
      await signIn(phone.page, 'reviewer.jatim@demo.rapor.id');
      for (const [path, ready] of [
        ['pengguna', 'people-table'],
        ['kunci-api', 'admin-place'],
        ['laporan', 'admin-place'],
        ['audit', 'audit-table'],
      ] as const) {
        await phone.page.goto(`${base}/admin/${path}`);
        await phone.page.getByTestId(ready).waitFor();
        await expectNoOverflow(phone.page);
        await shot(phone.page, `${path}-phone`);
      }
    } finally {
      await phone.context.close();
    }
  });
});

describe('a region editor', () => {
  it('has no administration: no link, "not available" pages, and the API refuses', async () => {
    const { context, page } = await newPage();
    try {
      await signIn(page, 'editor.surabaya@demo.rapor.id');
      expect(await page.getByRole('navigation', { name: 'Beranda' }).getByRole('link', { name: 'Administrasi' }).count()).toBe(0);
      for (const path of ['/admin/pengguna', `/admin/audit?wilayah=${SAMPANG}`, `/admin/kunci-api?wilayah=${SURABAYA}`]) {
        await page.goto(`${base}${path}`);
        await page.getByTestId('not-available').waitFor();
      }
      await shot(page, 'editor-not-available-desktop');
    } finally {
      await context.close();
    }
    const auth = { authorization: `Bearer ${await tokenOf('editor.surabaya@demo.rapor.id')}` };
    expect(codeOf((await t.gql(`{ auditLog(regionCode: "${SAMPANG}") { entries { id } } }`, {}, auth)).errors)).toBe('FORBIDDEN');
    expect(codeOf((await t.gql(`{ auditLog { entries { id } } }`, {}, auth)).errors)).toBe('FORBIDDEN');
    expect(codeOf((await t.gql(`{ apiKeys { id } }`, {}, auth)).errors)).toBe('FORBIDDEN');
    const invite = await t.gql(
      `mutation { createUser(input: { email: "x@example.id", displayName: "X", role: REGION_EDITOR, regionCode: "${SAMPANG}" }) { temporaryPassword } }`,
      {},
      auth,
    );
    expect(codeOf(invite.errors)).toBe('FORBIDDEN');
  });
});
