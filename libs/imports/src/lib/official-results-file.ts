import type { RawOfficialRow } from '@rapor/assessments';
import { CsvError, parse } from 'csv-parse/sync';
import { Workbook, type CellValue } from 'exceljs';
import { formulaRestored } from '@rapor/platform';
import { inflatedSizeWithin } from './zip-inflate-guard';

/** Limits of one upload: a province has at most about 40 kabupaten/kota, so these are generous. */
export interface OfficialFileLimits {
  /** Size of the uploaded file. */
  maxBytes: number;
  /** Data rows (the header not counted). */
  maxRows: number;
  /** What an XLSX workbook may unpack to (a 5 MB zip can hide gigabytes). */
  maxUnzippedBytes: number;
  /** Why the limits are generous, for the messages ("a province has at most about 40 kabupaten/kota"). */
  scope: string;
}

export const OFFICIAL_FILE_LIMITS: OfficialFileLimits = {
  maxBytes: 5 * 1024 * 1024,
  maxRows: 5000,
  maxUnzippedBytes: 25 * 1024 * 1024,
  scope: 'a province has at most about 40 kabupaten/kota',
};

/** A national table: Indonesia's 514 kabupaten/kota, with room for title and note rows. */
export const NATIONAL_FILE_LIMITS: OfficialFileLimits = { ...OFFICIAL_FILE_LIMITS, maxRows: 1000, scope: 'Indonesia has 514 kabupaten/kota' };

/** Which header of the file was read for each column (as written in the file), and which were not read. */
export interface OfficialColumns {
  regionCode: string | null;
  regionName: string | null;
  value: string | null;
  category: string | null;
  source: string | null;
  ignored: string[];
}

/** A readable file: its rows, still as text, for `AssessmentsService.importOfficialResults`. */
export interface OfficialFile {
  ok: true;
  format: 'csv' | 'xlsx';
  columns: OfficialColumns;
  rows: RawOfficialRow[];
}

export type OfficialFileErrorCode =
  | 'EMPTY_FILE'
  | 'FILE_TOO_LARGE'
  | 'TOO_MANY_ROWS'
  | 'UNSUPPORTED_FILE_TYPE'
  | 'WRONG_ENCODING'
  | 'MALFORMED_FILE'
  | 'MISSING_COLUMNS'
  | 'AMBIGUOUS_COLUMNS';

/** A problem with the file as a whole: nothing in it can be checked row by row. */
export interface OfficialFileError {
  ok: false;
  /** 413 too large, 415 not a CSV/XLSX, 400 otherwise. */
  status: 400 | 413 | 415;
  code: OfficialFileErrorCode;
  message: string;
  /** Machine-readable facts for the client (limits, columns found, the encoding detected...). */
  details: Record<string, unknown>;
}

export interface UploadedOfficialFile {
  bytes: Uint8Array;
  filename?: string | null;
  mimetype?: string | null;
}

// Header aliases, compared lower-case with spaces and dashes as "_". A row names its region by
// code, or by name where the code cell is empty (or there is no code column).
const ALIASES = {
  regionCode: ['kode', 'kode_wilayah', 'region_code'],
  regionName: ['region', 'wilayah', 'nama', 'nama_wilayah', 'kabupaten/kota', 'kab/kota', 'kabupaten_kota'],
  value: ['nilai', 'value', 'indeks'],
  category: ['kategori', 'predikat', 'category'],
  source: ['sumber', 'source'],
} as const satisfies Record<string, readonly string[]>;
type HeaderColumn = keyof typeof ALIASES;
const LABELS: Record<HeaderColumn, string> = { regionCode: 'region code', regionName: 'region name', value: 'value', category: 'category', source: 'source' };
const KNOWN_HEADERS = new Set<string>(Object.values(ALIASES).flat());
/** Title lines above the header (as official spreadsheets often have) are skipped, up to this many. */
const HEADER_SEARCH = 10;
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const fail = (status: OfficialFileError['status'], code: OfficialFileErrorCode, message: string, details: Record<string, unknown> = {}): OfficialFileError => ({
  ok: false,
  status,
  code,
  message,
  details,
});

const megabytes = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
const count = (n: number) => n.toLocaleString('en-US');

