import { parse } from 'csv-parse/sync';
import { Workbook } from 'exceljs';
import request from 'supertest';
import { startReportsWorld, type Caller, type KeyName, type ReportsWorld } from './reports.fixtures';
import { DEMO_SETUP_TIMEOUT } from './support/database';

const SAVE = `mutation($input: SaveReportInput!) {
  saveReport(input: $input) { id name description scope provinceCode regionCode document operationName variables csvPath xlsxPath createdAt updatedAt }
}`;
const LIST = `query($p: String, $r: String) { savedReports(provinceCode: $p, regionCode: $r) { id name scope } }`;
const GET = `query($id: ID!) { savedReport(id: $id) { id name scope } }`;
const RUN = `query($name: String!, $scope: String, $variables: JSON) {
  runSavedReport(name: $name, scope: $scope, variables: $variables) {
    report { id name scope }
    data
    errors { message code path }
    table { listPath columns rows demoData }
  }
}`;
const DELETE = `mutation($id: ID!) { deleteSavedReport(id: $id) }`;

const RANKING = `query Ranking($year: Int!, $first: Int!) {
  scores(first: $first, filter: { frameworks: ["SAKIP"], nodes: ["*"], yearFrom: $year, yearTo: $year, provinces: ["35"], includeDemo: true }, orderBy: [{ field: RANK }, { field: REGION }]) {
    totalCount
    edges { node { regionCode regionName kind value category rank } }
  }
}`;

interface Saved {
  id: string;
  name: string;
  scope: string;
  csvPath: string;
  xlsxPath: string;
  variables: Record<string, unknown>;
  document: string;
  operationName: string | null;
  updatedAt: string;
}
interface Run {
  report: { id: string; name: string; scope: string };
  data: Record<string, unknown> | null;
  errors: { message: string; code: string; path: string[] | null }[];
  table: { listPath: string[]; columns: string[]; rows: unknown[][]; demoData: string[] };
}
type Errors = { message: string; extensions: Record<string, unknown> }[] | undefined;
const code = (errors: Errors) => errors?.[0]?.extensions['code'] ?? 'OK';

