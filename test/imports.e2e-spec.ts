import { withOwnerTransaction } from '@rapor/db';
import { readOfficialResultsFile, type OfficialFile, type OfficialImportReport as Report } from '@rapor/imports';
import { Workbook } from 'exceljs';
import request from 'supertest';
import { startTestApp, type TestApp } from './support/app';
import { signInAll, type FixtureUserSpec } from './support/auth';
import { createTestDatabase, type TestDatabase } from './support/database';

// Official results of Kepulauan Bangka Belitung (19); Sumatera Barat (13) is the other province.
const PEOPLE = {
  reviewer19: { reviewerOf: ['19'] },
  reviewer13: { reviewerOf: ['13'] },
  operator: { operator: true },
  admin1971: { regions: { '19.71': 'admin' } },
  viewer1904: { regions: { '19.04': 'viewer' } },
} satisfies Record<string, FixtureUserSpec>;
type Who = keyof typeof PEOPLE | 'key19' | 'key13' | 'anonymous';

const GOOD_CSV = '\uFEFFKode;Kabupaten/Kota;Nilai;Predikat;Sumber\r\n19.71;Kota Pangkal Pinang;59,32;B;\r\n;Kabupaten Bangka Tengah;67,10;BB;LHE KemenPAN-RB 2023\r\n19.01;Kabupaten Bangka;71.5;BB;\r\n';
const IMPORTED = [
  { region: '19.01', value: '71.5', category: 'BB', source: 'Hasil evaluasi RB 2023' },
  { region: '19.04', value: '67.1', category: 'BB', source: 'LHE KemenPAN-RB 2023' },
  { region: '19.71', value: '59.32', category: 'B', source: 'Hasil evaluasi RB 2023' },
];