/** The error of a file over the size limit (also what the upload layer reports). */
export function fileTooLarge(limits: OfficialFileLimits = OFFICIAL_FILE_LIMITS, size?: number): OfficialFileError {
  const of = size === undefined ? '' : ` (this one is ${megabytes(size)})`;
  return fail(413, 'FILE_TOO_LARGE', `The file is larger than ${megabytes(limits.maxBytes)}${of}: official results fit in far less (${limits.scope})`, {
    maxBytes: limits.maxBytes,
  });
}

/**
 * Reads an uploaded official-results file: CSV (UTF-8 with or without BOM, separated by `,`,
 * `;` or tabs) or XLSX (its first worksheet). Columns are found by their header, in Indonesian
 * or English. Returns the rows as text, or what is wrong with the file as a whole — never
 * throws for a bad file.
 */
export async function readOfficialResultsFile(file: UploadedOfficialFile, limits: OfficialFileLimits = OFFICIAL_FILE_LIMITS): Promise<OfficialFile | OfficialFileError> {
  const bytes = file.bytes;
  if (bytes.length > limits.maxBytes) return fileTooLarge(limits, bytes.length);
  if (bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d)) return fail(400, 'EMPTY_FILE', 'The file is empty');
  const ext = /\.([a-z0-9]{1,8})$/i.exec(file.filename ?? '')?.[1]?.toLowerCase() ?? '';
  const kind = sniff(bytes);
  if (kind === 'zip') return readXlsx(bytes, limits);
  if (kind === 'ole') {
    return fail(415, 'UNSUPPORTED_FILE_TYPE', 'This is an Excel 97–2003 workbook (.xls) or a password-protected one: save it as .xlsx (without a password) or as CSV UTF-8', {
      detected: 'xls',
    });
  }
  if (kind) return fail(415, 'UNSUPPORTED_FILE_TYPE', `This is a ${kind.toUpperCase()} file: upload a .csv or .xlsx file`, { detected: kind });
  if (ext === 'xlsx' || ext === 'xlsm' || (!ext && file.mimetype === XLSX_MIME)) {
    return fail(415, 'UNSUPPORTED_FILE_TYPE', 'The file is named as an Excel workbook, but its content is not one: save it again as .xlsx or as CSV UTF-8', {
      detected: 'not-xlsx',
    });
  }
  if (ext && !['csv', 'txt', 'tsv'].includes(ext)) {
    return fail(415, 'UNSUPPORTED_FILE_TYPE', `Upload a .csv or .xlsx file, not .${ext}`, { extension: ext });
  }
  return readCsv(bytes, limits);
}

// --- format and encoding -------------------------------------------------------------------

function startsWith(bytes: Uint8Array, ...signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** Recognises a file by its first bytes; null for what may be text. */
function sniff(bytes: Uint8Array): 'zip' | 'ole' | 'pdf' | 'png' | 'jpeg' | 'gif' | 'gzip' | null {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4b, 0x05, 0x06)) return 'zip';
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return 'ole';
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) return 'pdf';
  if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47)) return 'png';
  if (startsWith(bytes, 0xff, 0xd8, 0xff)) return 'jpeg';
  if (startsWith(bytes, 0x47, 0x49, 0x46, 0x38)) return 'gif';
  if (startsWith(bytes, 0x1f, 0x8b)) return 'gzip';
  return null;
}

/** UTF-16 without a byte-order mark shows as a zero byte in every other position of ASCII text. */
function utf16Order(bytes: Uint8Array): 'LE' | 'BE' | null {
  if (startsWith(bytes, 0xff, 0xfe)) return 'LE';
  if (startsWith(bytes, 0xfe, 0xff)) return 'BE';
  const pairs = Math.min(256, Math.floor(bytes.length / 2));
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) even++;
    if (bytes[2 * i + 1] === 0) odd++;
  }
  if (pairs >= 2 && odd >= pairs * 0.3 && even === 0) return 'LE';
  if (pairs >= 2 && even >= pairs * 0.3 && odd === 0) return 'BE';
  return null;
}

