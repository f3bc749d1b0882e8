import { useState } from 'react';
import { accessToken, ApiError, currentScope, refreshWithCookie, request } from '../api/client';
import { useQuery } from '../api/use-query';
import { DataTable, type Column } from '../components/data-table';
import { saveBlob } from '../components/export';
import { DemoBanner, ErrorBox, Loading, Section } from '../components/ui';
import type { AdminRunSavedReportQuery, AdminSavedReportsQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { ActionError, useAction, useDateTime, useLabels, type AdminPlace } from './admin-common';
import { DeleteSavedReportDocument, RunSavedReportDocument, SavedReportsDocument } from './documents';

type Report = AdminSavedReportsQuery['savedReports'][number];
type Run = AdminRunSavedReportQuery['runSavedReport'];

/** Fetches an export of the API (same credentials as GraphQL) and saves it under the API's file name. */
async function downloadExport(path: string): Promise<void> {
  if (!accessToken()) await refreshWithCookie();
  const headers: Record<string, string> = { authorization: `Bearer ${accessToken() ?? ''}` };
  const scope = currentScope();
  if (scope) headers['x-rapor-scope'] = scope;
  const res = await fetch(path, { headers, credentials: 'same-origin' });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { code?: string; message?: string } | null;
    throw new ApiError(
      body?.message ?? `HTTP ${res.status}`,
      body?.code ?? (res.status === 404 ? 'NOT_FOUND' : 'INTERNAL_SERVER_ERROR'),
    );
  }
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? path.split('/').pop() ?? 'report';
  saveBlob(await res.blob(), name);
}

function RunResult({ report, run }: { report: Report; run: Run }) {
  const { t, num } = useI18n();
  if (run.errors.length)
    return (
      <p className="error" role="alert">
        {t('adminRunErrors', { message: run.errors.map((e) => `${e.message} (${e.code})`).join('; ') })}
      </p>
    );
  const cell = (v: unknown) =>
    typeof v === 'number'
      ? num(v, 3)
      : v === null || v === undefined
        ? '–'
        : typeof v === 'object'
          ? JSON.stringify(v)
          : String(v);
  const rows = run.table.rows as unknown[][];
  const columns: Column<unknown[]>[] = run.table.columns.map((c, i) => ({
    key: c,
    header: c,
    render: (row) => cell(row[i]),
    value: (row) =>
      typeof row[i] === 'number' ? (row[i] as number) : row[i] === null || row[i] === undefined ? null : cell(row[i]),
    numeric: rows.some((r) => typeof r[i] === 'number'),
  }));
  return (
    <div data-testid="report-result">
      <DemoBanner show={run.table.demoData.length > 0} />
      <p className="muted">{rows.length ? t('adminRows', { n: rows.length }) : t('adminNoRows')}</p>
      {rows.length ? (
        <DataTable
          title={report.name}
          columns={columns}
          rows={rows}
          rowKey={(r) => String(rows.indexOf(r))}
          notes={run.table.demoData.length ? [t('demoLabel')] : []}
        />
      ) : null}
    </div>
  );
}

function ReportsTable({ place, onChanged }: { place: AdminPlace; onChanged: () => void }) {
  const { t } = useI18n();
  const labels = useLabels();
  const when = useDateTime();
  const action = useAction();
  const [result, setResult] = useState<{ report: Report; run: Run } | null>(null);
  const reports = useQuery(SavedReportsDocument, {
    provinceCode: place.regionCode ? null : place.provinceCode,
    regionCode: place.regionCode,
  });
  if (reports.status === 'loading') return <Loading />;
  if (reports.status === 'error') return <ErrorBox error={reports.error} />;
  const run = async (r: Report) => {
    const done = await action.run(() => request(RunSavedReportDocument, { name: r.name, scope: r.scope }));
    if (done) setResult({ report: r, run: done.runSavedReport });
  };
  const remove = async (r: Report) => {
    if (!window.confirm(t('adminConfirmDeleteReport', { name: r.name }))) return;
    if (await action.run(() => request(DeleteSavedReportDocument, { id: r.id }))) onChanged();
  };
  const columns: Column<Report>[] = [
    {
      key: 'name',
      header: t('adminReportName'),
      render: (r) => (
        <>
          <strong>{r.name}</strong>
          {r.description ? <span className="muted small block">{r.description}</span> : null}
        </>
      ),
      value: (r) => r.name,
    },
    {
      key: 'scope',
      header: t('adminKeyScope'),
      render: (r) => labels.place(place, r.regionCode, r.provinceCode),
      value: (r) => r.scope,
    },
    { key: 'updated', header: t('adminUpdated'), render: (r) => when(r.updatedAt), value: (r) => r.updatedAt, secondary: true },
    {
      key: 'actions',
      header: t('adminManage'),
      render: (r) => (
        <span className="row-actions">
          <button
            type="button"
            aria-label={t('adminRunReport', { name: r.name })}
            disabled={action.busy}
            onClick={() => void run(r)}
          >
            {t('adminRun')}
          </button>
          <button
            type="button"
            aria-label={t('adminDownloadOf', { name: r.name, format: 'CSV' })}
            onClick={() => void action.run(() => downloadExport(r.csvPath))}
          >
            CSV
          </button>
          <button
            type="button"
            aria-label={t('adminDownloadOf', { name: r.name, format: 'XLSX' })}
            onClick={() => void action.run(() => downloadExport(r.xlsxPath))}
          >
            XLSX
          </button>
          <button
            type="button"
            aria-label={t('adminDeleteReport', { name: r.name })}
            disabled={action.busy}
            onClick={() => void remove(r)}
          >
            {t('adminDelete')}
          </button>
        </span>
      ),
    },
  ];
  return (
    <>
      <ActionError error={action.error} />
      {reports.data.savedReports.length === 0 ? (
        <p>{t('adminNoReports')}</p>
      ) : (
        <DataTable
          title={t('adminReports')}
          columns={columns}
          rows={reports.data.savedReports}
          rowKey={(r) => r.id}
          testId="saved-reports-table"
        />
      )}
      {result ? (
        <Section id="report-result" title={t('adminResultOf', { name: result.report.name })}>
          <RunResult report={result.report} run={result.run} />
        </Section>
      ) : null}
    </>
  );
}

export function SavedReportsPanel({ place }: { place: AdminPlace }) {
  const { t } = useI18n();
  const [version, setVersion] = useState(0);
  return (
    <Section id="saved-reports" title={t('adminReports')}>
      <ReportsTable key={version} place={place} onChanged={() => setVersion((v) => v + 1)} />
    </Section>
  );
}
