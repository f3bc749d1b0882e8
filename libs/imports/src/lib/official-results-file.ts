import { readCsv } from './csv-records';
import { sniff } from './file-encoding';
import { fromRecords, type OfficialFile, type SheetRecord } from './official-columns';
import { fail, fileTooLarge, OFFICIAL_FILE_LIMITS, type OfficialFileError, type OfficialFileLimits } from './official-file-problems';
import { readXlsx } from './xlsx-records';

export type { OfficialColumns, OfficialFile } from './official-columns';
export {
  fileTooLarge,
  NATIONAL_FILE_LIMITS,
  OFFICIAL_FILE_LIMITS,
  type OfficialFileError,
  type OfficialFileErrorCode,
  type OfficialFileLimits,
} from './official-file-problems';

export interface UploadedOfficialFile {
  bytes: Uint8Array;
  filename?: string | null;
  mimetype?: string | null;
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

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
  if (kind === 'zip') return records(await readXlsx(bytes, limits), 'xlsx', limits);
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
  return records(readCsv(bytes, limits), 'csv', limits);
}

const records = (read: SheetRecord[] | OfficialFileError, format: OfficialFile['format'], limits: OfficialFileLimits) =>
  Array.isArray(read) ? fromRecords(read, format, limits) : read;