/** Offset of the first byte that cannot start or continue a UTF-8 sequence, or -1. */
function invalidUtf8At(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const c = bytes[i];
    const follow = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (follow < 0) return i;
    for (let k = 1; k <= follow; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += follow + 1;
  }
  return -1;
}

function decodeUtf8(bytes: Uint8Array): string | OfficialFileError {
  const utf16 = utf16Order(bytes);
  if (utf16) {
    return fail(400, 'WRONG_ENCODING', `The file is UTF-16 (${utf16 === 'LE' ? 'little' : 'big'}-endian), as Excel saves "Unicode Text": save it as "CSV UTF-8" and upload it again`, {
      encoding: `utf-16${utf16.toLowerCase()}`,
    });
  }
  if (bytes.includes(0)) return fail(415, 'UNSUPPORTED_FILE_TYPE', 'This is a binary file, not a CSV: upload a .csv or .xlsx file', { detected: 'binary' });
  try {
    // A UTF-8 byte-order mark is dropped here.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = invalidUtf8At(bytes);
    const line = at < 0 ? null : bytes.subarray(0, at).filter((b) => b === 0x0a).length + 1;
    const byte = at < 0 ? null : bytes[at];
    const where = line === null || byte === null ? '' : ` Line ${line} has the byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} ("${new TextDecoder('windows-1252').decode(Uint8Array.of(byte))}" in Windows-1252).`;
    return fail(
      400,
      'WRONG_ENCODING',
      `The file is not UTF-8: it looks like Windows-1252 (ANSI), as Excel saves "CSV (Comma delimited)".${where} In Excel choose "CSV UTF-8 (Comma delimited)", or upload the .xlsx itself.`,
      { encoding: 'windows-1252', line },
    );
  }
}

// --- CSV -----------------------------------------------------------------------------------

interface SheetRecord {
  /** Line (CSV) or row number (XLSX) where the record starts. */
  line: number;
  cells: string[];
}

/** Counts `char` outside double-quoted cells. */
function countOutsideQuotes(line: string, char: string): number {
  let n = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === char && !quoted) n++;
  }
  return n;
}

/** The separator used most in the first lines: Indonesian Excel writes `;` (its decimal mark is `,`). */
function detectDelimiter(text: string): string {
  const lines = text.split('\n', 50).filter((l) => l.trim()).slice(0, HEADER_SEARCH);
  let best = ',';
  let bestCount = 0;
  for (const candidate of [',', ';', '\t', '|']) {
    const n = lines.reduce((sum, l) => sum + countOutsideQuotes(l, candidate), 0);
    if (n > bestCount) [best, bestCount] = [candidate, n];
  }
  return best;
}

function readCsv(bytes: Uint8Array, limits: OfficialFileLimits): OfficialFile | OfficialFileError {
  const decoded = decodeUtf8(bytes);
  if (typeof decoded !== 'string') return decoded;
  let text = decoded.replace(/\r\n?/g, '\n');
  // Excel's own hint line, "sep=;", names the separator.
  const hint = /^sep=(.)[ \t]*(\n|$)/i.exec(text);
  const lineOffset = hint ? 1 : 0;
  if (hint) text = text.slice(hint[0].length);
  const delimiter = hint?.[1] ?? detectDelimiter(text);
  const records: SheetRecord[] = [];
  let overflow = false;
  try {
    parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
      raw: true,
      max_record_size: 64 * 1024,
      // With `info` and `raw`, each record comes with where it ends and its text.
      on_record: (({ record, info, raw }: { record: string[]; info: { lines: number }; raw: string }) => {
        if (record.every((c) => c === '')) return null;
        if (records.length >= limits.maxRows + HEADER_SEARCH) {
          overflow = true;
          throw new Error('too many rows');
        }
        // `lines` is where the record ends; a quoted cell may span lines.
        const inner = raw.replace(/\n$/, '').split('\n').length - 1;
        records.push({ line: info.lines - inner + lineOffset, cells: record });
        return null;
      }) as never,
    });
  } catch (error) {
    if (overflow) return tooManyRows(limits, text.split('\n').filter((l) => l.trim()).length - 1);
    if (!(error instanceof CsvError)) throw error;
    const line = ((error as CsvError & { lines?: number }).lines ?? 0) + lineOffset;
    const message =
      error.code === 'CSV_QUOTE_NOT_CLOSED'
        ? `A quoted cell is never closed (a " is missing, by line ${line})`
        : error.code === 'CSV_MAX_RECORD_SIZE'
          ? `Line ${line} is far too long for a row of official results`
          : `The CSV cannot be read at line ${line}: ${error.message}`;
    return fail(400, 'MALFORMED_FILE', message, { line });
  }
  return fromRecords(records, 'csv', limits);
}

