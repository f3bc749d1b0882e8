import { Workbook } from 'exceljs';
import { officialResultsCsv, officialResultsXlsx, type OfficialExportRow } from './official-results-export';
import { OFFICIAL_FILE_LIMITS, readOfficialResultsFile, type OfficialFile, type OfficialFileError } from './official-results-file';

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const read = (bytes: Uint8Array, filename = 'hasil.csv', limits = OFFICIAL_FILE_LIMITS) => readOfficialResultsFile({ bytes, filename, mimetype: 'text/csv' }, limits);

async function rowsOf(bytes: Uint8Array, filename?: string): Promise<OfficialFile> {
  const result = await read(bytes, filename);
  if (!result.ok) throw new Error(`expected rows, got ${result.code}: ${result.message}`);
  return result;
}

async function problemOf(bytes: Uint8Array, filename?: string, limits?: typeof OFFICIAL_FILE_LIMITS): Promise<OfficialFileError> {
  const result = await read(bytes, filename, limits);
  if (result.ok) throw new Error('expected a file-level problem');
  return result;
}

/** A workbook whose first worksheet has `rows`; a second one, if asked for, holds other data that must not be read. */
async function xlsx(rows: unknown[][], options: { secondSheet?: boolean } = {}): Promise<Buffer> {
  const workbook = new Workbook();
  const first = workbook.addWorksheet('Hasil');
  for (const row of rows) first.addRow(row);
  if (options.secondSheet) workbook.addWorksheet('Catatan').addRows([['kode', 'nilai'], ['19.02', 99]]);
  return Buffer.from((await workbook.xlsx.writeBuffer()) as unknown as ArrayBuffer);
}

