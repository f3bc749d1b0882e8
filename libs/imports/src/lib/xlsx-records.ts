import type { CellValue } from 'exceljs';
import { fail, megabytes, tooManyRows, type OfficialFileError, type OfficialFileLimits } from './official-file-problems';
import { HEADER_SEARCH, type SheetRecord } from './official-columns';
import { centralDirectory, inflatedSizeWithin } from './zip-inflate-guard';

/** Entry names and unpacked size from a ZIP's central directory, or null when it is damaged. */
function zipDirectory(bytes: Uint8Array): { names: string[]; unzippedBytes: number } | null {
  const directory = centralDirectory(bytes);
  if (!directory) return null;
  const { view, entries } = directory;
  let { at } = directory;
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

/** The non-empty rows of a workbook's first worksheet, after checking what the ZIP unpacks to. */
export async function readXlsx(bytes: Uint8Array, limits: OfficialFileLimits): Promise<SheetRecord[] | OfficialFileError> {
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
  // exceljs (~28 MB resident once loaded) is loaded by the first workbook, not at start: most API
  // processes never read one.
  const { Workbook } = await import('exceljs');
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
  return records;
}
