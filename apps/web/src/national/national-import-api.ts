import { accessToken, ApiError, currentScope, refreshWithCookie } from '../api/client';

/** One row of the national import report (the API's `NationalRowReport`, the fields the page shows). */
export interface NationalRow {
  line: number;
  provinceCode: string | null;
  regionCode: string | null;
  regionName: string | null;
  value: number | null;
  publishedCategory: string | null;
  computedCategory: string | null;
  categoryMismatch: boolean;
  status: 'new' | 'changed' | 'unchanged' | 'error';
  errors: { column: string; code: string; message: string }[];
}

export interface NationalProvince {
  provinceCode: string;
  provinceName: string;
  periodId: string | null;
  periodState: string | null;
  opensPeriod: boolean;
  rows: number;
  new: number;
  changed: number;
  unchanged: number;
  failed: number;
  categoryMismatches: number;
  blocked: string | null;
}

/** What `POST /national/official-results` answers (libs/imports `NationalImportReport`). */
export interface NationalReport {
  frameworkCode: string;
  year: number;
  frameworkVersion: string;
  dryRun: boolean;
  valid: boolean;
  written: boolean;
  changed: number;
  realRun: { allowed: boolean; code: string | null; message: string | null };
  message: string;
  summary: { rows: number; ok: number; failed: number; new: number; changed: number; unchanged: number; categoryMismatches: number; provinces: number; periodsToOpen: number };
  provinces: NationalProvince[];
  rows: NationalRow[];
}

/** A call to the national HTTP routes as the signed-in person (token renewed first when close to expiry). */
async function send(path: string, init: { method: 'GET' | 'POST'; body?: FormData }): Promise<Response> {
  if (!accessToken()) await refreshWithCookie();
  const headers: Record<string, string> = {};
  const token = accessToken();
  if (token) headers['authorization'] = `Bearer ${token}`;
  const scope = currentScope();
  if (scope) headers['x-rapor-scope'] = scope;
  const res = await fetch(path, { ...init, headers, credentials: 'same-origin' });
  if (res.ok) return res;
  const body = (await res.json().catch(() => ({}))) as { code?: string; message?: string; fields?: string[] };
  throw new ApiError(body.message ?? `HTTP ${res.status}`, body.code ?? 'INTERNAL_SERVER_ERROR', body.fields ?? []);
}

const tableQuery = (frameworkCode: string, year: number) => new URLSearchParams({ frameworkCode, year: String(year) });

/** Uploads a national table: a dry run (nothing written) or the import. */
export async function uploadNationalTable(frameworkCode: string, year: number, file: File, source: string, dryRun: boolean): Promise<NationalReport> {
  const form = new FormData();
  form.append('file', file, file.name);
  if (source.trim()) form.append('source', source.trim());
  const query = tableQuery(frameworkCode, year);
  query.set('dryRun', String(dryRun));
  return (await send(`/national/official-results?${query}`, { method: 'POST', body: form })).json() as Promise<NationalReport>;
}

/** The national table as stored, as a file the upload reads back. */
export async function downloadNationalTable(frameworkCode: string, year: number, format: 'csv' | 'xlsx'): Promise<Blob> {
  return (await send(`/national/official-results.${format}?${tableQuery(frameworkCode, year)}`, { method: 'GET' })).blob();
}
