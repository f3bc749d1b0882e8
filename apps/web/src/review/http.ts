import { accessToken, ApiError, currentScope, refreshWithCookie } from '../api/client';
import { saveBlob } from '../components/export';

/** A report row of an official-results import (the API's shape, see README "Official results"). */
export interface ImportRow {
  line: number;
  regionCode: string | null;
  regionName: string | null;
  value: number | null;
  categoryText: string | null;
  publishedCategory: string | null;
  categoryReading: string | null;
  computedCategory: string | null;
  categoryMismatch: boolean;
  source: string | null;
  errors: { column: string; code: string; message: string; suggestions?: string[] }[];
}

export interface ImportReport {
  periodId: string;
  dryRun: boolean;
  valid: boolean;
  written: boolean;
  changed: number;
  realRun: { allowed: boolean; code: string | null; message: string | null };
  message: string;
  summary: { rows: number; ok: number; failed: number; categoryMismatches: number };
  rows: ImportRow[];
}

// The official-results routes are plain HTTP with the same bearer token and scope as /graphql.
async function authorised(path: string, init: RequestInit = {}): Promise<Response> {
  if (!accessToken()) await refreshWithCookie();
  const send = () => {
    const headers = new Headers(init.headers);
    const token = accessToken();
    const scope = currentScope();
    if (token) headers.set('authorization', `Bearer ${token}`);
    if (scope) headers.set('x-rapor-scope', scope);
    return fetch(path, { ...init, headers, credentials: 'same-origin' });
  };
  let res = await send();
  if (res.status === 401 && (await refreshWithCookie())) res = await send();
  return res;
}

async function problem(res: Response): Promise<ApiError> {
  const body = (await res.json().catch(() => ({}))) as {
    code?: string;
    message?: string;
    fields?: string[];
    extensions?: { code?: string };
  };
  const code =
    body.code ??
    body.extensions?.code ??
    (res.status === 403 ? 'FORBIDDEN' : res.status === 404 ? 'NOT_FOUND' : 'BAD_USER_INPUT');
  return new ApiError(body.message ?? `HTTP ${res.status}`, code, body.fields ?? ['file']);
}

/** Uploads a CSV/XLSX file of official results: a dry run unless `dryRun` is false. */
export async function uploadOfficialResults(
  periodId: string,
  file: File,
  options: { dryRun: boolean; source: string },
): Promise<ImportReport> {
  const form = new FormData();
  form.set('file', file);
  form.set('dryRun', String(options.dryRun));
  if (options.source.trim()) form.set('source', options.source.trim());
  const res = await authorised(`/periods/${encodeURIComponent(periodId)}/official-results`, { method: 'POST', body: form });
  if (!res.ok) throw await problem(res);
  return (await res.json()) as ImportReport;
}

/** Downloads the period's official results as CSV or XLSX (the file name the API gives). */
export async function downloadOfficialResults(periodId: string, format: 'csv' | 'xlsx'): Promise<void> {
  const res = await authorised(`/periods/${encodeURIComponent(periodId)}/official-results.${format}`);
  if (!res.ok) throw await problem(res);
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? `official-results.${format}`;
  saveBlob(await res.blob(), name);
}
