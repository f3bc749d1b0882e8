import { CsvError, parse } from 'csv-parse/sync';
import { decodeUtf8 } from './file-encoding';
import { fail, tooManyRows, type OfficialFileError, type OfficialFileLimits } from './official-file-problems';
import { HEADER_SEARCH, type SheetRecord } from './official-columns';

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

/** The non-empty records of a CSV (`,`, `;`, tab or `|` separated, found from the first lines), with their line numbers. */
export function readCsv(bytes: Uint8Array, limits: OfficialFileLimits): SheetRecord[] | OfficialFileError {
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
  return records;
}
