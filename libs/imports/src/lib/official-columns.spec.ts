import { fromRecords, mapColumns } from './official-columns';
import { NATIONAL_FILE_LIMITS } from './official-file-problems';

describe('the columns of an official-results sheet', () => {
  it('finds each column by an alias, in any case and spacing, and lists the columns it does not read', () => {
    const mapped = mapColumns(['No', 'Kode-Wilayah', 'Kab / Kota', 'INDEKS', 'Predikat', 'Source', 'Catatan']);
    expect(mapped).toMatchObject({
      ok: true,
      indexes: { regionCode: 1, regionName: 2, value: 3, category: 4, source: 5 },
      columns: { regionCode: 'Kode-Wilayah', regionName: 'Kab / Kota', value: 'INDEKS', category: 'Predikat', source: 'Source', ignored: ['No', 'Catatan'] },
    });
  });

  it.each([
    [['kode', 'kode_wilayah', 'nilai'], 'AMBIGUOUS_COLUMNS', { column: 'regionCode', found: ['kode', 'kode_wilayah'] }],
    [['nilai', 'sumber'], 'MISSING_COLUMNS', { missing: ['region'], found: ['nilai', 'sumber'] }],
    [['wilayah', 'sumber', ''], 'MISSING_COLUMNS', { missing: ['value', 'category'], found: ['wilayah', 'sumber'] }],
  ])('%j: %s', (header, code, details) => {
    expect(mapColumns(header)).toMatchObject({ ok: false, status: 400, code, details });
  });
});

describe('rows from the records of a sheet', () => {
  const record = (line: number, ...cells: string[]) => ({ line, cells });

  it('skips title lines above the header, reads codes back from spreadsheet numbers and restores defused text', () => {
    const file = fromRecords(
      [record(1, 'Hasil Evaluasi 2023'), record(3, 'kode', 'nilai', 'sumber'), record(4, '19,1', '61', "'=LHE"), record(5, '', '', '')],
      'csv',
      NATIONAL_FILE_LIMITS,
    );
    expect(file).toMatchObject({ ok: true, rows: [{ line: 4, region: '19.10', value: '61', category: null, source: '=LHE' }] });
  });

  it('refuses more data rows than the limits allow, naming why they are what they are', () => {
    const rows = Array.from({ length: NATIONAL_FILE_LIMITS.maxRows + 1 }, (_, i) => record(i + 2, '19.71', '61'));
    const result = fromRecords([record(1, 'kode', 'nilai'), ...rows], 'csv', NATIONAL_FILE_LIMITS);
    expect(result).toMatchObject({ ok: false, status: 413, code: 'TOO_MANY_ROWS', details: { maxRows: 1000, rows: 1001 } });
    expect(!result.ok && result.message).toMatch(/at most 1,000 \(Indonesia has 514 kabupaten\/kota\)/);
  });
});