// --- XLSX ----------------------------------------------------------------------------------

/** Entry names and unpacked size from a ZIP's central directory, or null when it is damaged. */
function zipDirectory(bytes: Uint8Array): { names: string[]; unzippedBytes: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const names: string[] = [];
  let unzippedBytes = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    // 0xFFFFFFFF: a ZIP64 size, far beyond any workbook of official results.
    unzippedBytes += size === 0xffffffff ? Number.MAX_SAFE_INTEGER : size;
    names.push(new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { names, unzippedBytes };
}

/** The text of a cell as a person sees it (formulas by their result). */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result as CellValue);
  if ('error' in value) return value.error;
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellText(value.text as CellValue);
  return '';
}

async function readXlsx(bytes: Uint8Array, limits: OfficialFileLimits): Promise<OfficialFile | OfficialFileError> {
  const zip = zipDirectory(bytes);
  if (!zip) return fail(400, 'MALFORMED_FILE', 'The workbook is damaged (its ZIP structure cannot be read): save it again as .xlsx');
  if (!zip.names.includes('xl/workbook.xml')) {
    const what = zip.names.includes('word/document.xml') ? 'a Word document' : zip.names.includes('content.xml') ? 'an OpenDocument file (.ods)' : 'a ZIP archive';
    return fail(415, 'UNSUPPORTED_FILE_TYPE', `This is ${what}, not an Excel workbook: upload a .xlsx or .csv file`, { detected: 'zip' });
  }
  const unpackedTooLarge = () =>
    fail(413, 'FILE_TOO_LARGE', `The workbook unpacks to more than ${megabytes(limits.maxUnzippedBytes)}: official results fit in far less (${limits.scope})`, {
      maxUnzippedBytes: limits.maxUnzippedBytes,
    });
  // The sizes the headers declare first (free), then the bytes actually inflated, counted
  // while inflating and stopped at the cap: headers can under-state what an entry unpacks to.
  if (zip.unzippedBytes > limits.maxUnzippedBytes) return unpackedTooLarge();
  const inflated = inflatedSizeWithin(bytes, limits.maxUnzippedBytes);
  if (!inflated.ok && inflated.reason === 'too-large') return unpackedTooLarge();
  if (!inflated.ok) return fail(400, 'MALFORMED_FILE', 'The workbook is damaged (an entry of its ZIP structure cannot be unpacked): save it again as .xlsx');
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes as never);
  } catch (error) {
    return fail(400, 'MALFORMED_FILE', `The workbook cannot be read (${(error as Error).message}): save it again as .xlsx`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return fail(400, 'EMPTY_FILE', 'The workbook has no worksheet');
  if (sheet.actualRowCount > limits.maxRows + HEADER_SEARCH) return tooManyRows(limits, sheet.actualRowCount - 1);
  const records: SheetRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as CellValue[];
    const cells = Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => cellText(values[i + 1]).trim());
    if (cells.some((c) => c !== '')) records.push({ line: rowNumber, cells });
  });
  return fromRecords(records, 'xlsx', limits);
}

// --- columns and rows ----------------------------------------------------------------------

function tooManyRows(limits: OfficialFileLimits, rows: number): OfficialFileError {
  return fail(
    413,
    'TOO_MANY_ROWS',
    `The file has ${count(rows)} rows; an import takes at most ${count(limits.maxRows)} (${limits.scope}). Is this the right file?`,
    { maxRows: limits.maxRows, rows },
  );
}

const headerKey = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/\s*\/\s*/g, '/')
    .replace(/[\s-]+/g, '_');

type ColumnIndexes = Record<HeaderColumn, number | null>;

