/// <reference lib="dom" />
import type { BrowserContext, Page } from 'playwright-core';
import { createFixtureUser, FIXTURE_PASSWORD } from './support/auth';
import { type TestDatabase } from './support/database';
import { DESKTOP, PHONE, pageOverflow, screenshots, startWebStack, type WebStack } from './support/web';

// The region team's pages (entry form, submission, innovations) in a real Chromium against the
// real API on a real database with the demo dataset, where Kota Surabaya (35.78) has a draft
// in the open SAKIP 2024 period. The tests run in order: each step builds on the one before.
const SURABAYA = '35.78';
const SAMPANG = '35.27';

let stack: WebStack;
let db: TestDatabase;
let base: string;
let periodId: string;
let leaves: { code: string; min: number; max: number }[];
let precision: number;
let gqlAs: WebStack['gqlAs'];
let dataAs: WebStack['apiAs'];
let signedIn: WebStack['signedIn'];
const shot = screenshots('entry');

const REVIEWER = 'reviewer.jatim@demo.rapor.id';
const EDITOR = 'editor.surabaya@demo.rapor.id';
const ADMIN = 'admin.surabaya@demo.rapor.id';
const VIEWER = 'viewer.surabaya@demo.rapor.id';

/** A signed-in page of `email`, on `path`. */
async function pageOf(email: string, path: string, viewport = DESKTOP): Promise<{ context: BrowserContext; page: Page }> {
  const opened = await signedIn(email, viewport);
  await opened.page.goto(`${base}${path}`);
  return opened;
}

interface Value {
  nodeCode: string;
  value: number;
  state: string;
  id: string;
  evidence: { url: string | null };
}

async function surabayaValues(): Promise<Value[]> {
  const r = await dataAs<{ assessmentValues: Value[] }>(
    REVIEWER,
    'query($p: ID!, $r: String) { assessmentValues(periodId: $p, regionCode: $r) { id nodeCode value state evidence { url } } }',
    { p: periodId, r: SURABAYA },
  );
  return r.assessmentValues;
}

async function surabayaState(): Promise<string> {
  const r = await dataAs<{ submissions: { state: string }[] }>(
    REVIEWER,
    'query($p: ID!, $r: String) { submissions(periodId: $p, regionCode: $r) { state } }',
    {
      p: periodId,
      r: SURABAYA,
    },
  );
  return r.submissions[0].state;
}

/** How the page writes a number in Indonesian ("12,5"). */
const typed = (n: number) => String(n).replace('.', ',');

beforeAll(async () => {
  stack = await startWebStack();
  ({ db, base, gqlAs, apiAs: dataAs, signedIn } = stack);
  const periods = await dataAs<{ periods: { id: string; state: string }[] }>(
    REVIEWER,
    '{ periods(provinceCode: "35", frameworkCode: "SAKIP", year: 2024) { id state } }',
  );
  expect(periods.periods).toHaveLength(1);
  expect(periods.periods[0].state).toBe('OPEN');
  periodId = periods.periods[0].id;
  const fw = await dataAs<{
    frameworks: {
      scale: { precision: number };
      nodes: { code: string; isLeaf: boolean; weight: number; scale: { min: number; max: number } }[];
    }[];
  }>(
    REVIEWER,
    '{ frameworks(code: "SAKIP", year: 2024) { scale { precision } nodes { code isLeaf weight scale { min max } } } }',
  );
  precision = fw.frameworks[0].scale.precision;
  leaves = fw.frameworks[0].nodes
    .filter((n) => n.isLeaf && n.weight > 0)
    .map((n) => ({ code: n.code, min: n.scale.min, max: n.scale.max }));
  expect(await surabayaState()).toBe('DRAFT');
}, 240000);

afterAll(async () => {
  await stack?.close();
});

