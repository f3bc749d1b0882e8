import { useState } from 'react';
import { frameworkFor, useFrameworks } from '../api/frameworks';
import type { ApiError } from '../api/client';
import { CategoryBadge } from '../components/category';
import { DataTable, type Column } from '../components/data-table';
import { Section } from '../components/ui';
import type { PeriodMonitorQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { downloadOfficialResults, uploadOfficialResults, type ImportReport, type ImportRow } from './http';
import { asApiError, ConfirmAction, errorFor, ErrorLine, Field, formError } from './shared';

type Period = PeriodMonitorQuery['period'];

/**
 * Official results from a CSV/XLSX file: a dry run first, its report as a table (region, value,
 * published and computed category, mismatch, row errors), and only then the real import;
 * the period's official results back as a file.
 */
export function ImportPanel({ period }: { period: Period }) {
  const { t, num, errorText } = useI18n();
  const frameworks = useFrameworks();
  const framework = frameworkFor(frameworks, period.frameworkCode, period.frameworkVersion);
  const [file, setFile] = useState<File | null>(null);
  const [source, setSource] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [done, setDone] = useState<ImportReport | null>(null);

  const check = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    setReport(null);
    setDone(null);
    try {
      setReport(await uploadOfficialResults(period.id, file, { dryRun: true, source }));
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };

  const columns: Column<ImportRow>[] = [
    { key: 'line', header: t('line'), render: (r) => r.line, value: (r) => r.line, numeric: true },
    {
      key: 'region',
      header: t('region'),
      render: (r) => r.regionName ?? <span className="muted">–</span>,
      value: (r) => r.regionName,
    },
    { key: 'value', header: t('value'), render: (r) => num(r.value), value: (r) => r.value, numeric: true },
    {
      key: 'published',
      header: t('publishedCategory'),
      render: (r) => (
        <span title={r.categoryReading ?? undefined}>
          <CategoryBadge framework={framework} code={r.publishedCategory} />
          {r.categoryText && r.categoryText !== r.publishedCategory ? (
            <span className="muted small"> ({r.categoryText})</span>
          ) : null}
        </span>
      ),
      value: (r) => r.publishedCategory,
    },
    {
      key: 'computed',
      header: t('computedCategory'),
      render: (r) => <CategoryBadge framework={framework} code={r.computedCategory} />,
      value: (r) => r.computedCategory,
    },
    {
      key: 'mismatch',
      header: t('mismatch'),
      render: (r) =>
        r.categoryMismatch ? (
          <strong className="flag">⚠ {t('mismatchYes')}</strong>
        ) : (
          <span className="muted">{t('mismatchNo')}</span>
        ),
      value: (r) => (r.categoryMismatch ? t('mismatchYes') : t('mismatchNo')),
    },
    {
      key: 'errors',
      header: t('rowErrors'),
      render: (r) =>
        r.errors.length ? (
          <ul className="row-errors">
            {r.errors.map((e, i) => (
              <li key={i}>{e.message}</li>
            ))}
          </ul>
        ) : (
          <span className="ok">✓ {t('rowOk')}</span>
        ),
      value: (r) => r.errors.map((e) => e.message).join('; '),
    },
  ];

  const canImport = !!report && report.valid && report.realRun.allowed;
  return (
    <>
      <Section id="import" title={t('importTitle')}>
        <p>{t('importIntro')}</p>
        <div className="form-grid">
          <Field label={t('importFile')} error={errorFor(error, 'file')} hint={t('importFileHint')}>
            {(p) => (
              <input
                {...p}
                type="file"
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                onChange={(e) => {
                  setFile(e.target.files?.[0] ?? null);
                  setReport(null);
                  setDone(null);
                  setError(null);
                }}
              />
            )}
          </Field>
          <Field label={t('importSource')} error={errorFor(error, 'source')} hint={t('importSourceHint')}>
            {(p) => (
              <input
                {...p}
                type="text"
                value={source}
                maxLength={500}
                onChange={(e) => {
                  setSource(e.target.value);
                  setReport(null);
                }}
              />
            )}
          </Field>
        </div>
        <ErrorLine message={formError(error, ['file', 'source'], errorText)} />
        <button
          type="button"
          className="primary"
          disabled={!file || busy}
          onClick={() => void check()}
          data-testid="import-check"
        >
          {busy ? t('working') : t('importCheck')}
        </button>
      </Section>
      {report ? (
        <Section id="import-report" title={t('importReport')}>
          <p className={report.valid ? 'note' : 'error'} role="status" data-testid="import-message">
            {t('importSummary', {
              rows: report.summary.rows,
              ok: report.summary.ok,
              failed: report.summary.failed,
              mismatches: report.summary.categoryMismatches,
            })}{' '}
            {report.valid ? t('importNothingWritten') : t('importFixFirst')}
          </p>
          {report.summary.categoryMismatches > 0 ? <p className="note">{t('mismatchExplain')}</p> : null}
          {!report.realRun.allowed ? (
            <p className="error" role="alert">
              {t('importNotAllowed', { message: report.realRun.message ?? '' })}
            </p>
          ) : null}
          <DataTable
            title={t('importReport')}
            columns={columns}
            rows={report.rows}
            rowKey={(r) => String(r.line)}
            muted={(r) => r.errors.length > 0}
            testId="import-report-table"
          />
          {done ? null : (
            <ConfirmAction
              label={t('importRun', { n: report.summary.rows })}
              title={t('importRunTitle')}
              explain={
                <ul>
                  <li>{t('importRunExplain1', { n: report.summary.rows })}</li>
                  <li>{t('importRunExplain2')}</li>
                  <li>{t('importRunExplain3')}</li>
                </ul>
              }
              confirmLabel={t('importRunConfirm')}
              disabled={!canImport}
              run={async () => {
                if (!file) return;
                const result = await uploadOfficialResults(period.id, file, { dryRun: false, source });
                setDone(result);
              }}
              testId="import-run"
              primary
            />
          )}
          {done ? (
            <p className="note" role="status" data-testid="import-done">
              {t('importDone', { n: done.summary.rows, changed: done.changed })}
            </p>
          ) : null}
        </Section>
      ) : null}
      <Section id="official-download" title={t('officialDownload')}>
        <p className="muted">{t('officialDownloadIntro')}</p>
        <DownloadOfficial periodId={period.id} />
      </Section>
    </>
  );
}

function DownloadOfficial({ periodId }: { periodId: string }) {
  const { t, errorText } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const get = (format: 'csv' | 'xlsx') => {
    setError(null);
    downloadOfficialResults(periodId, format).catch((e: unknown) => setError(errorText(e)));
  };
  return (
    <>
      <div className="downloads start">
        <button type="button" onClick={() => get('csv')}>
          {t('downloadCsv')}
        </button>
        <button type="button" onClick={() => get('xlsx')}>
          {t('downloadXlsx')}
        </button>
      </div>
      <ErrorLine message={error} />
    </>
  );
}
