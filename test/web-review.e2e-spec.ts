/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { PHONE, expectNoOverflow, screenshots, startWebStack, type WebStack } from './support/web';

// The province reviewer's pages (apps/web/src/review) in a real Chromium against the real API
// on a real database with the demo dataset: open a period, monitor it, review submissions,
// close and publish, import official results; and who cannot reach any of it.
const REVIEWER = 'reviewer.jatim@demo.rapor.id';

let stack: WebStack;
let base: string;
let gql: WebStack['gql'];
let api: WebStack['api'];
let tokenOf: WebStack['tokenOf'];
let newPage: WebStack['newPage'];
let signIn: WebStack['signIn'];
const shot = screenshots('review');
let reviewerToken: string;
let sakip: string;
let regionCount: number;

interface Submission {
  regionCode: string;
  regionName: string;
  state: string;
  indicatorsFilled: number;
  indicatorsTotal: number;
  returnComment: string | null;
}
interface Value {
  id: string;
  nodeCode: string;
  nodeNameId: string;
  value: number | null;
  originalValue: number | null;
  correctionReason: string | null;
  publishedCategory: string | null;
  state: string;
  regionCode: string;
}

beforeAll(async () => {
  stack = await startWebStack();
  ({ base, gql, api, tokenOf, newPage, signIn } = stack);
  reviewerToken = await tokenOf(REVIEWER);
  const periods = await api<{ periods: { id: string; frameworkCode: string; year: number; state: string }[] }>(
    '{ periods(provinceCode: "35") { id frameworkCode year state } }',
    {},
    reviewerToken,
  );
  sakip = periods.periods.find((p) => p.frameworkCode === 'SAKIP' && p.year === 2024 && p.state === 'OPEN')!.id;
  regionCount = (
    await api<{ province: { regions: unknown[] } }>('{ province(code: "35") { regions { code } } }', {}, reviewerToken)
  ).province.regions.length;
}, 180000);

afterAll(async () => {
  await stack?.close();
});

async function submissions(periodId: string): Promise<Submission[]> {
  const r = await api<{ submissions: Submission[] }>(
    'query($p: ID!) { submissions(periodId: $p) { regionCode regionName state indicatorsFilled indicatorsTotal returnComment } }',
    { p: periodId },
    reviewerToken,
  );
  return r.submissions;
}

async function values(periodId: string, regionCode?: string): Promise<Value[]> {
  const r = await api<{ assessmentValues: Value[] }>(
    'query($p: ID!, $r: String) { assessmentValues(periodId: $p, regionCode: $r) { id nodeCode nodeNameId value originalValue correctionReason publishedCategory state regionCode } }',
    { p: periodId, r: regionCode ?? null },
    reviewerToken,
  );
  return r.assessmentValues;
}

/** Waits until a form control is marked invalid (its error is shown on it). */
async function invalid(control: Locator): Promise<void> {
  await control.and(control.page().locator('[aria-invalid="true"]')).waitFor();
}

/** Waits until a table shows exactly n body rows. */
async function rowCount(page: Page, testId: string, n: number): Promise<void> {
  await page.waitForFunction(([id, count]) => document.querySelectorAll(`[data-testid="${id}"] tbody tr`).length === count, [
    testId,
    n,
  ] as const);
}

const idNumber = (n: number) => new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }).format(n);