describe('the Surabaya entry form', () => {
  it('shows an editor every indicator with its scale and help, flags a wrong value on its field, and saves once it is fixed', async () => {
    const before = await surabayaValues();
    const [a, b] = leaves;
    const aBefore = before.find((v) => v.nodeCode === a.code)!.value;
    const aNew = aBefore === a.max ? a.min : a.max;
    const { context, page } = await pageOf(EDITOR, `/wilayah/${SURABAYA}/isian`);
    await page.getByTestId(`entry-row-${a.code}`).waitFor();
    expect(await page.locator('.entry-row').count()).toBeGreaterThanOrEqual(leaves.length);
    // The scale and the help text of the framework are on the row; the stored draft fills the form.
    await expect(page.getByTestId(`entry-row-${a.code}`).locator(`#f-${a.code}-help`).textContent()).resolves.toContain(
      `Skala ${a.min}–${a.max}`,
    );
    expect(await page.locator(`#f-${a.code}-value`).inputValue()).toBe(typed(aBefore));
    await expect(page.getByTestId('submission-state').textContent()).resolves.toContain('Draf');
    // Editors are told why they cannot submit, and are given no button for it.
    await page.getByTestId('editor-cannot-submit').waitFor();
    expect(await page.getByTestId('submit-open').count()).toBe(0);

    // The projection follows what is typed, before anything is saved.
    const projection = page.getByTestId('projection-value');
    await projection.waitFor();
    const projectedBefore = await projection.textContent();
    await page.locator(`#f-${a.code}-value`).fill(typed(aNew));
    await page.locator(`#f-${a.code}-url`).fill('https://surabaya.go.id/lke/sakip-2024.pdf');
    // What the API's draft what-if says for the same change, written as the page writes it.
    const expected = await dataAs<{ whatIf: { value: number; rank: number; rankedCount: number } }>(
      EDITOR,
      'query($i: WhatIfInput!) { whatIf(input: $i) { value rank rankedCount } }',
      { i: { regionCode: SURABAYA, periodId, basis: 'DRAFT', changes: [{ nodeCode: a.code, value: aNew }] } },
    );
    const expectedText = new Intl.NumberFormat('id-ID', { maximumFractionDigits: precision }).format(expected.whatIf.value);
    expect(expectedText).not.toBe(projectedBefore);
    await page.waitForFunction(
      (text) => document.querySelector('[data-testid="projection-value"]')?.textContent === text,
      expectedText,
    );
    expect(await page.getByTestId('projection-rank').textContent()).toBe(
      `peringkat ${expected.whatIf.rank} dari ${expected.whatIf.rankedCount}`,
    );

    // One wrong value (beyond the indicator's maximum): shown on its own field, nothing is saved.
    await page.locator(`#f-${b.code}-value`).fill(typed(b.max + 10));
    await page.getByTestId('save-draft').click();
    const bError = page.locator(`[data-field-error="${b.code}.value"]`);
    await bError.waitFor();
    expect(await bError.textContent()).toContain(`antara ${b.min} dan ${b.max}`);
    expect(await page.locator(`#f-${b.code}-value`).getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('[data-field-error]').count()).toBe(1);
    expect(await page.getByTestId('entry-status').textContent()).toContain('1 masalah');
    expect((await surabayaValues()).find((v) => v.nodeCode === a.code)!.value).toBe(aBefore);
    await shot(page, 'field-error-desktop');

    // Fixed and saved: the API holds the new value with its evidence.
    await page.locator(`#f-${b.code}-value`).fill(typed(b.min));
    expect(await page.locator('[data-field-error]').count()).toBe(0);
    await page.getByTestId('save-draft').click();
    await page.getByText(/Draf tersimpan/).waitFor();
    const after = await surabayaValues();
    expect(after.find((v) => v.nodeCode === a.code)).toMatchObject({
      value: aNew,
      state: 'DRAFT',
      evidence: { url: 'https://surabaya.go.id/lke/sakip-2024.pdf' },
    });
    expect(after.find((v) => v.nodeCode === b.code)!.value).toBe(b.min);
    await context.close();
  });

  it('projects a team that has saved nothing yet from the values it types, on its own values only', async () => {
    // Kabupaten Pacitan (35.01) has not started in the demo's open period.
    const editor = await createFixtureUser(db, { regions: { '35.01': 'editor' } });
    stack.passwords.set(editor.email, FIXTURE_PASSWORD);
    const state = await dataAs<{ submissions: { state: string }[] }>(
      REVIEWER,
      'query($p: ID!) { submissions(periodId: $p, regionCode: "35.01") { state } }',
      { p: periodId },
    );
    expect(state.submissions[0].state).toBe('NOT_STARTED');
    const { context, page } = await pageOf(editor.email, '/wilayah/35.01/isian');
    await page.getByTestId('projection-unavailable').waitFor();
    const changes = leaves.map((l) => ({ nodeCode: l.code, value: l.max / 2 }));
    for (const c of changes) await page.locator(`#f-${c.nodeCode}-value`).fill(typed(c.value));
    const expected = await dataAs<{ whatIf: { value: number; rank: number; rankedCount: number; complete: boolean } }>(
      editor.email,
      'query($i: WhatIfInput!) { whatIf(input: $i) { value rank rankedCount complete } }',
      { i: { regionCode: '35.01', periodId, basis: 'DRAFT', changes } },
    );
    expect(expected.whatIf.complete).toBe(true);
    const expectedText = new Intl.NumberFormat('id-ID', { maximumFractionDigits: precision }).format(expected.whatIf.value);
    await page.waitForFunction(
      (text) => document.querySelector('[data-testid="projection-value"]')?.textContent === text,
      expectedText,
    );
    expect(await page.getByTestId('projection-rank').textContent()).toBe(
      `peringkat ${expected.whatIf.rank} dari ${expected.whatIf.rankedCount}`,
    );
    // Nothing was stored by projecting.
    const after = await dataAs<{ submissions: { state: string }[] }>(
      REVIEWER,
      'query($p: ID!) { submissions(periodId: $p, regionCode: "35.01") { state } }',
      { p: periodId },
    );
    expect(after.submissions[0].state).toBe('NOT_STARTED');
    await context.close();
  });

  it('gets from the API every problem of every row with its field path (what the form maps to its inputs)', async () => {
    const res = await gqlAs(EDITOR, 'mutation($i: SaveValuesInput!) { saveValues(input: $i) { id } }', {
      i: {
        periodId,
        regionCode: SURABAYA,
        rows: [
          { nodeCode: 'NOT_A_LEAF', value: 1 },
          { nodeCode: leaves[0].code, value: 1, evidenceUrl: 'ftp://x' },
        ],
      },
    });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields).toEqual(expect.arrayContaining(['rows.0.nodeCode', 'rows.1.evidenceUrl']));
  });

  it('lets the admin submit after spelling out what locks, and then shows the submission as submitted', async () => {
    const { context, page } = await pageOf(ADMIN, `/wilayah/${SURABAYA}/isian`);
    await page.getByTestId('submit-open').click();
    const confirm = page.getByTestId('submit-confirm');
    await confirm.waitFor();
    const text = await confirm.textContent();
    const drafts = (await surabayaValues()).filter((v) => v.state === 'DRAFT').length;
    expect(drafts).toBeGreaterThan(0);
    expect(text).toContain(`${drafts} nilai akan dikunci`);
    expect(text).toContain('tidak dapat diubah lagi');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('submit-confirm');
    await shot(page, 'submit-confirm-desktop');
    await page.getByTestId('submit-confirm-button').click();
    await page.locator('[data-testid="submission-state"] [data-state="SUBMITTED"]').waitFor();
    expect(await surabayaState()).toBe('SUBMITTED');
    // Locked: no inputs are left, values are shown as text.
    expect(await page.locator('#entry input, #entry textarea').count()).toBe(0);
    expect(await page.getByTestId('readonly-value').count()).toBeGreaterThanOrEqual(leaves.length);
    await context.close();
  });

  it("shows a returned submission with the reviewer's comment and a corrected value with original, new value and reason", async () => {
    const values = await surabayaValues();
    const corrected = values.find((v) => v.nodeCode === leaves[2].code)!;
    const newValue = corrected.value === leaves[2].min ? leaves[2].max : leaves[2].min;
    // The reviewer, through the API: one correction with its reason, then the rest returned.
    await dataAs(REVIEWER, 'mutation($i: ReviewValueInput!) { reviewValue(input: $i) { id } }', {
      i: { valueId: corrected.id, action: 'CORRECT', value: newValue, reason: 'Dokumen Renstra belum ditandatangani' },
    });
    await dataAs(
      REVIEWER,
      'mutation($p: ID!, $r: String!) { returnSubmission(periodId: $p, regionCode: $r, comment: "Lengkapi tautan LKE per indikator") { state } }',
      {
        p: periodId,
        r: SURABAYA,
      },
    );
    expect(await surabayaState()).toBe('RETURNED');

    const phone = await pageOf(EDITOR, `/wilayah/${SURABAYA}/isian`, PHONE);
    await phone.page.getByTestId('return-comment').waitFor();
    await phone.page.locator(`#f-${leaves[0].code}-value`).waitFor();
    await shot(phone.page, 'returned-phone', { fullPage: false });
    await phone.page.locator(`#f-${leaves[0].code}-value`).scrollIntoViewIfNeeded();
    await shot(phone.page, 'form-phone', { fullPage: false });
    expect(await pageOverflow(phone.page)).toBeLessThanOrEqual(1);
    await phone.context.close();

    const { context, page } = await pageOf(EDITOR, `/wilayah/${SURABAYA}/isian`);
    await page.getByTestId('return-comment').waitFor();
    expect(await page.getByTestId('return-comment').textContent()).toContain('Lengkapi tautan LKE per indikator');
    await expect(page.locator('[data-testid="submission-state"] [data-state]').textContent()).resolves.toBe('Dikembalikan');
    const row = page.getByTestId('corrections-table').locator('tbody tr');
    expect(await row.count()).toBe(1);
    const cells = (await row.locator('td').allTextContents()).join(' | ');
    expect(cells).toContain(typed(corrected.value));
    expect(cells).toContain(typed(newValue));
    expect(cells).toContain('Dokumen Renstra belum ditandatangani');
    // Returned values are editable again; the corrected (verified) one is not.
    expect(await page.locator(`#f-${leaves[0].code}-value`).count()).toBe(1);
    expect(await page.locator(`#f-${leaves[2].code}-value`).count()).toBe(0);
    await shot(page, 'returned-desktop');

    // The admin resubmits elsewhere while this page is open: the API refuses the editor's
    // change to the now locked value, and the page shows that on the field itself.
    await dataAs(ADMIN, 'mutation($p: ID!, $r: String!) { submitRegionValues(periodId: $p, regionCode: $r) { state } }', {
      p: periodId,
      r: SURABAYA,
    });
    await page.locator(`#f-${leaves[0].code}-value`).fill(typed(leaves[0].min));
    await page.getByTestId('save-draft').click();
    await page.locator(`[data-field-error="${leaves[0].code}.value"]`).waitFor();
    expect(await page.locator(`[data-field-error="${leaves[0].code}.value"]`).textContent()).toContain('Ditolak oleh server');
    expect(await page.getByTestId('entry-status').textContent()).toContain('Server menolak isian');
    expect((await surabayaValues()).find((v) => v.nodeCode === leaves[0].code)!.state).toBe('SUBMITTED');
    await context.close();
  });
});

