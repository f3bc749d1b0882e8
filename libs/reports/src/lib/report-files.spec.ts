import { parse } from 'csv-parse/sync';
import { Workbook } from 'exceljs';
import { reportCsv, reportXlsx } from './report-files';
import { withDemoLabel } from './report-table';

const table = {
  listPath: ['rows'],
  columns: ['region', 'value', 'ok', 'note'],
  rows: [
    ['Kota Surabaya, Jawa Timur', 81.75, true, '=HYPERLINK("http://x")'],
    ['Kabupaten "Sampang"', null, false, '-1'],
  ],
  demoData: [],
};

describe('report files', () => {
  it('writes CSV with a BOM and a header, quoting what needs it and defusing formulas', () => {
    const csv = reportCsv(table);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(parse(csv, { bom: true })).toEqual([
      ['region', 'value', 'ok', 'note'],
      ['Kota Surabaya, Jawa Timur', '81.75', 'true', `'=HYPERLINK("http://x")`],
      ['Kabupaten "Sampang"', '', 'false', "'-1"],
    ]);
  });

  it('writes XLSX with typed cells and a safe sheet name', async () => {
    const workbook = new Workbook();
    await workbook.xlsx.load((await reportXlsx(table, 'Ranking: 2023/2024 [SAKIP] and a very long name')) as never);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('Ranking  2023 2024  SAKIP  and');
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push(table.columns.map((_, i) => row.getCell(i + 1).value ?? null)));
    expect(rows).toEqual([table.columns, ...table.rows]);
  });

  it('says so on every row, in the sheet name and the title when built from demo data', async () => {
    const demo = withDemoLabel(table, ['SAKIP 2024, province 35']);
    const note = 'GENERATED DEMO DATA, not real evaluation results (SAKIP 2024, province 35)';
    expect(parse(reportCsv(demo), { bom: true }).map((row: string[]) => row[4])).toEqual(['demoData', note, note]);
    const workbook = new Workbook();
    await workbook.xlsx.load((await reportXlsx(demo, 'Ranking')) as never);
    expect(workbook.worksheets[0].name).toBe('DEMO Ranking');
    expect(workbook.title).toBe(note);
    expect(workbook.worksheets[0].getRow(2).getCell(5).value).toBe(note);
  });

  it('leaves a table of real data as it is', async () => {
    expect(withDemoLabel(table, [])).toBe(table);
    const workbook = new Workbook();
    await workbook.xlsx.load((await reportXlsx(table, 'Ranking')) as never);
    expect(workbook.worksheets[0].name).toBe('Ranking');
  });
});
