// What can be wrong with an uploaded file as a whole, and the limits of one upload.

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

export const fail = (status: OfficialFileError['status'], code: OfficialFileErrorCode, message: string, details: Record<string, unknown> = {}): OfficialFileError => ({
  ok: false,
  status,
  code,
  message,
  details,
});

export const megabytes = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
export const count = (n: number) => n.toLocaleString('en-US');

/** The error of a file over the size limit (also what the upload layer reports). */
export function fileTooLarge(limits: OfficialFileLimits = OFFICIAL_FILE_LIMITS, size?: number): OfficialFileError {
  const of = size === undefined ? '' : ` (this one is ${megabytes(size)})`;
  return fail(413, 'FILE_TOO_LARGE', `The file is larger than ${megabytes(limits.maxBytes)}${of}: official results fit in far less (${limits.scope})`, {
    maxBytes: limits.maxBytes,
  });
}

export function tooManyRows(limits: OfficialFileLimits, rows: number): OfficialFileError {
  return fail(
    413,
    'TOO_MANY_ROWS',
    `The file has ${count(rows)} rows; an import takes at most ${count(limits.maxRows)} (${limits.scope}). Is this the right file?`,
    { maxRows: limits.maxRows, rows },
  );
}