describe('who may open the form', () => {
  it("keeps an editor out of another region's form, and the API refuses its values", async () => {
    const { context, page } = await pageOf(EDITOR, `/wilayah/${SAMPANG}/isian`);
    await page.getByTestId('not-available').waitFor();
    expect(await page.locator('#entry').count()).toBe(0);
    const save = await gqlAs(EDITOR, 'mutation($i: SaveValuesInput!) { saveValues(input: $i) { id } }', {
      i: { periodId, regionCode: SAMPANG, rows: [{ nodeCode: leaves[0].code, value: leaves[0].max }] },
    });
    expect(save.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const read = await gqlAs<{ assessmentValues: unknown[]; submissions: unknown[] }>(
      EDITOR,
      'query($p: ID!, $r: String) { assessmentValues(periodId: $p, regionCode: $r) { id } submissions(periodId: $p, regionCode: $r) { state } }',
      { p: periodId, r: SAMPANG },
    );
    expect(read.errors ?? []).toEqual([]);
    expect(read.data).toEqual({ assessmentValues: [], submissions: [] });
    const submit = await gqlAs(
      ADMIN,
      'mutation($p: ID!, $r: String!) { submitRegionValues(periodId: $p, regionCode: $r) { state } }',
      { p: periodId, r: SAMPANG },
    );
    expect(submit.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await context.close();
  });

  it("keeps another province's editor and reviewer out of Surabaya's form and values", async () => {
    const editor = await createFixtureUser(db, { regions: { '19.71': 'editor' } });
    const reviewer = await createFixtureUser(db, { reviewerOf: ['19'] });
    stack.passwords.set(editor.email, FIXTURE_PASSWORD);
    stack.passwords.set(reviewer.email, FIXTURE_PASSWORD);
    const { context, page } = await pageOf(editor.email, `/wilayah/${SURABAYA}/isian`);
    await page.getByTestId('not-available').waitFor();
    await context.close();
    const value = (await surabayaValues())[0];
    for (const email of [editor.email, reviewer.email]) {
      const save = await gqlAs(email, 'mutation($i: SaveValuesInput!) { saveValues(input: $i) { id } }', {
        i: { periodId, regionCode: SURABAYA, rows: [{ nodeCode: leaves[0].code, value: leaves[0].max }] },
      });
      expect(save.errors?.[0].extensions?.code).toMatch(/^(FORBIDDEN|NOT_FOUND)$/);
      const read = await gqlAs<{ assessmentValues: unknown[]; submissions: unknown[] }>(
        email,
        'query($p: ID!, $r: String) { assessmentValues(periodId: $p, regionCode: $r) { id } submissions(periodId: $p, regionCode: $r) { state } }',
        { p: periodId, r: SURABAYA },
      );
      // Either refused or nothing: never a Surabaya value.
      expect(JSON.stringify(read.data ?? {})).not.toContain(value.id);
      if (!read.errors) expect(read.data).toEqual({ assessmentValues: [], submissions: [] });
    }
    const review = await gqlAs(reviewer.email, 'mutation($i: ReviewValueInput!) { reviewValue(input: $i) { id } }', {
      i: { valueId: value.id, action: 'CORRECT', value: leaves[0].min, reason: 'not mine' },
    });
    expect(review.errors?.[0].extensions?.code).toMatch(/^(FORBIDDEN|NOT_FOUND)$/);
    expect((await surabayaValues()).find((v) => v.id === value.id)!.value).toBe(value.value);
  });

  it('shows a viewer the values with no inputs and no buttons to change them', async () => {
    const { context, page } = await pageOf(VIEWER, `/wilayah/${SURABAYA}/isian`);
    await page.getByTestId('readonly-value').first().waitFor();
    expect(await page.locator('#entry input, #entry textarea, #entry select').count()).toBe(0);
    expect(await page.getByTestId('save-draft').count()).toBe(0);
    expect(await page.getByTestId('submit-open').count()).toBe(0);
    expect(await page.getByTestId('projection').count()).toBe(0);
    expect(await page.getByText('Anda pemirsa').count()).toBe(1);
    const save = await gqlAs(VIEWER, 'mutation($i: SaveValuesInput!) { saveValues(input: $i) { id } }', {
      i: { periodId, regionCode: SURABAYA, rows: [{ nodeCode: leaves[0].code, value: leaves[0].max }] },
    });
    expect(save.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await context.close();
  });
});

describe('innovations', () => {
  it('are created (a too-short title shown on its field), submitted to the province, and listed by stage', async () => {
    const { context, page } = await pageOf(EDITOR, `/wilayah/${SURABAYA}/inovasi`);
    await page.getByTestId('innovation-new').click();
    await page.getByLabel('Judul').fill('ab');
    await page.getByLabel('Tahun kompetisi').fill('2024');
    await page.getByRole('button', { name: 'Simpan inovasi' }).click();
    await page.locator('#inno-title-error').waitFor();
    expect(await page.locator('#inno-title').getAttribute('aria-invalid')).toBe('true');
    const title = 'Layanan adminduk keliling malam hari';
    await page.getByLabel('Judul').fill(title);
    await page.getByLabel('Deskripsi (manfaat bagi masyarakat)').fill('Warga pekerja mengurus KTP dan KK selepas jam kerja.');
    await page.getByRole('button', { name: 'Simpan inovasi' }).click();
    const drafts = page.getByTestId('innovations-draft');
    await drafts.getByText(title).waitFor();
    await shot(page, 'innovations-desktop');
    await drafts.getByRole('button', { name: `Ajukan: ${title}` }).click();
    await page.getByTestId('innovations-submitted').getByText(title).waitFor();
    expect(await drafts.getByText(title).count()).toBe(0);
    const api = await dataAs<{ innovations: { title: string; status: string; description: string }[] }>(
      EDITOR,
      `{ innovations(regionCode: "${SURABAYA}") { title status description } }`,
    );
    expect(api.innovations.find((i) => i.title === title)).toMatchObject({
      status: 'SUBMITTED',
      description: 'Warga pekerja mengurus KTP dan KK selepas jam kerja.',
    });
    await context.close();

    // Another region's team (and its page) can neither read nor change them.
    const mine = (
      await dataAs<{ innovations: { id: string; title: string }[] }>(
        EDITOR,
        `{ innovations(regionCode: "${SURABAYA}") { id title } }`,
      )
    ).innovations.find((i) => i.title === title)!;
    const farAway = await createFixtureUser(db, { regions: { '19.71': 'editor' } });
    stack.passwords.set(farAway.email, FIXTURE_PASSWORD);
    for (const other of ['editor.sampang@demo.rapor.id', farAway.email]) {
      const list = await gqlAs(other, `{ innovations(regionCode: "${SURABAYA}") { id } }`);
      expect(list.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const create = await gqlAs(other, 'mutation($i: CreateInnovationInput!) { createInnovation(input: $i) { id } }', {
        i: { regionCode: SURABAYA, title: 'Bukan milik mereka', year: 2024 },
      });
      expect(create.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      for (const regionCode of [SURABAYA, other === farAway.email ? '19.71' : SAMPANG]) {
        const edit = await gqlAs(other, 'mutation($i: UpdateInnovationInput!) { updateInnovation(input: $i) { id } }', {
          i: { id: mine.id, regionCode, title: 'Diambil alih' },
        });
        expect(edit.errors?.[0].extensions?.code).toMatch(/^(FORBIDDEN|NOT_FOUND)$/);
      }
    }
    const after = await dataAs<{ innovations: { id: string; title: string }[] }>(
      EDITOR,
      `{ innovations(regionCode: "${SURABAYA}") { id title } }`,
    );
    expect(after.innovations.find((i) => i.id === mine.id)!.title).toBe(title);
    expect(after.innovations.some((i) => i.title === 'Bukan milik mereka')).toBe(false);
    const other = 'editor.sampang@demo.rapor.id';
    const other2 = await pageOf(other, `/wilayah/${SURABAYA}/inovasi`);
    await other2.page.getByTestId('not-available').waitFor();
    await other2.context.close();

    const phone = await pageOf(EDITOR, `/wilayah/${SURABAYA}/inovasi`, PHONE);
    await phone.page.getByTestId('innovations-submitted').getByText(title).waitFor();
    await shot(phone.page, 'innovations-phone', { fullPage: false });
    expect(await pageOverflow(phone.page)).toBeLessThanOrEqual(1);
    await phone.context.close();
  });
});
