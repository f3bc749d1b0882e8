// The checks saveValues makes on each row (assessments.service checkRows / evidenceProblems),
// repeated in the browser so every problem shows on its field before anything is sent.

/** What a person typed for one indicator. */
export interface DraftRow {
  value: string;
  url: string;
  note: string;
  reference: string;
}

export type RowField = keyof DraftRow;

export interface RowProblem {
  field: RowField;
  /** The API's code for the same problem. */
  code: 'VALUE_REQUIRED' | 'NOT_A_NUMBER' | 'VALUE_OUT_OF_SCALE' | 'INVALID_URL' | 'TOO_LONG';
  params?: Record<string, string | number>;
}

// The API's limits (EVIDENCE_LIMITS).
export const EVIDENCE_LIMITS: Record<'url' | 'note' | 'reference', number> = { url: 2000, note: 4000, reference: 500 };

/** The API field of a row field, as in `rows.3.evidenceUrl`. */
export const API_FIELD: Record<RowField, string> = {
  value: 'value',
  url: 'evidenceUrl',
  note: 'evidenceNote',
  reference: 'evidenceRef',
};

/**
 * A number as people type it: "81,5" (Indonesian) or "81.5"; "1.234,5" with a thousands
 * dot. Null when it is not a number; undefined when nothing was typed.
 */
export function parseNumber(text: string): number | null | undefined {
  const s = text.trim().replace(/\s/g, '');
  if (s === '') return undefined;
  const normal = s.includes(',') ? s.replace(/\./g, '').replace(',', '.') : s;
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(normal)) return null;
  return Number(normal);
}

function isHttpLink(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.') && !/\s/.test(text);
  } catch {
    return false;
  }
}

export function isEmptyRow(row: DraftRow): boolean {
  return !row.value.trim() && !row.url.trim() && !row.note.trim() && !row.reference.trim();
}

/** Every problem of one row at once (an empty row has none: it is simply not sent). */
export function rowProblems(row: DraftRow, scale: { min: number; max: number }): RowProblem[] {
  if (isEmptyRow(row)) return [];
  const problems: RowProblem[] = [];
  const value = parseNumber(row.value);
  if (value === undefined) problems.push({ field: 'value', code: 'VALUE_REQUIRED' });
  else if (value === null) problems.push({ field: 'value', code: 'NOT_A_NUMBER' });
  else if (value < scale.min || value > scale.max)
    problems.push({ field: 'value', code: 'VALUE_OUT_OF_SCALE', params: { min: scale.min, max: scale.max } });
  if (row.url.trim() && !isHttpLink(row.url.trim())) problems.push({ field: 'url', code: 'INVALID_URL' });
  for (const field of ['url', 'note', 'reference'] as const) {
    if (row[field].trim().length > EVIDENCE_LIMITS[field])
      problems.push({ field, code: 'TOO_LONG', params: { max: EVIDENCE_LIMITS[field] } });
  }
  return problems;
}

/** The row field an API error path names (`rows.3.evidenceUrl` → row 3, "url"). */
export function fieldOfApiPath(path: string): { index: number; field: RowField } | null {
  const m = /^rows\.(\d+)\.(\w+)$/.exec(path);
  if (!m) return null;
  const field =
    (Object.keys(API_FIELD) as RowField[]).find((f) => API_FIELD[f] === m[2]) ??
    (m[2] === 'nodeCode' || m[2] === 'unitId' ? 'value' : null);
  return field ? { index: Number(m[1]), field } : null;
}
