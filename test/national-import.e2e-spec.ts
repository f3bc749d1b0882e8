import { withOwnerTransaction } from '@rapor/db';
import { definitionForYear, FRAMEWORK_DEFINITIONS, grade, schemeForYear } from '@rapor/domain';
import { readOfficialResultsFile, type NationalImportReport as Report, type OfficialFile } from '@rapor/imports';
import request from 'supertest';
import { startTestApp, type TestApp } from './support/app';
import { signInAll, type FixtureUserSpec } from './support/auth';
import { createTestDatabase, type TestDatabase } from './support/database';

// One national table of SAKIP 2023 (every kabupaten/kota of the reference data, 514), split into
// the 38 provinces' periods. Jawa Timur (35) already has its period, with two results in it.
const PEOPLE = {
  operator: { operator: true },
  reviewer35: { reviewerOf: ['35'] },
  admin3578: { regions: { '35.78': 'admin' } },
} satisfies Record<string, FixtureUserSpec>;
type Who = keyof typeof PEOPLE | 'key35' | 'anonymous';

const SOURCE = 'LHE SAKIP KemenPAN-RB 2023';
const scheme = schemeForYear(definitionForYear(FRAMEWORK_DEFINITIONS, 'SAKIP', 2023), 2023)!;

interface Region {
  code: string;
  name: string;
  province: string;
}
interface Line {
  region: string;
  value: string;
  category: string;
}

const csvOf = (lines: readonly Line[]) => ['kode_wilayah;nilai;kategori', ...lines.map((l) => `${l.region};${l.value};${l.category}`)].join('\r\n');