/** A ZIP with stored entries (enough for the directory check; the content is never unpacked). */
function zipOf(names: string[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const name of names) {
    const n = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n);
    centrals.push(central, n);
    offset += 30 + n.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(names.length, 8);
  end.writeUInt16LE(names.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const simple = (file: OfficialFile) => file.rows.map((r) => [r.line, r.region, r.value, r.category, r.source]);

describe('reading an official-results CSV', () => {
  it('reads a comma-separated UTF-8 file with a byte-order mark, by header', async () => {
    const file = await rowsOf(utf8('\uFEFFkode,nilai,kategori,sumber\n19.71,59.32,B,LHE 2023\n19.04,67.10,BB,\n'));
    expect(file.format).toBe('csv');
    expect(file.columns).toEqual({ regionCode: 'kode', regionName: null, value: 'nilai', category: 'kategori', source: 'sumber', ignored: [] });
    expect(simple(file)).toEqual([
      [2, '19.71', '59.32', 'B', 'LHE 2023'],
      [3, '19.04', '67.10', 'BB', null],
    ]);
  });

  it('reads what Indonesian Excel saves: ";" separators, decimal commas, CRLF, Indonesian headers in any case', async () => {
    const file = await rowsOf(utf8('Kode Wilayah;Kabupaten/Kota;NILAI;Predikat;Sumber;Catatan\r\n19.71;Kota Pangkal Pinang;59,32;B;LHE KemenPAN-RB;-\r\n'));
    expect(file.columns).toEqual({ regionCode: 'Kode Wilayah', regionName: 'Kabupaten/Kota', value: 'NILAI', category: 'Predikat', source: 'Sumber', ignored: ['Catatan'] });
    expect(simple(file)).toEqual([[2, '19.71', '59,32', 'B', 'LHE KemenPAN-RB']]);
  });

  it.each([
    ['tabs', 'wilayah\tindeks\nKota Pangkal Pinang\t70.1\n'],
    ['an Excel "sep=" line', 'sep=;\nwilayah;indeks\nKota Pangkal Pinang;70,1\n'],
    ['quoted cells with the separator inside', 'wilayah,indeks\n"Kota Pangkal Pinang","70,1"\n'],
  ])('reads %s', async (_label, text) => {
    const file = await rowsOf(utf8(text));
    expect(file.rows.map((r) => [r.region, r.value])).toEqual([['Kota Pangkal Pinang', expect.stringMatching(/^70[.,]1$/)]]);
    expect(file.rows[0].line).toBe(text.startsWith('sep=') ? 3 : 2);
  });

  it('takes a region name column when there is no code column, and English headers', async () => {
    const file = await rowsOf(utf8('Region,Value,Category,Source\nKabupaten Bangka,61.5,B,x\n'));
    expect(file.columns).toMatchObject({ regionCode: null, regionName: 'Region', value: 'Value', category: 'Category', source: 'Source' });
    expect(file.rows[0].region).toBe('Kabupaten Bangka');
  });

  it('reads the region by its code, and by its name where the code cell is empty', async () => {
    const file = await rowsOf(utf8('nama,kode,nilai\nKota Pangkal Pinang,19.71,1\nKabupaten Bangka,,2\n,,3\n'));
    expect(file.columns).toMatchObject({ regionCode: 'kode', regionName: 'nama', ignored: [] });
    expect(file.rows.map((r) => r.region)).toEqual(['19.71', 'Kabupaten Bangka', null]);
  });

  it('accepts a category column alone, and a value column alone', async () => {
    expect((await rowsOf(utf8('kode;kategori\n19.71;BB\n'))).rows[0]).toEqual({ line: 2, region: '19.71', value: null, category: 'BB', source: null });
    expect((await rowsOf(utf8('kode;nilai\n19.71;80\n'))).rows[0]).toEqual({ line: 2, region: '19.71', value: '80', category: null, source: null });
  });

  it('counts lines as the file has them: title lines, blank lines, empty rows and a cell over two lines', async () => {
    const text = 'Hasil Evaluasi RB 2023\n\nkode;nilai;sumber\n19.71;59,32;"LHE\nhalaman 2"\n\n;;\n19.04;67,1;x\n';
    expect(simple(await rowsOf(utf8(text)))).toEqual([
      [4, '19.71', '59,32', null, 'LHE\nhalaman 2'],
      [8, '19.04', '67,1', null, 'x'],
    ]);
  });

  it('writes back codes that a spreadsheet turned into numbers', async () => {
    const file = await rowsOf(utf8('kode;nilai\n19.1;1\n19,71;2\n19.04;3\n'));
    expect(file.rows.map((r) => r.region)).toEqual(['19.10', '19.71', '19.04']);
  });

  it('keeps text in numeric columns as text (the import reports it row by row)', async () => {
    expect((await rowsOf(utf8('kode,nilai\n19.71,lima puluh\n'))).rows[0].value).toBe('lima puluh');
  });

  it('reports a missing region column, naming the columns found', async () => {
    const problem = await problemOf(utf8('nama daerah,nilai\nKota Pangkal Pinang,70\n'));
    expect(problem).toMatchObject({ status: 400, code: 'MISSING_COLUMNS', details: { missing: ['region'], found: ['nama daerah', 'nilai'] } });
    expect(problem.message).toMatch(/region \(kode, kode_wilayah.*\).*"nama daerah", "nilai"/);
  });

  it('reports a file without a value or a category column', async () => {
    const problem = await problemOf(utf8('kode;skor;sumber\n19.71;70;x\n'));
    expect(problem).toMatchObject({ code: 'MISSING_COLUMNS', details: { missing: ['value', 'category'], found: ['kode', 'skor', 'sumber'] } });
    expect(problem.message).toMatch(/value or category \(nilai, value, indeks, kategori, predikat, category\)/);
  });

  it('reports a file without a header as missing columns', async () => {
    expect((await problemOf(utf8('19.71,70,B\n19.04,71,B\n'))).details).toEqual({ missing: ['region', 'value', 'category'], found: ['19.71', '70', 'B'] });
  });

  it('reports two columns for one thing', async () => {
    const problem = await problemOf(utf8('kode,nilai,indeks\n19.71,1,2\n'));
    expect(problem).toMatchObject({ status: 400, code: 'AMBIGUOUS_COLUMNS', details: { column: 'value', found: ['nilai', 'indeks'] } });
  });

  it.each([
    ['an empty file', ''],
    ['blank lines only', '\r\n \n'],
    ['a byte-order mark only', '\uFEFF'],
    ['a header without rows', 'kode;nilai\n;\n'],
  ])('reports %s as empty', async (_label, text) => {
    expect(await problemOf(utf8(text))).toMatchObject({ status: 400, code: 'EMPTY_FILE' });
  });

  it('reports a Windows-1252 file as the wrong encoding, with the line', async () => {
    const bytes = Buffer.concat([utf8('kode;nilai;sumber\n19.71;70;LHE\n19.04;71;Laporan Evaluasi Kemenpan '), Buffer.from([0xe9]), utf8('\n')]);
    const problem = await problemOf(bytes);
    expect(problem).toMatchObject({ status: 400, code: 'WRONG_ENCODING', details: { encoding: 'windows-1252', line: 3 } });
    expect(problem.message).toMatch(/not UTF-8.*Windows-1252.*Line 3 has the byte 0xE9 \("é"/);
  });

  it.each([
    ['with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('kode\tnilai\n19.71\t70\n', 'utf16le')]), 'utf-16le'],
    ['without a byte-order mark', Buffer.from('kode\tnilai\n19.71\t70\n', 'utf16le'), 'utf-16le'],
    ['big-endian', Buffer.from(Buffer.from('\uFEFFkode;nilai\n', 'utf16le')).swap16(), 'utf-16be'],
  ])('reports a UTF-16 file %s as the wrong encoding', async (_label, bytes, encoding) => {
    const problem = await problemOf(bytes);
    expect(problem).toMatchObject({ status: 400, code: 'WRONG_ENCODING', details: { encoding } });
    expect(problem.message).toMatch(/UTF-16.*CSV UTF-8/);
  });

  it('reports an unclosed quote with its line', async () => {
    expect(await problemOf(utf8('kode,nilai,sumber\n19.71,70,"LHE\n19.04,71,x\n'))).toMatchObject({ status: 400, code: 'MALFORMED_FILE', details: { line: expect.any(Number) } });
  });

  it('reports 100,000 rows without reading them all', async () => {
    const text = 'kode;nilai;sumber\n' + '19.71;70,5;LHE\n'.repeat(100_000);
    const started = Date.now();
    const problem = await problemOf(utf8(text));
    expect(problem).toMatchObject({ status: 413, code: 'TOO_MANY_ROWS', details: { maxRows: 5000, rows: 100_000 } });
    expect(problem.message).toMatch(/100,000 rows.*at most 5,000/);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('takes exactly the row limit', async () => {
    const file = await rowsOf(utf8('kode;nilai\n' + '19.71;70\n'.repeat(5000)));
    expect(file.rows).toHaveLength(5000);
    expect(file.rows[4999].line).toBe(5001);
  });

  it('reports a file over the size limit', async () => {
    const problem = await problemOf(utf8('kode;nilai\n' + '19.71;70\n'.repeat(100)), 'x.csv', { ...OFFICIAL_FILE_LIMITS, maxBytes: 500 });
    expect(problem).toMatchObject({ status: 413, code: 'FILE_TOO_LARGE', details: { maxBytes: 500 } });
  });
});

describe('telling what a file is', () => {
  it.each([
    ['a PDF', utf8('%PDF-1.7\n...'), 'laporan.pdf', /PDF file/],
    ['an Excel 97–2003 workbook', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'hasil.xls', /\.xls.*save it as \.xlsx/],
    ['a Word document', zipOf(['[Content_Types].xml', 'word/document.xml']), 'hasil.docx', /Word document, not an Excel workbook/],
    ['an OpenDocument spreadsheet', zipOf(['mimetype', 'content.xml']), 'hasil.ods', /OpenDocument/],
    ['a CSV named .xlsx', utf8('kode,nilai\n19.71,70\n'), 'hasil.xlsx', /named as an Excel workbook/],
    ['a JSON file', utf8('{"kode": "19.71"}'), 'hasil.json', /not \.json/],
    ['a binary file named .csv', Buffer.from([1, 2, 0, 0, 0, 7, 9, 0, 0, 0, 1]), 'hasil.csv', /binary file/],
  ])('refuses %s with 415', async (_label, bytes, filename, message) => {
    const problem = await problemOf(bytes, filename);
    expect(problem).toMatchObject({ status: 415, code: 'UNSUPPORTED_FILE_TYPE' });
    expect(problem.message).toMatch(message);
  });

  it('reads a CSV whatever it is called, or when it has no name', async () => {
    expect((await rowsOf(utf8('kode,nilai\n19.71,70\n'), 'HASIL.TXT')).rows).toHaveLength(1);
    expect((await rowsOf(utf8('kode,nilai\n19.71,70\n'), '')).rows).toHaveLength(1);
  });
});

describe('reading an official-results XLSX', () => {
  it('reads the first worksheet: numbers, text, title rows, formulas, rich text and hyperlinks', async () => {
    const bytes = await xlsx(
      [
        ['Hasil Evaluasi SAKIP 2023 (Provinsi 19)'],
        [],
        ['Kode', 'Nama', 'Nilai', 'Predikat', 'Sumber'],
        [19.1, 'Kabupaten Bangka Tengah', 70.46, 'BB', { richText: [{ text: 'LHE ' }, { text: '2023', font: { bold: true } }] }],
        ['19.71', 'Kota Pangkal Pinang', { formula: 'A1', result: 59.32 }, 'B', { text: 'Laporan', hyperlink: 'https://example.go.id' }],
        [19.04, 'Kabupaten Bangka Tengah', 'tujuh puluh', { formula: 'X', result: { error: '#N/A' } }, null],
      ],
      { secondSheet: true },
    );
    const file = await rowsOf(bytes, 'hasil.xlsx');
    expect(file.format).toBe('xlsx');
    expect(file.columns).toEqual({ regionCode: 'Kode', regionName: 'Nama', value: 'Nilai', category: 'Predikat', source: 'Sumber', ignored: [] });
    expect(simple(file)).toEqual([
      [4, '19.10', '70.46', 'BB', 'LHE 2023'],
      [5, '19.71', '59.32', 'B', 'Laporan'],
      [6, '19.04', 'tujuh puluh', '#N/A', null],
    ]);
  });

  it('reports missing columns in a workbook too', async () => {
    const problem = await problemOf(await xlsx([['Nama Daerah', 'Skor'], ['Kota Pangkal Pinang', 70]]), 'hasil.xlsx');
    expect(problem).toMatchObject({ code: 'MISSING_COLUMNS', details: { found: ['Nama Daerah', 'Skor'] } });
  });

  it('reports a workbook with too many rows', async () => {
    const rows = [['kode', 'nilai'], ...Array.from({ length: 120 }, () => ['19.71', 70])];
    const problem = await problemOf(await xlsx(rows), 'hasil.xlsx', { ...OFFICIAL_FILE_LIMITS, maxRows: 100 });
    expect(problem).toMatchObject({ status: 413, code: 'TOO_MANY_ROWS', details: { maxRows: 100, rows: 120 } });
  });

  it('refuses a workbook that unpacks to too much before unpacking it', async () => {
    const problem = await problemOf(await xlsx([['kode', 'nilai']]), 'hasil.xlsx', { ...OFFICIAL_FILE_LIMITS, maxUnzippedBytes: 1000 });
    expect(problem).toMatchObject({ status: 413, code: 'FILE_TOO_LARGE' });
  });

  it('reports a damaged workbook', async () => {
    const bytes = await xlsx([['kode', 'nilai'], ['19.71', 70]]);
    expect(await problemOf(bytes.subarray(0, bytes.length - 30), 'hasil.xlsx')).toMatchObject({ status: 400, code: 'MALFORMED_FILE' });
    expect(await problemOf(zipOf(['xl/workbook.xml']), 'hasil.xlsx')).toMatchObject({ status: 400, code: 'MALFORMED_FILE' });
  });

  it('reports an empty worksheet', async () => {
    expect(await problemOf(await xlsx([]), 'hasil.xlsx')).toMatchObject({ status: 400, code: 'EMPTY_FILE' });
  });
});

describe('the export, read back', () => {
  const rows: OfficialExportRow[] = [
    { regionCode: '19.04', regionName: 'Kabupaten Bangka Tengah', value: 67.1, category: 'BB', source: 'LHE 2023; "final"' },
    { regionCode: '19.10', regionName: 'Kabupaten X', value: null, category: 'A', source: '=HYPERLINK("http://evil")' },
    { regionCode: '19.71', regionName: 'Kota Pangkal Pinang', value: 59.32, category: null, source: 'Laporan, halaman 2' },
  ];
  const expected = rows.map((r, i) => ({ line: i + 2, region: r.regionCode, value: r.value === null ? null : String(r.value), category: r.category, source: r.source }));

  it('CSV: UTF-8 with a BOM and CRLF, formulas defused, and read back as exported', async () => {
    const bytes = officialResultsCsv(rows);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('kode_wilayah,nama_wilayah,nilai,kategori,sumber\r\n');
    expect(text).toContain(`'=HYPERLINK`);
    const file = await rowsOf(bytes, 'official-results.csv');
    expect(file.columns).toEqual({ regionCode: 'kode_wilayah', regionName: 'nama_wilayah', value: 'nilai', category: 'kategori', source: 'sumber', ignored: [] });
    expect(file.rows).toEqual(expected);
  });

  it('XLSX: codes as text, values as numbers, and read back as exported', async () => {
    const bytes = await officialResultsXlsx(rows, 'RB 2023/24');
    const workbook = new Workbook();
    await workbook.xlsx.load(bytes as never);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('RB 2023 24');
    expect(sheet.getCell('A3').value).toBe('19.10');
    expect(sheet.getCell('C2').value).toBe(67.1);
    expect((await rowsOf(bytes, 'official-results.xlsx')).rows).toEqual(expected);
  });
});