describe('saved reports', () => {
  let w: ReportsWorld;
  const gql = <T>(who: Caller | KeyName | null, query: string, variables: Record<string, unknown> = {}) =>
    w.t.gql<T>(query, variables, who ? w.as(who) : {});
  const save = async (who: Caller, input: Record<string, unknown>): Promise<Saved> => {
    const res = await gql<{ saveReport: Saved }>(who, SAVE, { input });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.saveReport;
  };
  const run = async (who: Caller | KeyName, name: string, extra: Record<string, unknown> = {}): Promise<Run> => {
    const res = await gql<{ runSavedReport: Run }>(who, RUN, { name, ...extra });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.runSavedReport;
  };
  const download = (who: Caller | KeyName | null, path: string) =>
    request(w.t.app.getHttpServer())
      .get(path)
      .set(who ? w.as(who) : {})
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
  let ranking: Saved;
  let batu: Saved;

  beforeAll(async () => {
    w = await startReportsWorld();
    ranking = await save('reviewer35', {
      name: 'SAKIP ranking',
      description: 'Jawa Timur, SAKIP composites by rank',
      document: RANKING,
      variables: { year: 2023, first: 50 },
      provinceCode: '35',
    });
    batu = await save('viewer3579', {
      name: 'Batu by year',
      document:
        '{ aggregates(groupBy: [YEAR, FRAMEWORK], metrics: [COUNT, MEAN], filter: { regions: ["35.79"] }) { year frameworkCode count mean } }',
    });
  }, DEMO_SETUP_TIMEOUT);
  afterAll(() => w.close());

  describe('saving', () => {
    it('saves a document with its variables for a scope, and replaces it under the same name', async () => {
      expect(ranking).toMatchObject({
        name: 'SAKIP ranking',
        scope: 'province:35',
        operationName: 'Ranking',
        variables: { year: 2023, first: 50 },
        csvPath: `/reports/${ranking.id}.csv`,
        xlsxPath: `/reports/${ranking.id}.xlsx`,
      });
      expect(batu.scope).toBe('region:35.79');
      const again = await save('reviewer35', {
        name: 'sakip RANKING',
        document: RANKING,
        variables: { year: 2022, first: 50 },
        provinceCode: '35',
      });
      expect(again).toMatchObject({ id: ranking.id, name: 'sakip RANKING', variables: { year: 2022, first: 50 } });
      ranking = await save('reviewer35', {
        name: 'SAKIP ranking',
        document: RANKING,
        variables: { year: 2023, first: 50 },
        provinceCode: '35',
      });
      expect(ranking.id).toBe(again.id);
    });

    it('checks the document when it is saved: one query, valid, within the limits, with fitting variables', async () => {
      const cases: [Record<string, unknown>, string, string[]][] = [
        [{ document: '{ provinces { code ' }, 'BAD_USER_INPUT', ['document']],
        [{ document: '{ provinces { nope } }' }, 'BAD_USER_INPUT', ['document']],
        [
          { document: 'mutation { deleteSavedReport(id: "00000000-0000-0000-0000-000000000000") }' },
          'BAD_USER_INPUT',
          ['document'],
        ],
        [{ document: '{ runSavedReport(name: "SAKIP ranking") { data } }' }, 'BAD_USER_INPUT', ['document']],
        [{ document: 'query A { provinces { code } } query B { provinces { name } }' }, 'BAD_USER_INPUT', ['operationName']],
        [{ document: RANKING, variables: { year: 'last' } }, 'BAD_USER_INPUT', ['variables']],
        [{ document: RANKING }, 'BAD_USER_INPUT', ['variables']],
        [
          {
            document: `{ region(code: "35.78") { province { regions { province { regions { province { regions { province { regions { province { name } } } } } } } } } } }`,
          },
          'QUERY_TOO_DEEP',
          ['document'],
        ],
        [
          { document: `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: provinces { code }`).join(' ')} }` },
          'TOO_MANY_ALIASES',
          ['document'],
        ],
        [{ name: '' }, 'BAD_USER_INPUT', ['name']],
        [{ provinceCode: '35', regionCode: '35.78' }, 'BAD_USER_INPUT', ['provinceCode', 'regionCode']],
      ];
      for (const [input, expected, fields] of cases) {
        const res = await gql('reviewer35', SAVE, { input: { name: 'Checked', document: '{ provinces { code } }', ...input } });
        expect({ input, error: res.errors?.[0].extensions }).toEqual({
          input,
          error: expect.objectContaining({ code: expected, fields }),
        });
      }
      const deep = await gql('reviewer35', SAVE, {
        input: {
          name: 'Deep',
          document: `{ region(code: "35.78") { province { regions { province { regions { province { regions { province { regions { province { name } } } } } } } } } } }`,
        },
      });
      expect(deep.errors?.[0].extensions).toMatchObject({ limit: { name: 'maxDepth', max: 10, found: 11 } });
    });

    it('saves only within the writer’s scope; API keys never save or delete', async () => {
      const attempts: [Caller | KeyName, Record<string, unknown>, string][] = [
        ['viewer3579', { regionCode: '35.79' }, 'OK'],
        ['viewer3579', {}, 'OK'],
        ['viewer3579', { provinceCode: '35' }, 'FORBIDDEN'],
        ['viewer3579', { regionCode: '35.78' }, 'FORBIDDEN'],
        ['admin3578', { provinceCode: '35' }, 'FORBIDDEN'],
        ['reviewer35', { regionCode: '35.27' }, 'OK'],
        ['reviewer19', { provinceCode: '35' }, 'FORBIDDEN'],
        ['reviewer19', { regionCode: '35.78' }, 'FORBIDDEN'],
        ['operator', {}, 'BAD_USER_INPUT'],
        ['operator', { provinceCode: '19' }, 'OK'],
        ['key35', { provinceCode: '35' }, 'FORBIDDEN'],
        ['key3578', {}, 'FORBIDDEN'],
      ];
      for (const [who, scope, expected] of attempts) {
        const res = await gql(who, SAVE, {
          input: { name: `Scope ${who} ${JSON.stringify(scope)}`, document: '{ provinces { code } }', ...scope },
        });
        expect({ who, scope, code: code(res.errors) }).toEqual({ who, scope, code: expected });
      }
      expect(code((await gql('key35', DELETE, { id: ranking.id })).errors)).toBe('FORBIDDEN');
      expect(
        code(
          (await gql(null, SAVE, { input: { name: 'Anonymous', document: '{ provinces { code } }', provinceCode: '35' } }))
            .errors,
        ),
      ).toBe('UNAUTHENTICATED');
    });
  });

  describe('reading', () => {
    it('lists, gets and runs reports only where the caller’s scope reaches (every path, every key)', async () => {
      const province35 = await save('reviewer35', {
        name: 'Everyone in 35',
        document: '{ provinces { code } }',
        provinceCode: '35',
      });
      const paths = async (who: Caller | KeyName, report: Saved) => {
        const listed =
          (await gql<{ savedReports: { id: string }[] }>(who, LIST)).data?.savedReports.some((r) => r.id === report.id) ?? false;
        const got = code((await gql(who, GET, { id: report.id })).errors);
        const ran = code((await gql(who, RUN, { name: report.name, scope: report.scope })).errors);
        const csv = (await download(who, report.csvPath)).status;
        const xlsx = (await download(who, report.xlsxPath)).status;
        return { listed, got, ran, csv, xlsx };
      };
      const visible = { listed: true, got: 'OK', ran: 'OK', csv: 200, xlsx: 200 };
      const hidden = { listed: false, got: 'NOT_FOUND', ran: 'NOT_FOUND', csv: 404, xlsx: 404 };
      const expectations: [Caller | KeyName, Saved, typeof visible][] = [
        ['key35', province35, visible],
        ['key35', batu, visible],
        ['key3578', province35, visible],
        ['key3578', batu, hidden],
        ['key19', province35, hidden],
        ['key19', batu, hidden],
        ['viewer3579', batu, visible],
        ['admin3578', batu, hidden],
        ['reviewer35', batu, visible],
        ['reviewer19', province35, hidden],
        ['operator', batu, visible],
      ];
      for (const [who, report, expected] of expectations) {
        expect({ who, report: report.name, ...(await paths(who, report)) }).toEqual({ who, report: report.name, ...expected });
      }
      const anonymous = await download(null, province35.csvPath);
      expect(anonymous.status).toBe(401);
      expect(code((await gql(null, LIST)).errors)).toBe('UNAUTHENTICATED');
    });

    it('runs a report by name with saved variables, overridable, as a table', async () => {
      const saved = await run('key35', 'sakip ranking');
      expect(saved.errors).toEqual([]);
      expect(saved.report).toMatchObject({ id: ranking.id, scope: 'province:35' });
      expect(saved.table.listPath).toEqual(['scores', 'edges']);
      // Jawa Timur's results are the generated demo dataset: the table says so on every row.
      expect(saved.table.columns).toEqual(['regionCode', 'regionName', 'kind', 'value', 'category', 'rank', 'demoData']);
      expect(saved.table.demoData).toEqual(['SAKIP 2023, province 35']);
      expect(saved.table.rows).toHaveLength(38);
      const note = 'GENERATED DEMO DATA, not real evaluation results (SAKIP 2023, province 35)';
      expect(saved.table.rows[0]).toEqual(['35.78', 'Kota Surabaya', 'KOTA', expect.any(Number), expect.any(String), 1, note]);
      expect(saved.table.rows.every((row) => row[6] === note)).toBe(true);
      const direct = await gql<{ scores: { edges: { node: Record<string, unknown> }[] } }>('key35', RANKING, {
        year: 2023,
        first: 50,
      });
      expect(saved.data).toEqual(direct.data);
      const earlier = await run('key35', 'SAKIP ranking', { variables: { year: 2022 } });
      expect(earlier.table.rows.length).toBe(38);
      expect(earlier.table.rows).not.toEqual(saved.table.rows);
      const failing = await run('key35', 'SAKIP ranking', { variables: { first: 501 } });
      expect(failing.errors).toEqual([expect.objectContaining({ code: 'PAGE_TOO_LARGE', path: ['scores'] })]);
      expect(failing.table).toEqual({ listPath: [], columns: [], rows: [], demoData: [] });
    });

    it('prefers the caller’s own scope when several reports share a name', async () => {
      const province = await save('reviewer35', { name: 'Top', document: '{ provinces { code } }', provinceCode: '35' });
      const region = await save('admin3578', { name: 'Top', document: '{ region(code: "35.78") { name } }' });
      expect((await run('admin3578', 'Top')).report.id).toBe(region.id);
      expect((await run('key3578', 'Top')).report.id).toBe(region.id);
      expect((await run('reviewer35', 'Top')).report.id).toBe(province.id);
      expect((await run('key35', 'Top')).report.id).toBe(province.id);
      expect((await run('viewer3579', 'Top')).report.id).toBe(province.id);
      const ambiguous = await gql('operator', RUN, { name: 'Top' });
      expect(ambiguous.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['scope'] });
      expect((await run('operator', 'Top', { scope: 'region:35.78' })).report.id).toBe(region.id);
    });
  });

  describe('exports', () => {
    it('round-trips a report to CSV and XLSX: the files hold exactly the report’s table', async () => {
      const { table } = await run('key35', 'SAKIP ranking');
      const csv = await download('key35', ranking.csvPath);
      expect(csv.status).toBe(200);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(csv.headers['content-disposition']).toBe('attachment; filename="DEMO-SAKIP-ranking.csv"');
      expect(csv.headers['x-rapor-demo-data']).toBe('SAKIP 2023, province 35');
      const records: string[][] = parse(csv.body as Buffer, { bom: true });
      expect(records[0]).toEqual(table.columns);
      expect(records.slice(1)).toEqual(table.rows.map((row) => row.map((v) => (v === null ? '' : String(v)))));

      const xlsx = await download('key3578', ranking.xlsxPath);
      expect(xlsx.status).toBe(200);
      expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const workbook = new Workbook();
      await workbook.xlsx.load(xlsx.body as never);
      const sheet = workbook.worksheets[0];
      expect(sheet.name).toBe('DEMO SAKIP ranking');
      expect(workbook.title).toMatch(/^GENERATED DEMO DATA/);
      const cells: unknown[][] = [];
      sheet.eachRow({ includeEmpty: true }, (row) => cells.push(table.columns.map((_, i) => row.getCell(i + 1).value ?? null)));
      expect(cells[0]).toEqual(table.columns);
      expect(cells.slice(1)).toEqual(table.rows);
      expect(cells.slice(1).every((row) => typeof row[3] === 'number' && typeof row[5] === 'number')).toBe(true);
    });

    it('exports an aggregate report, and reports a failing one with its error', async () => {
      const csv = await download('viewer3579', batu.csvPath);
      const records: string[][] = parse(csv.body as Buffer, { bom: true });
      expect(records[0]).toEqual(['year', 'frameworkCode', 'count', 'mean', 'demoData']);
      expect(records.length).toBeGreaterThan(3);
      expect(records.slice(1).every((r) => r[4].startsWith('GENERATED DEMO DATA'))).toBe(true);
      const failing = await save('reviewer35', {
        name: 'Broken',
        document: '{ compare(regions: ["35.99"], framework: "SAKIP", years: [2023]) { years } }',
        provinceCode: '35',
      });
      const res = await download('key35', failing.csvPath);
      expect(res.status).toBe(404);
      expect(JSON.parse((res.body as Buffer).toString('utf8'))).toMatchObject({
        code: 'NOT_FOUND',
        message: expect.stringContaining('35.99'),
      });
      expect((await download('key35', '/reports/not-a-uuid.csv')).status).toBe(400);
      expect((await download('key35', '/reports/00000000-0000-4000-8000-000000000000.xlsx')).status).toBe(404);
    });
  });

  it('exports a report over real data without any demo label', async () => {
    const real = await save('reviewer19', {
      name: 'Babel SAKIP',
      document: '{ scores(first: 50, filter: { frameworks: ["SAKIP"], nodes: ["*"], provinces: ["19"] }) { edges { node { regionCode value demo } } } }',
      provinceCode: '19',
    });
    const csv = await download('reviewer19', real.csvPath);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="Babel-SAKIP.csv"');
    expect(csv.headers['x-rapor-demo-data']).toBeUndefined();
    const records: string[][] = parse(csv.body as Buffer, { bom: true });
    expect(records).toEqual([
      ['regionCode', 'value', 'demo'],
      ['19.01', '64.25', 'false'],
      ['19.04', '58', 'false'],
      ['19.71', '71.5', 'false'],
    ]);
  });

  it('deletes a report: its writers only', async () => {
    const doomed = await save('viewer3579', { name: 'Doomed', document: '{ provinces { code } }' });
    expect(code((await gql('admin3578', DELETE, { id: doomed.id })).errors)).toBe('NOT_FOUND');
    expect(code((await gql('reviewer19', DELETE, { id: doomed.id })).errors)).toBe('NOT_FOUND');
    const res = await gql<{ deleteSavedReport: string }>('viewer3579', DELETE, { id: doomed.id });
    expect(res.data?.deleteSavedReport).toBe(doomed.id);
    expect(code((await gql('viewer3579', GET, { id: doomed.id })).errors)).toBe('NOT_FOUND');
    const province = await save('reviewer35', { name: 'Reviewers only', document: '{ provinces { code } }', provinceCode: '35' });
    expect(code((await gql('viewer3579', DELETE, { id: province.id })).errors)).toBe('FORBIDDEN');
  });
});
