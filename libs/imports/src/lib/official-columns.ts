import type { RawOfficialRow } from '@rapor/assessments';
import { formulaRestored } from '@rapor/platform';
import { fail, tooManyRows, type OfficialFileError, type OfficialFileLimits } from './official-file-problems';

// From a sheet's records (CSV lines or worksheet rows) to official-result rows: the header row
// found among the first lines, each column by its aliases, each cell as text.

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

/** One record of a sheet: where it starts and its cells. */
export interface SheetRecord {
  /** Line (CSV) or row number (XLSX) where the record starts. */
  line: number;
  cells: string[];
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
export const HEADER_SEARCH = 10;

const headerKey = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/\s*\/\s*/g, '/')
    .replace(/[\s-]+/g, '_');

type ColumnIndexes = Record<HeaderColumn, number | null>;

/** Finds each column by its aliases; a column named twice (or two aliases of one) is ambiguous. */
export function mapColumns(header: readonly string[]): { ok: true; indexes: ColumnIndexes; columns: OfficialColumns } | OfficialFileError {
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

export function fromRecords(records: readonly SheetRecord[], format: OfficialFile['format'], limits: OfficialFileLimits): OfficialFile | OfficialFileError {
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