describe('a national table of official results', () => {
  let db: TestDatabase;
  let t: TestApp;
  const headers = {} as Record<Who, Record<string, string>>;
  let regions: Region[];
  let table: Line[];
  let period35: string;

  const upload = (who: Who, body: string | Buffer, query: Record<string, string>, filename = 'sakip-2023-nasional.csv') =>
    request(t.app.getHttpServer())
      .post('/national/official-results')
      .query(query)
      .set(headers[who])
      .field('source', SOURCE)
      .attach('file', Buffer.from(body), filename);
  const sakip = (dryRun: boolean) => ({ frameworkCode: 'SAKIP', year: '2023', dryRun: String(dryRun) });
  /** As the schema owner, seeing every row (the tables force row-level security on their owner too). */
  const asOwner = <T>(sql: string, params: unknown[] = []) =>
    withOwnerTransaction(db.ownerUrl, async (c) => {
      await c.query(`select set_config('app.role', 'operator', true)`);
      return (await c.query(sql, params)).rows as T[];
    });
  /** Rows an import could write, counted. */
  const counts = () =>
    asOwner<{ values: number; periods: number; submissions: number; results: number; changed: string }>(
      `select (select count(*)::int from assessment_value) as values, (select count(*)::int from assessment_period) as periods,
        (select count(*)::int from region_submission) as submissions, (select count(*)::int from region_result) as results,
        (select coalesce(max(updated_at)::text, '') from assessment_value) as changed`).then((rows) => rows[0]);
  const provinceOf = (report: Report, code: string) => report.provinces.find((p) => p.provinceCode === code)!;
  const regionsIn = (province: string) => regions.filter((r) => r.province === province).length;

  beforeAll(async () => {
    db = await createTestDatabase();
    t = await startTestApp(db);
    Object.assign(headers, { anonymous: {} }, (await signInAll(db, t, PEOPLE)).headers);
    const key = await t.gql<{ createApiKey: { secret: string } }>(`mutation { createApiKey(input: { name: "BI", provinceCode: "35" }) { secret } }`, {}, headers.reviewer35);
    headers.key35 = { 'x-api-key': key.data!.createApiKey.secret };
    regions = await asOwner<Region>(`select id as code, name, province_id as province from region order by id`);
    // Values 30.5..99.5 and the category the band table gives them; two published categories disagree.
    table = regions.map((r, i) => {
      const value = 30.5 + (i % 70);
      return { region: r.code, value: String(value), category: grade(value, scheme)!.code };
    });
    table[3].category = 'AA';
    table[400].category = 'D';
    const open = await t.gql<{ openPeriod: { id: string } }>(`mutation { openPeriod(input: { provinceCode: "35", frameworkCode: "SAKIP", year: 2023 }) { id } }`, {}, headers.reviewer35);
    period35 = open.data!.openPeriod.id;
    // Surabaya as the national table has it (unchanged), Sampang with another value (changed).
    const line = (code: string) => table.find((l) => l.region === code)!;
    const province = `kode;nilai;kategori;sumber\n35.78;${line('35.78').value};${line('35.78').category};${SOURCE}\n35.27;12;D;${SOURCE}\n`;
    const res = await request(t.app.getHttpServer())
      .post(`/periods/${period35}/official-results`)
      .set(headers.reviewer35)
      .field('dryRun', 'false')
      .attach('file', Buffer.from(province), 'jatim.csv');
    expect(res.body).toMatchObject({ written: true, changed: 2 });
  }, 60000);

  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  it('has the whole country in the reference data', () => {
    expect(regions).toHaveLength(514);
    expect(new Set(regions.map((r) => r.province)).size).toBe(38);
  });

  it('dry-runs by default: per province what would change and which periods would open, nothing written', async () => {
    const before = await counts();
    const res = await upload('operator', csvOf(table), { frameworkCode: 'SAKIP', year: '2023' });
    expect(res.status).toBe(200);
    const report = res.body as Report;
    expect(report).toMatchObject({
      frameworkCode: 'SAKIP',
      year: 2023,
      frameworkVersion: '2021',
      dryRun: true,
      valid: true,
      written: false,
      changed: 0,
      realRun: { allowed: true },
      summary: { rows: 514, ok: 514, failed: 0, new: 512, changed: 1, unchanged: 1, categoryMismatches: 2, provinces: 38, periodsToOpen: 37 },
    });
    expect(report.message).toMatch(/512 new, 1 changed, 1 unchanged in 38 provinces \(37 periods to open\).*dry run/);
    expect(report.provinces.map((p) => p.provinceCode)).toEqual([...new Set(regions.map((r) => r.province))]);
    for (const p of report.provinces) {
      const n = regionsIn(p.provinceCode);
      if (p.provinceCode === '35') {
        expect(p).toMatchObject({ periodId: period35, periodState: 'open', opensPeriod: false, rows: n, new: n - 2, changed: 1, unchanged: 1, failed: 0 });
      } else expect(p).toMatchObject({ periodId: null, periodState: null, opensPeriod: true, rows: n, new: n, changed: 0, unchanged: 0, failed: 0, blocked: null });
    }
    expect(provinceOf(report, '11').provinceName).toBe('Aceh');
    const mismatched = report.rows.filter((r) => r.categoryMismatch);
    expect(mismatched.map((r) => [r.line, r.regionCode, r.publishedCategory, r.computedCategory])).toEqual([
      [5, regions[3].code, 'AA', grade(Number(table[3].value), scheme)!.code],
      [402, regions[400].code, 'D', grade(Number(table[400].value), scheme)!.code],
    ]);
    expect(provinceOf(report, regions[3].province).categoryMismatches).toBe(1);
    expect(report.rows.find((r) => r.regionCode === '35.27')).toMatchObject({ provinceCode: '35', status: 'changed', value: Number(table.find((l) => l.region === '35.27')!.value) });
    expect(report.rows.find((r) => r.regionCode === '35.78')).toMatchObject({ provinceCode: '35', status: 'unchanged' });
    expect(await counts()).toEqual(before);
  });

  it('reports an unknown region, a wrong category and a duplicate row by line, and writes nothing even when asked to', async () => {
    const bad = [...table, { region: '35.99', value: '70', category: 'BB' }, { region: table[10].region, value: '71', category: 'BB' }];
    bad[20] = { ...bad[20], category: 'Z' };
    const before = await counts();
    for (const dryRun of [true, false]) {
      const res = await upload('operator', csvOf(bad), sakip(dryRun));
      expect(res.status).toBe(200);
      const report = res.body as Report;
      expect(report).toMatchObject({ dryRun, valid: false, written: false, changed: 0, summary: { rows: 516, ok: 513, failed: 3 } });
      expect(report.message).toMatch(/^3 of 516 rows have problems: nothing was written/);
      const failing = report.rows.filter((r) => r.errors.length > 0).map((r) => [r.line, r.provinceCode, r.status, r.errors.map((e) => `${e.column}:${e.code}`)]);
      expect(failing).toEqual([
        [22, regions[20].province, 'error', ['category:UNKNOWN_CATEGORY']],
        [516, null, 'error', ['region:UNKNOWN_REGION']],
        [517, regions[10].province, 'error', ['region:DUPLICATE_ROW']],
      ]);
      expect(report.rows[514].errors[0].message).toBe('No kabupaten/kota "35.99" in Indonesia');
      expect(report.rows[515].errors[0].message).toMatch(/already appears on line 12/);
      // Both the wrong category and the duplicate are in Aceh.
      expect([regions[10].province, regions[20].province]).toEqual(['11', '11']);
      expect(provinceOf(report, '11')).toMatchObject({ rows: regionsIn('11') + 1, failed: 2 });
    }
    expect(await counts()).toEqual(before);
  });

  it('finds a region by its name where the code is missing, nationally, and suggests close names', async () => {
    const res = await upload('operator', 'wilayah;nilai\nKota Pangkal Pinang;61\nKota Pangkal Pinnang;62\n', sakip(true));
    const report = res.body as Report;
    expect(report.rows[0]).toMatchObject({ regionCode: '19.71', provinceCode: '19', status: 'new' });
    expect(report.rows[1].errors[0]).toMatchObject({ code: 'UNKNOWN_REGION', suggestions: expect.arrayContaining(['Kota Pangkal Pinang']) });
  });

  it.each([
    ['a reviewer', 'reviewer35', 403, 'FORBIDDEN'],
    ['a region team', 'admin3578', 403, 'FORBIDDEN'],
    ['an API key', 'key35', 403, 'FORBIDDEN'],
    ['an anonymous caller', 'anonymous', 401, 'UNAUTHENTICATED'],
  ] as const)('refuses %s, for the upload and the download, and writes nothing', async (_label, who, status, code) => {
    const before = await counts();
    const res = await upload(who, csvOf(table), sakip(false));
    expect(res.status).toBe(status);
    expect(res.body.code).toBe(code);
    const download = await request(t.app.getHttpServer()).get('/national/official-results.csv').query({ frameworkCode: 'SAKIP', year: '2023' }).set(headers[who]);
    expect([download.status, download.body.code]).toEqual([status, code]);
    expect(await counts()).toEqual(before);
  });

  it('answers bad queries and files with a stable code and the field', async () => {
    const cases: [Record<string, string>, string, number, string, string[] | undefined][] = [
      [{ year: '2023' }, csvOf(table), 400, 'BAD_USER_INPUT', ['frameworkCode']],
      [{ frameworkCode: 'SAKIP', year: 'dua ribu' }, csvOf(table), 400, 'BAD_USER_INPUT', ['year']],
      [{ frameworkCode: 'SAKIP', year: '2023', dryRun: 'mungkin' }, csvOf(table), 400, 'BAD_USER_INPUT', ['dryRun']],
      [{ frameworkCode: 'NOPE', year: '2023' }, csvOf(table), 400, 'BAD_USER_INPUT', ['frameworkCode', 'year']],
      [sakip(false), csvOf([...table, ...table]), 413, 'TOO_MANY_ROWS', undefined],
    ];
    const before = await counts();
    for (const [query, body, status, code, fields] of cases) {
      const res = await upload('operator', body, query);
      expect([res.status, res.body.code]).toEqual([status, code]);
      if (fields) expect(res.body.fields).toEqual(fields);
    }
    expect(await counts()).toEqual(before);
  });

  it('imports all or nothing: opens the 37 missing periods with the version of the year, writes every row', async () => {
    const before = await counts();
    t.queries.reset();
    const res = await upload('operator', csvOf(table), sakip(false));
    expect(res.status).toBe(200);
    // A constant number of statements, whatever the provinces (38) and rows (514): the caller, 5 reads to plan, then
    // one each to open the periods, upsert the values, create and settle the submissions (with the values read back),
    // read the definition, and replace the provisional results (delete, insert).
    expect(t.queries.dataStatements).toHaveLength(14);
    expect(res.body).toMatchObject({ dryRun: false, valid: true, written: true, changed: 513, summary: { new: 512, changed: 1, unchanged: 1 } });
    const after = await counts();
    expect(after.periods - before.periods).toBe(37);
    expect(after.values - before.values).toBe(512);
    const periods = await asOwner<{ province_id: string }>(`select p.province_id, p.state, f.version, (select count(*)::int from assessment_value v where v.period_id = p.id and v.state = 'verified' and v.source_note = $1) as n
        from assessment_period p join framework_version f on f.id = p.framework_version_id where f.code = 'SAKIP' and p.year = 2023 order by 1`, [SOURCE]);
    expect(periods).toHaveLength(38);
    for (const p of periods) expect(p).toEqual({ province_id: p.province_id, state: 'open', version: '2021', n: regionsIn(p.province_id) });
    // Every region of every province, settled in the one pass: its submission verified, its provisional result the table's.
    const settled = await asOwner<{ region: string }>(
      `select s.region_id as region, s.state, r.value::float8 as value, r.published_category as category
       from region_submission s join assessment_period p on p.id = s.period_id join framework_version f on f.id = p.framework_version_id
       left join region_result r on r.period_id = s.period_id and r.region_id = s.region_id and r.node_code = '*'
       where f.code = 'SAKIP' and p.year = 2023 order by s.region_id`,
    );
    expect(settled).toEqual(table.map((l) => ({ region: l.region, state: 'verified', value: Number(l.value), category: l.category })));
  });

  it('changes nothing when the same table is uploaded again, or its own download', async () => {
    const before = await counts();
    const again = await upload('operator', csvOf(table), sakip(false));
    expect(again.body).toMatchObject({ written: true, changed: 0, summary: { new: 0, changed: 0, unchanged: 514 } });
    expect(again.body.message).toMatch(/already imported: nothing changed/);
    const download = await request(t.app.getHttpServer())
      .get('/national/official-results.xlsx')
      .query({ frameworkCode: 'SAKIP', year: '2023' })
      .set(headers.operator)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(download.status).toBe(200);
    expect(download.headers['content-disposition']).toBe('attachment; filename="official-results-SAKIP-2023-national.xlsx"');
    const file = (await readOfficialResultsFile({ bytes: download.body, filename: 'x.xlsx' })) as OfficialFile;
    expect(file.rows).toHaveLength(514);
    expect(file.rows.find((r) => r.region === '35.27')).toMatchObject({ value: table.find((l) => l.region === '35.27')!.value, source: SOURCE });
    const back = await upload('operator', download.body, sakip(false), 'nasional.xlsx');
    expect(back.body).toMatchObject({ written: true, changed: 0, summary: { rows: 514, unchanged: 514 } });
    expect(await counts()).toEqual(before);
  });

  it('refuses a real run that would change a published province, writing nothing; unchanged rows pass', async () => {
    const [{ id: aceh }] = await asOwner<{ id: string }>(
      `select p.id from assessment_period p join framework_version f on f.id = p.framework_version_id where f.code = 'SAKIP' and p.year = 2023 and p.province_id = '11'`,
    );
    for (const m of ['closePeriodEntry', 'publishPeriod']) {
      const res = await t.gql(`mutation($p: ID!) { ${m}(periodId: $p) { state } }`, { p: aceh }, headers.operator);
      expect(res.errors).toBeUndefined();
    }
    const changed = table.map((l) => (l.region === '11.01' ? { ...l, value: '31' } : l));
    const before = await counts();
    const dry = await upload('operator', csvOf(changed), sakip(true));
    expect(dry.body).toMatchObject({ valid: true, realRun: { allowed: false, code: 'PERIOD_ALREADY_PUBLISHED' }, summary: { changed: 1, unchanged: 513 } });
    expect(provinceOf(dry.body, '11')).toMatchObject({ periodState: 'published', changed: 1, blocked: 'PERIOD_ALREADY_PUBLISHED' });
    const real = await upload('operator', csvOf(changed.map((l) => (l.region === '35.78' ? { ...l, value: '99' } : l))), sakip(false));
    expect([real.status, real.body.code]).toEqual([400, 'PERIOD_ALREADY_PUBLISHED']);
    expect(real.body.message).toMatch(/Aceh.*amend/);
    expect(await counts()).toEqual(before);
    const same = await upload('operator', csvOf(table), sakip(false));
    expect(same.body).toMatchObject({ written: true, changed: 0 });
  });
});