describe('a province reviewer', () => {
  let context: BrowserContext;
  let page: Page;
  let ombudsman: string;

  beforeAll(async () => {
    ({ context, page } = await newPage());
    await signIn(page, REVIEWER);
    await page.waitForURL(/\/provinsi\/35/);
  });
  afterAll(() => context.close());

  it('goes from the province page to the periods and opens a period; a duplicate is refused on the year field', async () => {
    await page.getByTestId('link-periods').click();
    await page.waitForURL(/\/provinsi\/35\/periode$/);
    await page.getByRole('heading', { level: 1, name: 'Periode evaluasi' }).waitFor();
    expect(await page.getByTestId('periods-table').locator('tbody tr').count()).toBeGreaterThan(5);

    // A SAKIP 2024 period exists already: the API's CONFLICT shows on the year.
    await page.getByTestId('open-period').click();
    const form = page.getByTestId('open-period-confirm');
    await form.getByLabel('Evaluasi').selectOption('SAKIP');
    await form.getByLabel('Tahun').fill('2024');
    await form.getByRole('button', { name: 'Ya, buka periode' }).click();
    await invalid(form.getByLabel('Tahun'));
    expect(await form.locator('.field-error').textContent()).toMatch(/already open/);

    await form.getByLabel('Evaluasi').selectOption('OMBUDSMAN');
    await form.getByLabel('Tahun').fill('2024');
    await form.getByLabel('Tenggat').fill('2025-03-31');
    await shot(page, 'open-period-desktop');
    await form.getByRole('button', { name: 'Ya, buka periode' }).click();
    await page.waitForURL(/\/provinsi\/35\/periode\/[0-9a-f-]{36}$/);
    ombudsman = /periode\/([0-9a-f-]{36})/.exec(page.url())![1];
    const opened = await api<{ period: { frameworkCode: string; year: number; state: string; deadline: string } }>(
      'query($p: ID!) { period(periodId: $p) { frameworkCode year state deadline } }',
      { p: ombudsman },
      reviewerToken,
    );
    expect(opened.period).toEqual({ frameworkCode: 'OMBUDSMAN', year: 2024, state: 'OPEN', deadline: '2025-03-31' });

    // Every region of the province is listed, not started.
    const rows = page.getByTestId('monitor-table').locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(regionCount);
    expect(await rows.filter({ hasText: 'Belum mulai' }).count()).toBe(regionCount);
    expect(await page.getByTestId('period-facts').textContent()).toMatch(/31 Mar 2025/);
  });

  it('monitors the live period: not-started regions, completeness, filters, and a reminder to the regions that have not submitted', async () => {
    await page.goto(`${base}/provinsi/35/periode/${sakip}`);
    const table = page.getByTestId('monitor-table');
    const rows = table.locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(regionCount);
    const api = await submissions(sakip);
    const notStarted = api.filter((s) => s.state === 'NOT_STARTED');
    expect(notStarted.length).toBeGreaterThan(0);
    // Each region's completeness as the API counts it, in words.
    for (const s of [notStarted[0], api.find((x) => x.state === 'DRAFT')!, api.find((x) => x.state === 'VERIFIED')!]) {
      const row = rows.filter({ has: page.getByRole('link', { name: s.regionName, exact: true }) });
      expect(await row.textContent()).toContain(`${s.indicatorsFilled} dari ${s.indicatorsTotal} indikator`);
    }
    expect(await rows.filter({ hasText: 'Belum mulai' }).count()).toBe(notStarted.length);
    await shot(page, 'monitor-desktop');
    // One reminder for the period reaches every region not yet submitted (the API limits it per period).
    page.once('dialog', (d) => void d.accept());
    await page.getByTestId('remind-button').click();
    const waiting = api.filter((s) => ['NOT_STARTED', 'DRAFT', 'RETURNED'].includes(s.state)).length;
    const sent = page.getByTestId('monitor-remind').getByRole('status');
    await sent.waitFor();
    expect(await sent.textContent()).toContain(`Pengingat terkirim ke ${waiting} daerah`);

    await page.getByTestId('filter-state').selectOption('NOT_STARTED');
    await rowCount(page, 'monitor-table', notStarted.length);
    await page.getByTestId('filter-kind').selectOption('KOTA');
    const kota = notStarted.filter((s) => s.regionName.startsWith('Kota ')).length;
    await rowCount(page, 'monitor-table', kota);
    expect(page.url()).toMatch(/status=NOT_STARTED/);
  });

  it('corrects one value with a reason (the missing reason shown on its field) and accepts the rest', async () => {
    const submitted = (await submissions(sakip)).filter((s) => s.state === 'SUBMITTED');
    expect(submitted.length).toBeGreaterThanOrEqual(2);
    const region = submitted[0];
    await page.goto(`${base}/provinsi/35/periode/${sakip}/wilayah/${region.regionCode}`);
    await page.getByRole('heading', { level: 1, name: region.regionName }).waitFor();
    const table = page.getByTestId('review-table');
    await table.locator('tbody tr').first().waitFor();

    // The previous year's value of the region is beside each value.
    const previous = await api<{ periods: { id: string }[] }>(
      '{ periods(provinceCode: "35", frameworkCode: "SAKIP", year: 2023) { id } }',
      {},
      reviewerToken,
    );
    const before = await values(sakip, region.regionCode);
    const last = await values(previous.periods[0].id, region.regionCode);
    const first = before[0];
    const firstRow = table.locator('tbody tr').filter({ hasText: first.nodeNameId }).first();
    expect(await table.locator('thead').textContent()).toContain('Tahun 2023');
    expect(await firstRow.textContent()).toContain(idNumber(last.find((v) => v.nodeCode === first.nodeCode)!.value!));
    await shot(page, 'region-desktop');

    await page.getByRole('button', { name: `Koreksi: ${first.nodeNameId}` }).click();
    const form = page.getByTestId('decision-form');
    await form.getByLabel('Nilai baru').fill('1,5');
    await form.getByRole('button', { name: 'Simpan koreksi' }).click();
    await invalid(form.getByLabel('Alasan koreksi'));
    expect(await form.locator('.field-error').textContent()).toBe('Wajib diisi.');
    expect((await values(sakip, region.regionCode)).find((v) => v.id === first.id)!.state).toBe('SUBMITTED');

    await form.getByLabel('Alasan koreksi').fill('Bukti LKE tidak mendukung nilai ini');
    await form.getByRole('button', { name: 'Simpan koreksi' }).click();
    await page.getByTestId('correction').first().waitFor();
    const corrected = (await values(sakip, region.regionCode)).find((v) => v.id === first.id)!;
    expect(corrected).toMatchObject({
      value: 1.5,
      originalValue: first.value,
      correctionReason: 'Bukti LKE tidak mendukung nilai ini',
      state: 'VERIFIED',
    });

    await page.getByTestId('accept-all').click();
    await page.getByTestId('accept-all-confirm').getByRole('button', { name: 'Ya, terima semua' }).click();
    await page.getByText('Tidak ada nilai yang menunggu verifikasi.').waitFor();
    expect((await submissions(sakip)).find((s) => s.regionCode === region.regionCode)!.state).toBe('VERIFIED');
    expect((await values(sakip, region.regionCode)).every((v) => v.state === 'VERIFIED')).toBe(true);
  });

  it('returns another region with a comment (required, shown on its field)', async () => {
    const region = (await submissions(sakip)).filter((s) => s.state === 'SUBMITTED')[0];
    await page.goto(`${base}/provinsi/35/periode/${sakip}/wilayah/${region.regionCode}`);
    await page.getByTestId('review-table').locator('tbody tr').first().waitFor();
    await page.getByTestId('return-all').click();
    const box = page.getByTestId('return-all-confirm');
    await box.getByRole('button', { name: 'Kembalikan', exact: true }).click();
    await invalid(box.getByLabel('Komentar untuk kabupaten/kota'));
    expect(await box.locator('.field-error').textContent()).toBe('Wajib diisi.');
    expect((await submissions(sakip)).find((s) => s.regionCode === region.regionCode)!.state).toBe('SUBMITTED');
    await box.getByLabel('Komentar untuk kabupaten/kota').fill('Lengkapi bukti dukung indikator perencanaan');
    await box.getByRole('button', { name: 'Kembalikan', exact: true }).click();
    await page.getByText('Dikembalikan dengan komentar: Lengkapi bukti dukung indikator perencanaan').waitFor();
    const after = (await submissions(sakip)).find((s) => s.regionCode === region.regionCode)!;
    expect(after).toMatchObject({ state: 'RETURNED', returnComment: 'Lengkapi bukti dukung indikator perencanaan' });
  });

  it('closes entry and publishes, each spelled out and confirmed; publishing waits for pending reviews; then amends with a reason', async () => {
    await page.goto(`${base}/provinsi/35/periode/${sakip}`);
    await page.getByTestId('close-entry').click();
    const close = page.getByTestId('close-entry-confirm');
    expect(await close.textContent()).toMatch(/tidak dapat lagi mengisi/);
    await close.getByRole('button', { name: 'Ya, tutup pengisian' }).click();
    await page.getByTestId('publish').waitFor();
    expect(
      (await api<{ period: { state: string } }>('query($p: ID!) { period(periodId: $p) { state } }', { p: sakip }, reviewerToken))
        .period.state,
    ).toBe('IN_REVIEW');

    // Submissions still awaiting review: said before, and the API's refusal shown in the box, in words.
    const pending = (await submissions(sakip)).filter((s) => s.state === 'SUBMITTED');
    expect(pending.length).toBeGreaterThan(0);
    expect(await page.getByTestId('pending-review').textContent()).toContain(pending[0].regionName);
    await page.getByTestId('publish').click();
    const publish = page.getByTestId('publish-confirm');
    expect(await publish.textContent()).toMatch(/terlihat oleh semua kabupaten\/kota/);
    await publish.getByRole('button', { name: 'Ya, terbitkan' }).click();
    await publish.getByRole('alert').waitFor();
    expect(await publish.getByRole('alert').textContent()).toBe('Masih ada nilai yang menunggu pemeriksaan.');

    for (const s of pending) {
      await api(
        'mutation($p: ID!, $r: String!) { acceptSubmission(periodId: $p, regionCode: $r) { state } }',
        { p: sakip, r: s.regionCode },
        reviewerToken,
      );
    }
    await page.reload();
    await page.getByTestId('publish').click();
    await page.getByTestId('publish-confirm').getByRole('button', { name: 'Ya, terbitkan' }).click();
    await page.getByTestId('amend').waitFor();
    const published = await api<{ period: { state: string; publishedRevision: number } }>(
      'query($p: ID!) { period(periodId: $p) { state publishedRevision } }',
      { p: sakip },
      reviewerToken,
    );
    expect(published.period).toEqual({ state: 'PUBLISHED', publishedRevision: 1 });

    await page.getByTestId('amend').click();
    const amend = page.getByTestId('amend-confirm');
    await amend.getByLabel('Alasan amandemen').fill('x');
    await amend.getByRole('button', { name: 'Ya, buka amandemen' }).click();
    await invalid(amend.getByLabel('Alasan amandemen'));
    await amend.getByLabel('Alasan amandemen').fill('Surat koreksi KemenPAN-RB nomor 12/2025');
    await amend.getByRole('button', { name: 'Ya, buka amandemen' }).click();
    await page.getByTestId('publish').waitFor();
    expect(
      (await api<{ period: { state: string } }>('query($p: ID!) { period(periodId: $p) { state } }', { p: sakip }, reviewerToken))
        .period.state,
    ).toBe('AMENDED');
  });

  it('imports official results: the preview flags the wrong category and nothing is written until confirmed; the file comes back', async () => {
    await page.goto(`${base}/provinsi/35/periode/${ombudsman}?tab=impor`);
    const csv = 'kode_wilayah,nilai,kategori\n35.78,90.5,A\n35.27,80,A\n';
    await page
      .getByLabel('Berkas hasil resmi')
      .setInputFiles({ name: 'ombudsman-2024.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByLabel('Sumber').fill('Ombudsman RI Perwakilan Jawa Timur');
    await page.getByTestId('import-check').click();
    const report = page.getByTestId('import-report-table');
    const rows = report.locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(2);
    const sampang = rows.filter({ hasText: 'Kabupaten Sampang' });
    expect(await sampang.textContent()).toContain('Berbeda');
    expect(await sampang.locator('.badge').allTextContents()).toEqual([expect.stringMatching(/^A/), expect.stringMatching(/^B/)]);
    expect(await rows.filter({ hasText: 'Kota Surabaya' }).textContent()).toContain('Sama');
    expect(await page.getByTestId('import-message').textContent()).toMatch(/1 kategori berbeda.*Belum ada yang disimpan/);
    await shot(page, 'import-desktop');
    expect(await values(ombudsman)).toEqual([]);

    await page.getByTestId('import-run').click();
    expect(await values(ombudsman)).toEqual([]);
    await page.getByTestId('import-run-confirm').getByRole('button', { name: 'Ya, impor' }).click();
    await page.getByTestId('import-done').waitFor();
    const written = await values(ombudsman);
    expect(written.map((v) => [v.regionCode, v.value, v.publishedCategory, v.state]).sort()).toEqual([
      ['35.27', 80, 'A', 'VERIFIED'],
      ['35.78', 90.5, 'A', 'VERIFIED'],
    ]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#official-download').getByRole('button', { name: 'Unduh CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^official-results-OMBUDSMAN-2024-35\.csv$/);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toMatch(/35\.27,Kabupaten Sampang,80,A/);
  });

  it('sets a target for a region (a bad rank shown on its field) and keeps a peer group', async () => {
    await page.goto(`${base}/provinsi/35/target?wilayah=35.27`);
    await page.getByRole('heading', { level: 1, name: 'Target & kelompok sebanding' }).waitFor();
    await page.getByTestId('targets-table').waitFor();
    const form = page.getByRole('form', { name: 'Tetapkan target' });
    await form.getByLabel('Evaluasi').selectOption('RB');
    await form.getByLabel('Tahun').fill('2025');
    await form.getByLabel('Target peringkat').fill('999');
    await form.getByRole('button', { name: 'Simpan target' }).click();
    await invalid(form.getByLabel('Target peringkat'));
    await form.getByLabel('Target peringkat').fill('5');
    await form.getByRole('button', { name: 'Simpan target' }).click();
    await page.getByTestId('targets-table').locator('tbody tr', { hasText: '2025' }).waitFor();
    const targets = await api<{
      targets: { frameworkCode: string; year: number; targetRank: number | null; setByRole: string }[];
    }>('{ targets(regionCode: "35.27", frameworkCode: "RB") { frameworkCode year targetRank setByRole } }', {}, reviewerToken);
    expect(targets.targets.find((x) => x.year === 2025)).toEqual({
      frameworkCode: 'RB',
      year: 2025,
      targetRank: 5,
      setByRole: 'reviewer',
    });

    const groups = page.getByRole('form', { name: 'Buat kelompok' });
    await groups.getByLabel('Nama kelompok').fill('Kota besar');
    await groups.getByLabel('Kota Surabaya').check();
    await groups.getByLabel('Kota Malang').check();
    await groups.getByRole('button', { name: 'Buat kelompok' }).click();
    await page.getByTestId('peer-groups').getByText('Kota besar').waitFor();
    const saved = await api<{ peerGroups: { name: string; regionCodes: string[] }[] }>(
      '{ peerGroups(provinceCode: "35") { name regionCodes } }',
      {},
      reviewerToken,
    );
    expect(saved.peerGroups.find((g) => g.name === 'Kota besar')?.regionCodes.sort()).toEqual(['35.73', '35.78']);
    await shot(page, 'setup-desktop');
  });

  it('reads the pages at phone width without sideways scrolling', async () => {
    const verified = (await submissions(sakip)).find((s) => s.state === 'VERIFIED')!;
    const phone = await newPage(PHONE);
    await signIn(phone.page, REVIEWER);
    await phone.page.waitForURL(/\/provinsi\/35/);
    for (const [path, name, ready] of [
      [`/provinsi/35/periode/${sakip}`, 'monitor-phone', 'table tbody tr'],
      [`/provinsi/35/periode/${sakip}/wilayah/${verified.regionCode}`, 'region-phone', 'table tbody tr'],
      [`/provinsi/35/periode/${ombudsman}?tab=impor`, 'import-phone', 'input[type=file]'],
      ['/provinsi/35/periode', 'periods-phone', 'table tbody tr'],
      ['/provinsi/35/target?wilayah=35.27', 'setup-phone', 'table tbody tr'],
    ] as const) {
      await phone.page.goto(`${base}${path}`);
      await phone.page.locator('main h1').waitFor();
      await phone.page.locator(ready).first().waitFor();
      await expectNoOverflow(phone.page);
      await shot(phone.page, name);
    }
    await phone.context.close();
  });
});

describe('people who are not this province’s reviewers', () => {
  it('an editor and a viewer cannot reach the review screen, and the API refuses their reviews', async () => {
    for (const email of ['editor.surabaya@demo.rapor.id', 'viewer.surabaya@demo.rapor.id', 'admin.surabaya@demo.rapor.id']) {
      const { context, page } = await newPage();
      await signIn(page, email);
      await page.waitForURL(/\/wilayah\/35\.78/);
      expect(await page.getByTestId('link-periods').count()).toBe(0);
      for (const path of [
        `/provinsi/35/periode/${sakip}/wilayah/35.78`,
        `/provinsi/35/periode/${sakip}`,
        '/provinsi/35/periode',
        '/provinsi/35/target',
      ]) {
        await page.goto(`${base}${path}`);
        await page.getByTestId('not-available').waitFor();
        expect(await page.locator('table').count()).toBe(0);
      }
      if (email.startsWith('editor')) await shot(page, 'editor-not-available-desktop');
      await context.close();

      const token = await tokenOf(email);
      const value = (await values(sakip)).find((v) => v.regionCode === '35.78') ?? (await values(sakip))[0];
      expect(value).toBeDefined();
      for (const [query, variables] of [
        ['mutation($p: ID!, $r: String!) { acceptSubmission(periodId: $p, regionCode: $r) { state } }', { p: sakip, r: '35.78' }],
        [
          'mutation($p: ID!, $r: String!) { returnSubmission(periodId: $p, regionCode: $r, comment: "Lengkapi bukti dukung") { state } }',
          { p: sakip, r: '35.78' },
        ],
        [
          'mutation($v: ID!) { reviewValue(input: { valueId: $v, action: CORRECT, value: 1, reason: "Bukti tidak mendukung" }) { state } }',
          { v: value.id },
        ],
        ['mutation($p: ID!) { publishPeriod(periodId: $p) { state } }', { p: sakip }],
      ] as const) {
        const res = await gql(query, variables, token);
        expect([query.slice(0, 40), res.errors?.[0].extensions?.code, res.errors?.[0].message]).toEqual([
          query.slice(0, 40),
          'FORBIDDEN',
          expect.any(String),
        ]);
      }
    }
  });

  it('a reviewer of another province cannot open this province’s monitor, and the API shows nothing of it', async () => {
    const operator = await tokenOf('operator@demo.rapor.id');
    const created = await api<{ createUser: { temporaryPassword: string } }>(
      'mutation { createUser(input: { email: "reviewer.banten@test.rapor.id", displayName: "Reviewer Banten", role: REVIEWER, provinceCode: "36" }) { temporaryPassword } }',
      {},
      operator,
    );
    const temporary = await tokenOf('reviewer.banten@test.rapor.id', created.createUser.temporaryPassword);
    const password = 'banten-reviewer-password';
    await api(
      'mutation($i: ChangePasswordInput!) { changePassword(input: $i) { accessToken } }',
      { i: { currentPassword: created.createUser.temporaryPassword, newPassword: password } },
      temporary,
    );

    const { context, page } = await newPage();
    await signIn(page, 'reviewer.banten@test.rapor.id', password);
    await page.waitForURL(/\/provinsi\/36/);
    for (const path of [`/provinsi/35/periode/${sakip}`, `/provinsi/35/periode/${sakip}/wilayah/35.78`, '/provinsi/35/periode']) {
      await page.goto(`${base}${path}`);
      await page.getByTestId('not-available').waitFor();
    }
    // Its own province's periods page opens (the gate is the province, not the role).
    await page.goto(`${base}/provinsi/36/periode`);
    await page.getByRole('heading', { level: 1, name: 'Periode evaluasi' }).waitFor();
    await context.close();

    const token = await tokenOf('reviewer.banten@test.rapor.id', password);
    // A period never published is not even visible; a published one is, but none of its submissions or values.
    const periods = await api<{ periods: { id: string; publishedRevision: number }[] }>(
      '{ periods(provinceCode: "35") { id publishedRevision } }',
      {},
      reviewerToken,
    );
    const unpublished = periods.periods.find((p) => p.publishedRevision === 0)!;
    const period = await gql('query($p: ID!) { period(periodId: $p) { id } }', { p: unpublished.id }, token);
    expect(period.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(
      (await api<{ submissions: unknown[] }>('query($p: ID!) { submissions(periodId: $p) { regionCode } }', { p: sakip }, token))
        .submissions,
    ).toEqual([]);
    const hidden = await gql<{ assessmentValues: unknown[] }>(
      'query($p: ID!) { assessmentValues(periodId: $p) { id } }',
      { p: sakip },
      token,
    );
    expect(hidden.data?.assessmentValues ?? []).toEqual([]);
    const accept = await gql(
      'mutation($p: ID!) { acceptSubmission(periodId: $p, regionCode: "35.78") { state } }',
      { p: sakip },
      token,
    );
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(accept.errors?.[0].extensions?.code);
  });
});