describe('official results files over HTTP', () => {
  let db: TestDatabase;
  let t: TestApp;
  const headers = {} as Record<Who, Record<string, string>>;
  let periodId: string;
  let period13: string;

  const gql = async <T>(who: Who, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await t.gql<T>(query, variables, headers[who]);
    if (!res.data || res.errors) throw new Error(`${who}: ${JSON.stringify(res.errors)}`);
    return res.data;
  };
  const upload = (who: Who, bytes: Buffer | string, filename: string, fields: Record<string, string> = {}, id = periodId) => {
    let req = request(t.app.getHttpServer()).post(`/periods/${id}/official-results`).set(headers[who]);
    for (const [k, v] of Object.entries(fields)) req = req.field(k, v);
    return req.attach('file', Buffer.from(bytes), filename);
  };
  const download = (who: Who, format: 'csv' | 'xlsx', id = periodId) =>
    request(t.app.getHttpServer())
      .get(`/periods/${id}/official-results.${format}`)
      .set(headers[who])
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
  const readBack = async (bytes: Buffer, filename: string) => {
    const file = (await readOfficialResultsFile({ bytes, filename })) as OfficialFile;
    expect(file.ok).toBe(true);
    return file.rows.map(({ region, value, category, source }) => ({ region, value, category, source }));
  };
  /** Everything an import could write, as the schema owner sees it. */
  const snapshot = () =>
    withOwnerTransaction(db.ownerUrl, async (c) => {
      await c.query(`select set_config('app.role', 'operator', true)`);
      const { rows } = await c.query(`select json_build_object(
        'values', (select coalesce(json_agg(v order by v.id), '[]') from assessment_value v),
        'submissions', (select coalesce(json_agg(s order by s.region_id, s.period_id), '[]') from region_submission s),
        'results', (select coalesce(json_agg(r order by r.region_id, r.period_id, r.node_code), '[]') from region_result r),
        'audit', (select count(*) from audit_log)) as state`);
      return rows[0].state as { values: unknown[]; audit: number };
    });
  const values = (who: Who) =>
    gql<{ assessmentValues: { regionCode: string; nodeCode: string; value: number; publishedCategory: string; state: string; source: string; sourceNote: string }[] }>(
      who,
      `query($p: ID!) { assessmentValues(periodId: $p) { regionCode nodeCode value publishedCategory state source sourceNote } }`,
      { p: periodId },
    ).then((d) => d.assessmentValues);

  beforeAll(async () => {
    db = await createTestDatabase();
    t = await startTestApp(db);
    Object.assign(headers, { anonymous: {} }, (await signInAll(db, t, PEOPLE)).headers);
    for (const [who, by, province] of [['key19', 'reviewer19', '19'], ['key13', 'reviewer13', '13']] as const) {
      const key = await gql<{ createApiKey: { secret: string } }>(by, `mutation($p: String!) { createApiKey(input: { name: "BI", provinceCode: $p }) { secret } }`, { p: province });
      headers[who] = { 'x-api-key': key.createApiKey.secret };
    }
    const open = `mutation($p: String!) { openPeriod(input: { provinceCode: $p, frameworkCode: "RB", year: 2023 }) { id } }`;
    periodId = (await gql<{ openPeriod: { id: string } }>('reviewer19', open, { p: '19' })).openPeriod.id;
    period13 = (await gql<{ openPeriod: { id: string } }>('reviewer13', open, { p: '13' })).openPeriod.id;
  });

  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  it('dry-runs by default: a row-by-row report, nothing written', async () => {
    const before = await snapshot();
    const res = await upload('reviewer19', GOOD_CSV, 'hasil-rb-2023.csv', { source: 'Hasil evaluasi RB 2023' });
    expect(res.status).toBe(200);
    const report = res.body as Report;
    expect(report).toMatchObject({ periodId, dryRun: true, valid: true, written: false, changed: 0, summary: { rows: 3, ok: 3, failed: 0 } });
    expect(report.message).toMatch(/dry run.*dryRun=false/);
    // RB 2023 grades cannot be computed from the value (published only): no computed category, no mismatch.
    const row = (line: number, regionCode: string, regionName: string, value: number, category: string, source: string) => ({
      line,
      regionCode,
      regionName,
      value,
      categoryText: category,
      publishedCategory: category,
      categoryReading: `"${category}" is the code ${category}`,
      computedCategory: null,
      categoryMismatch: false,
      source,
      errors: [],
    });
    expect(report.rows).toEqual([
      row(2, '19.71', 'Kota Pangkal Pinang', 59.32, 'B', 'Hasil evaluasi RB 2023'),
      row(3, '19.04', 'Kabupaten Bangka Tengah', 67.1, 'BB', 'LHE KemenPAN-RB 2023'),
      row(4, '19.01', 'Kabupaten Bangka', 71.5, 'BB', 'Hasil evaluasi RB 2023'),
    ]);
    expect(report.realRun).toEqual({ allowed: true, code: null, message: null });
    expect(report.summary.categoryMismatches).toBe(0);
    expect(await snapshot()).toEqual(before);
  });

  it('imports with dryRun=false: verified values with their source', async () => {
    const res = await upload('reviewer19', GOOD_CSV, 'hasil-rb-2023.csv', { dryRun: 'false', source: 'Hasil evaluasi RB 2023' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ dryRun: false, valid: true, written: true, changed: 3, summary: { rows: 3, ok: 3, failed: 0 } });
    expect(await values('reviewer19')).toEqual([
      { regionCode: '19.01', nodeCode: '*', value: 71.5, publishedCategory: 'BB', state: 'VERIFIED', source: 'import', sourceNote: 'Hasil evaluasi RB 2023' },
      { regionCode: '19.04', nodeCode: '*', value: 67.1, publishedCategory: 'BB', state: 'VERIFIED', source: 'import', sourceNote: 'LHE KemenPAN-RB 2023' },
      { regionCode: '19.71', nodeCode: '*', value: 59.32, publishedCategory: 'B', state: 'VERIFIED', source: 'import', sourceNote: 'Hasil evaluasi RB 2023' },
    ]);
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await snapshot();
    const res = await upload('reviewer19', GOOD_CSV, 'hasil-rb-2023.csv', { dryRun: 'false', source: 'Hasil evaluasi RB 2023' });
    expect(res.body).toMatchObject({ written: true, changed: 0 });
    expect(res.body.message).toMatch(/already imported: nothing changed/);
    expect(await snapshot()).toEqual(before);
  });

  it('exports CSV and XLSX that read back as imported, and importing an export changes nothing', async () => {
    const csv = await download('reviewer19', 'csv');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="official-results-RB-2023-19.csv"');
    expect(await readBack(csv.body, 'export.csv')).toEqual(IMPORTED);
    const xlsx = await download('reviewer19', 'xlsx');
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(await readBack(xlsx.body, 'export.xlsx')).toEqual(IMPORTED);

    const before = await snapshot();
    for (const [bytes, name] of [[csv.body, 'export.csv'], [xlsx.body, 'export.xlsx']] as const) {
      const res = await upload('reviewer19', bytes, name, { dryRun: 'false' });
      expect(res.body).toMatchObject({ valid: true, written: true, changed: 0, summary: { rows: 3, failed: 0 } });
    }
    expect(await snapshot()).toEqual(before);
  });

  it('imports an XLSX with Indonesian headers and a title row, and reports what changed', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('RB 2023');
    sheet.addRow(['Hasil Evaluasi Reformasi Birokrasi 2023']);
    sheet.addRow(['kode_wilayah', 'wilayah', 'indeks', 'kategori', 'sumber']);
    sheet.addRow([19.01, 'Kabupaten Bangka', 72.25, 'BB', 'LHE banding 2023']);
    const bytes = Buffer.from((await workbook.xlsx.writeBuffer()) as unknown as ArrayBuffer);
    const dry = await upload('operator', bytes, 'banding.xlsx');
    expect(dry.body).toMatchObject({ dryRun: true, valid: true, written: false, rows: [{ line: 3, regionCode: '19.01', value: 72.25 }] });
    const real = await upload('operator', bytes, 'banding.xlsx', { dryRun: 'false' });
    expect(real.body).toMatchObject({ written: true, changed: 1 });
    expect((await values('reviewer19')).find((v) => v.regionCode === '19.01')).toMatchObject({ value: 72.25, sourceNote: 'LHE banding 2023' });
  });

  describe('bad files: a clear report, nothing written', () => {
    let before: unknown;
    beforeEach(async () => {
      before = await snapshot();
    });
    afterEach(async () => {
      expect(await snapshot()).toEqual(before);
    });

    it.each([
      ['Windows-1252 text', Buffer.concat([Buffer.from('kode;nilai;sumber\n19.71;61;Laporan Evaluasi '), Buffer.from([0xe9]), Buffer.from('\n')]), 'hasil.csv', 400, 'WRONG_ENCODING', /Windows-1252.*Line 2/],
      ['UTF-16 text', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('kode\tnilai\n19.71\t61\n', 'utf16le')]), 'hasil.txt', 400, 'WRONG_ENCODING', /UTF-16/],
      ['no region column', Buffer.from('nilai;sumber\n61;x\n'), 'hasil.csv', 400, 'MISSING_COLUMNS', /Missing column: region.*Columns found: "nilai", "sumber"/],
      ['no value or category column', Buffer.from('kode;sumber\n19.71;x\n'), 'hasil.csv', 400, 'MISSING_COLUMNS', /value or category/],
      ['an empty file', Buffer.alloc(0), 'hasil.csv', 400, 'EMPTY_FILE', /empty/],
      ['a PDF', Buffer.from('%PDF-1.4\n%\xe2\xe3\n'), 'hasil.pdf', 415, 'UNSUPPORTED_FILE_TYPE', /PDF/],
      ['100,000 rows', Buffer.from('kode;nilai;sumber\n' + '19.71;61;x\n'.repeat(100_000)), 'hasil.csv', 413, 'TOO_MANY_ROWS', /100,000 rows/],
    ])('%s', async (_label, bytes, filename, status, code, message) => {
      const res = await upload('reviewer19', bytes, filename, { dryRun: 'false' });
      expect(res.status).toBe(status);
      expect(res.body).toMatchObject({ code });
      expect(res.body.message).toMatch(message);
    });

    it('a file over 5 MB', async () => {
      const res = await upload('reviewer19', Buffer.alloc(5 * 1024 * 1024 + 1, 'a'), 'hasil.csv', { dryRun: 'false' });
      expect(res.status).toBe(413);
      expect(res.body).toMatchObject({ code: 'FILE_TOO_LARGE', maxBytes: 5 * 1024 * 1024 });
    });

    it('no file, or the file in another field', async () => {
      const none = await request(t.app.getHttpServer()).post(`/periods/${periodId}/official-results`).set(headers.reviewer19).field('dryRun', 'false');
      expect(none.status).toBe(400);
      expect(none.body).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['file'] });
      const other = await request(t.app.getHttpServer()).post(`/periods/${periodId}/official-results`).set(headers.reviewer19).attach('upload', Buffer.from(GOOD_CSV), 'x.csv');
      expect(other.status).toBe(400);
      expect(other.body).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['file'] });
      expect(other.body.message).toMatch(/field "file"/);
    });

    it('a dryRun that is not true or false, and a period id that is not one', async () => {
      const flag = await upload('reviewer19', GOOD_CSV, 'hasil.csv', { dryRun: 'nanti' });
      expect(flag.status).toBe(400);
      expect(flag.body).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['dryRun'] });
      const id = await upload('reviewer19', GOOD_CSV, 'hasil.csv', { dryRun: 'false' }, 'period-1');
      expect(id.status).toBe(400);
      expect(id.body).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['periodId'] });
      const unknown = await upload('reviewer19', GOOD_CSV, 'hasil.csv', { dryRun: 'false' }, '00000000-0000-4000-8000-000000000000');
      expect(unknown.status).toBe(404);
    });

    it('rows that cannot be imported: every problem reported with its line, and no row written', async () => {
      const csv = [
        'kode,nilai,kategori,sumber',
        '19.71,enam puluh,B,x', // text in a numeric column
        '19.02,61.5,B,x',
        'Kabupaten Belitung,62,B,x', // the same region again, by name
        '99.99,60,B,x', // no such region
        '13.71,60,B,x', // Kota Padang: another province
        '19.03,60,Istimewa,x', // no such category
        '19.05,160,B,x', // off the scale
        '19.06,60,B,', // no source, and no default
      ].join('\n');
      const res = await upload('reviewer19', csv, 'hasil.csv', { dryRun: 'false' });
      expect(res.status).toBe(200);
      const report = res.body as Report;
      expect(report).toMatchObject({ dryRun: false, valid: false, written: false, changed: 0, summary: { rows: 8, ok: 1, failed: 7 } });
      expect(report.message).toMatch(/7 of 8 rows have problems: nothing was written/);
      expect(report.rows.map((r) => [r.line, r.errors.map((e) => `${e.column}:${e.code}`)])).toEqual([
        [2, ['value:NOT_A_NUMBER']],
        [3, []],
        [4, ['region:DUPLICATE_ROW']],
        [5, ['region:UNKNOWN_REGION']],
        [6, ['region:REGION_NOT_IN_PROVINCE']],
        [7, ['category:UNKNOWN_CATEGORY']],
        [8, ['value:VALUE_OUT_OF_SCALE']],
        [9, ['source:MISSING_SOURCE']],
      ]);
      expect(report.rows[0].errors[0].message).toBe('"enam puluh" is not a number');
      expect(report.rows[2].errors[0].message).toMatch(/already appears on line 3/);
    });

    it.each([
      ['a region admin', 'admin1971', 403, 'FORBIDDEN'],
      ['an API key of the province', 'key19', 403, 'FORBIDDEN'],
      ['a reviewer of another province', 'reviewer13', 404, 'NOT_FOUND'],
      ['an anonymous caller', 'anonymous', 401, 'UNAUTHENTICATED'],
    ] as const)('an import by %s', async (_label, who, status, code) => {
      const res = await upload(who, GOOD_CSV.replace('59,32', '10'), 'hasil.csv', { dryRun: 'false', source: 'x' });
      expect(res.status).toBe(status);
      expect(res.body.code).toBe(code);
    });
  });

  it('exports only what the caller may see', async () => {
    const codes = async (who: Who) => {
      const res = await download(who, 'csv');
      expect(res.status).toBe(200);
      const [header, ...lines] = res.body.toString('utf8').replace(/\r\n$/, '').split('\r\n');
      expect(header).toBe('\uFEFFkode_wilayah,nama_wilayah,nilai,kategori,sumber');
      return lines.map((l: string) => l.split(',')[0]);
    };
    // Verified values are the region's own team's, its reviewers' and operators'.
    expect(await codes('operator')).toEqual(['19.01', '19.04', '19.71']);
    expect(await codes('admin1971')).toEqual(['19.71']);
    expect(await codes('key19')).toEqual([]);
    for (const who of ['reviewer13', 'key13'] as const) {
      const res = await download(who, 'xlsx');
      expect(res.status).toBe(404);
      expect(JSON.parse(res.body.toString()).code).toBe('NOT_FOUND');
    }
    for (const who of ['reviewer19', 'admin1971', 'key19'] as const) expect((await download(who, 'csv', period13)).status).toBe(404);
    expect((await download('anonymous', 'csv')).status).toBe(401);
  });

  it('once published, exports the published results to the whole province and refuses imports', async () => {
    await gql('reviewer19', `mutation($p: ID!) { closePeriodEntry(periodId: $p) { state } }`, { p: periodId });
    await gql('reviewer19', `mutation($p: ID!) { publishPeriod(periodId: $p) { state } }`, { p: periodId });
    for (const who of ['key19', 'viewer1904'] as const) {
      const rows = await readBack((await download(who, 'xlsx')).body, 'x.xlsx');
      expect(rows.map((r) => [r.region, r.value, r.category])).toEqual([
        ['19.01', '72.25', 'BB'],
        ['19.04', '67.1', 'BB'],
        ['19.71', '59.32', 'B'],
      ]);
      expect(rows[0].source).toBe('Rapor: official result, published revision 1');
    }
    const before = await snapshot();
    const res = await upload('reviewer19', GOOD_CSV, 'hasil.csv', { dryRun: 'false', source: 'x' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('PERIOD_ALREADY_PUBLISHED');
    // A dry run still checks the file, writes nothing, and says what a real run needs.
    const dry = await upload('reviewer19', GOOD_CSV, 'hasil.csv', { source: 'x' });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, valid: true, written: false, realRun: { allowed: false, code: 'PERIOD_ALREADY_PUBLISHED' } });
    expect(dry.body.message).toMatch(/nothing was written.*amend first/);
    expect(await snapshot()).toEqual(before);
  });

  it('reads category phrases as officials write them, with the computed category and mismatches, in a dry run', async () => {
    const open = `mutation { openPeriod(input: { provinceCode: "19", frameworkCode: "OMBUDSMAN", year: 2023 }) { id } }`;
    const ombudsman = (await gql<{ openPeriod: { id: string } }>('reviewer19', open)).openPeriod.id;
    const csv = [
      'No;Kabupaten/Kota;Nilai;Predikat',
      '1;Kota Pangkal Pinang;90,12;Zona Hijau - Kualitas Tertinggi',
      '2;Kabupaten Bangka;79,5;B (Kualitas Tinggi)',
      '3;Kabupaten Belitung;70;Zona Hijau - Kualitas Tertinggi',
      '4;Batanghéri;50;Zona Merah - Kualitas Rendah',
      '5;Kabupaten Bangka Barat;40;Zona Biru',
    ].join('\n');
    const res = await upload('reviewer19', csv, 'ombudsman-2023.csv', { source: 'Ombudsman RI Perwakilan Babel' }, ombudsman);
    expect(res.status).toBe(200);
    const report = res.body as Report;
    expect(report.rows.map((r) => [r.publishedCategory, r.computedCategory, r.categoryMismatch, r.errors.map((e) => e.code)])).toEqual([
      ['A', 'A', false, []],
      ['B', 'B', false, []],
      ['A', 'C', true, []],
      ['D', 'D', false, ['UNKNOWN_REGION']],
      [null, 'D', false, ['UNKNOWN_CATEGORY']],
    ]);
    expect(report.summary).toEqual({ rows: 5, ok: 3, failed: 2, categoryMismatches: 1 });
    expect(report.rows[1].categoryReading).toBe('"B (Kualitas Tinggi)" read as B: "B" is the code B; "Kualitas Tinggi" is another name of B');
    expect(report.rows[4].errors[0].message).toMatch(/"Zona Biru".*known: A "Kualitas Tertinggi", B "Tinggi", C "Sedang", D "Rendah", E "Terendah"/);
  });
});