/** Finds each column by its aliases; a column named twice (or two aliases of one) is ambiguous. */
function mapColumns(header: readonly string[]): { ok: true; indexes: ColumnIndexes; columns: OfficialColumns } | OfficialFileError {
  const keys = header.map(headerKey);
  const indexes = {} as ColumnIndexes;
  for (const column of Object.keys(ALIASES) as HeaderColumn[]) {
    const found = keys.flatMap((k, i) => ((ALIASES[column] as readonly string[]).includes(k) ? [i] : []));
    if (found.length > 1) {
      const names = found.map((i) => `"${header[i]}"`).join(' and ');
      return fail(400, 'AMBIGUOUS_COLUMNS', `The columns ${names} both look like the ${LABELS[column]}: keep one of them (or rename the other)`, {
        column,
        found: found.map((i) => header[i]),
      });
    }
    indexes[column] = found[0] ?? null;
  }
  const noRegion = indexes.regionCode === null && indexes.regionName === null;
  const noResult = indexes.value === null && indexes.category === null;
  const found = header.filter((h) => h.trim() !== '');
  if (noRegion || noResult) {
    const missing = [
      ...(noRegion ? [`region (${[...ALIASES.regionCode, ...ALIASES.regionName].join(', ')})`] : []),
      ...(noResult ? [`value or category (${[...ALIASES.value, ...ALIASES.category].join(', ')})`] : []),
    ];
    const seen = found.length ? found.map((h) => `"${h}"`).join(', ') : 'none';
    return fail(400, 'MISSING_COLUMNS', `Missing column: ${missing.join('; ')}. Columns found: ${seen}. The first row must name the columns.`, {
      missing: [...(noRegion ? ['region'] : []), ...(noResult ? ['value', 'category'] : [])],
      found,
    });
  }
  const name = (i: number | null) => (i === null ? null : header[i]);
  const used = new Set(Object.values(indexes));
  return {
    ok: true,
    indexes,
    columns: {
      regionCode: name(indexes.regionCode),
      regionName: name(indexes.regionName),
      value: name(indexes.value),
      category: name(indexes.category),
      source: name(indexes.source),
      ignored: header.filter((h, i) => h.trim() !== '' && !used.has(i)),
    },
  };
}

// Our CSV export prefixes text that a spreadsheet would run as a formula with "'"; undo it.
const cellValue = (text: string | undefined): string | null => {
  const t = (text ?? '').trim();
  return t === '' ? null : formulaRestored(t);
};

/** A code read back from a spreadsheet number ("19.1", "19,71") is written as a code ("19.10", "19.71"). */
const regionCell = (text: string | undefined): string | null => {
  const t = cellValue(text);
  const code = t ? /^(\d{2})[.,](\d{1,2})$/.exec(t) : null;
  return code ? `${code[1]}.${code[2].padEnd(2, '0')}` : t;
};

function fromRecords(records: readonly SheetRecord[], format: OfficialFile['format'], limits: OfficialFileLimits): OfficialFile | OfficialFileError {
  if (records.length === 0) return fail(400, 'EMPTY_FILE', 'The file has no rows');
  const headerAt = Math.max(0, records.slice(0, HEADER_SEARCH).findIndex((r) => r.cells.some((c) => KNOWN_HEADERS.has(headerKey(c)))));
  const mapped = mapColumns(records[headerAt].cells);
  if (!mapped.ok) return mapped;
  const data = records.slice(headerAt + 1);
  if (data.length > limits.maxRows) return tooManyRows(limits, data.length);
  const at = (r: SheetRecord, column: HeaderColumn) => {
    const i = mapped.indexes[column];
    return i === null ? undefined : r.cells[i];
  };
  const rows: RawOfficialRow[] = data
    .map((r) => ({
      line: r.line,
      region: regionCell(at(r, 'regionCode')) ?? regionCell(at(r, 'regionName')),
      value: cellValue(at(r, 'value')),
      category: cellValue(at(r, 'category')),
      source: cellValue(at(r, 'source')),
    }))
    .filter((r) => r.region !== null || r.value !== null || r.category !== null || r.source !== null);
  if (rows.length === 0) return fail(400, 'EMPTY_FILE', 'The file has a header but no rows of results', { columns: mapped.columns });
  return { ok: true, format, columns: mapped.columns, rows };
}
