import { BENCH_SOURCE, officialCsv, type OfficialCsvRow } from './dataset-plan';
import { summarize, type LatencySummary } from './stats';

/** One official-results file: a period (one province, framework and year) and its rows. */
export interface ImportFile {
  periodId: string;
  provinceCode: string;
  rows: OfficialCsvRow[];
}

/** How one file went. */
export interface UploadOutcome {
  ok: boolean;
  changed: number;
  error: string | null;
}

export type Uploader = (file: ImportFile) => Promise<UploadOutcome>;

export interface ImportMeasurement {
  rows: number;
  files: number;
  changed: number;
  seconds: number;
  rowsPerSecond: number;
  concurrency: number;
  fileLatency: LatencySummary;
  failures: number;
  firstFailure: string | null;
}

/** A period to import into, with its rows for a given pass (changed from pass to pass). */
export interface ImportPeriod {
  periodId: string;
  provinceCode: string;
  rowsFor(pass: number): OfficialCsvRow[];
}

/** Files of at least `targetRows` rows: passes over `periods`, so that every row is a real write. */
export function importFiles(periods: readonly ImportPeriod[], targetRows: number): ImportFile[] {
  const files: ImportFile[] = [];
  let rows = 0;
  for (let pass = 1; rows < targetRows && periods.length > 0; pass++) {
    for (const p of periods) {
      if (rows >= targetRows) break;
      const fileRows = p.rowsFor(pass);
      if (fileRows.length === 0) continue;
      files.push({ periodId: p.periodId, provinceCode: p.provinceCode, rows: fileRows });
      rows += fileRows.length;
    }
    if (pass > 10_000) break;
  }
  return files;
}

/** Uploads every file with `concurrency` uploads in flight; the clock runs from the first upload to the last answer. */
export async function measureImport(
  files: readonly ImportFile[],
  upload: Uploader,
  concurrency: number,
): Promise<ImportMeasurement> {
  const latencies: number[] = [];
  let changed = 0;
  let failures = 0;
  let firstFailure: string | null = null;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    for (let i = next++; i < files.length; i = next++) {
      const t = performance.now();
      const outcome = await upload(files[i]);
      latencies.push(performance.now() - t);
      changed += outcome.changed;
      if (!outcome.ok) {
        failures++;
        firstFailure ??= outcome.error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  const seconds = (performance.now() - started) / 1000;
  const rows = files.reduce((n, f) => n + f.rows.length, 0);
  return {
    rows,
    files: files.length,
    changed,
    seconds,
    rowsPerSecond: rows / seconds,
    concurrency,
    fileLatency: summarize(latencies),
    failures,
    firstFailure,
  };
}

/** The HTTP import endpoint's answer to one upload (status and parsed body). */
export async function postOfficialResults(
  baseUrl: string,
  headers: Record<string, string>,
  periodId: string,
  csv: string,
  dryRun: boolean,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const form = new FormData();
  form.append('dryRun', String(dryRun));
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'hasil-resmi.csv');
  const res = await fetch(`${baseUrl}/periods/${periodId}/official-results`, { method: 'POST', headers, body: form });
  const text = await res.text();
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    body = { text };
  }
  return { status: res.status, body };
}

/** An uploader through the HTTP endpoint (libs/imports): a real, non-dry run of each file. */
export function httpUploader(baseUrl: string, headers: Record<string, string>): Uploader {
  return async (file) => {
    const { status, body } = await postOfficialResults(
      baseUrl,
      headers,
      file.periodId,
      officialCsv(file.rows, BENCH_SOURCE),
      false,
    );
    const ok = status === 200 && body['written'] === true;
    return { ok, changed: Number(body['changed'] ?? 0), error: ok ? null : `${status} ${JSON.stringify(body).slice(0, 300)}` };
  };
}

/** What the endpoint says to one file of `rows` rows (the product caps a file; a national 100,000-row file is refused). */
export async function singleFileAnswer(
  baseUrl: string,
  headers: Record<string, string>,
  periodId: string,
  rows: readonly OfficialCsvRow[],
): Promise<{ rows: number; bytes: number; status: number; code: string | null; message: string | null; ms: number }> {
  // A short source, as a ministry's file would have, so that the size is a real file's.
  const csv = officialCsv(rows, 'LHE 2025');
  const started = performance.now();
  const { status, body } = await postOfficialResults(baseUrl, headers, periodId, csv, true);
  return {
    rows: rows.length,
    bytes: Buffer.byteLength(csv),
    status,
    code: typeof body['code'] === 'string' ? body['code'] : null,
    message: typeof body['message'] === 'string' ? body['message'] : null,
    ms: performance.now() - started,
  };
}

/** One national table (every region of the dataset, one framework and year) through `POST /national/official-results`. */
export interface NationalImportTiming {
  rows: number;
  provinces: number;
  /** The dry run: the per-province report, nothing written. */
  dryRunMs: number;
  /** The real run of changed values into every province's period. */
  importMs: number;
  changed: number;
  /** The same table again: nothing changes. */
  againMs: number;
  unchanged: number;
  error: string | null;
}

/** Dry run, real run and re-upload of one national table, each timed from the request to the answer. */
export async function measureNationalImport(
  baseUrl: string,
  headers: Record<string, string>,
  table: { frameworkCode: string; year: number },
  rows: readonly OfficialCsvRow[],
): Promise<NationalImportTiming> {
  const csv = officialCsv(rows, BENCH_SOURCE);
  const post = async (dryRun: boolean) => {
    const form = new FormData();
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'nasional.csv');
    const query = new URLSearchParams({ frameworkCode: table.frameworkCode, year: String(table.year), dryRun: String(dryRun) });
    const started = performance.now();
    const res = await fetch(`${baseUrl}/national/official-results?${query}`, { method: 'POST', headers, body: form });
    const body = (await res.json()) as { valid?: boolean; changed?: number; summary?: { provinces: number; unchanged: number }; message?: string };
    const ms = performance.now() - started;
    return { ms, ok: res.status === 200 && body.valid === true, body, status: res.status };
  };
  const dry = await post(true);
  const real = await post(false);
  const again = await post(false);
  const failed = [dry, real, again].find((r) => !r.ok);
  return {
    rows: rows.length,
    provinces: dry.body.summary?.provinces ?? 0,
    dryRunMs: dry.ms,
    importMs: real.ms,
    changed: real.body.changed ?? 0,
    againMs: again.ms,
    unchanged: again.body.summary?.unchanged ?? 0,
    error: failed ? `${failed.status} ${String(failed.body.message).slice(0, 300)}` : null,
  };
}
