import { useId, useMemo, useState } from 'react';
import { ApiError } from '../api/client';
import { useFrameworks } from '../api/frameworks';
import { DataTable, type Column } from '../components/data-table';
import { saveBlob } from '../components/export';
import { Section } from '../components/ui';
import { useI18n } from '../i18n/i18n';
import { id as MESSAGES, type MessageKey } from '../i18n/messages';
import './national-import.css';
import { downloadNationalTable, uploadNationalTable, type NationalProvince, type NationalReport, type NationalRow } from './national-import-api';

type Step = { status: 'idle' } | { status: 'busy'; dryRun: boolean } | { status: 'done'; report: NationalReport } | { status: 'failed'; error: ApiError };

/**
 * The operator's upload of one national table (every kabupaten/kota, one framework and year):
 * a dry run that shows per province what would change, then the import, all or nothing.
 */
export function NationalImportPanel({ frameworkCode, year }: { frameworkCode: string | null; year: number | null }) {
  const { t, num, name } = useI18n();
  const frameworks = useFrameworks();
  const ids = useId();
  const codes = useMemo(() => [...new Set((frameworks ?? []).map((f) => f.code))].sort(), [frameworks]);
  const [code, setCode] = useState(frameworkCode ?? 'RB');
  const [chosenYear, setYear] = useState(year ?? new Date().getFullYear() - 1);
  const [file, setFile] = useState<File | null>(null);
  const [source, setSource] = useState('');
  const [step, setStep] = useState<Step>({ status: 'idle' });
  const checked = step.status === 'done' && step.report.dryRun ? step.report : null;

  // A code from the API shows as its label where the app has one.
  const label = (key: string, fallback: string) => (key in MESSAGES ? t(key as MessageKey) : fallback);
  const run = async (dryRun: boolean) => {
    if (!file) {
      setStep({ status: 'failed', error: new ApiError(t('niChooseFile'), 'BAD_USER_INPUT', ['file']) });
      return;
    }
    setStep({ status: 'busy', dryRun });
    try {
      setStep({ status: 'done', report: await uploadNationalTable(code, chosenYear, file, source, dryRun) });
    } catch (error) {
      setStep({ status: 'failed', error: error instanceof ApiError ? error : new ApiError(String(error), 'INTERNAL_SERVER_ERROR') });
    }
  };
  const download = async (format: 'csv' | 'xlsx') => {
    try {
      saveBlob(await downloadNationalTable(code, chosenYear, format), `hasil-resmi-${code}-${chosenYear}-nasional.${format}`);
    } catch (error) {
      setStep({ status: 'failed', error: error instanceof ApiError ? error : new ApiError(String(error), 'INTERNAL_SERVER_ERROR') });
    }
  };
  const fname = (c: string) => {
    const f = frameworks?.find((x) => x.code === c);
    return f ? name(f.names.id, f.names.en, c) : c;
  };

  const provinceColumns: Column<NationalProvince>[] = [
    { key: 'province', header: t('province'), render: (p) => p.provinceName, value: (p) => p.provinceName },
    {
      key: 'period',
      header: t('niPeriod'),
      render: (p) =>
        p.blocked ? <strong className="warn">{t('niPublishedBlocked')}</strong> : p.opensPeriod ? t('niOpens') : label(`niState_${p.periodState}`, p.periodState ?? ''),
      value: (p) => (p.opensPeriod ? t('niOpens') : label(`niState_${p.periodState}`, p.periodState ?? '')),
    },
    { key: 'rows', header: t('niRows'), numeric: true, secondary: true, render: (p) => num(p.rows, 0), value: (p) => p.rows },
    { key: 'new', header: t('niNew'), numeric: true, render: (p) => num(p.new, 0), value: (p) => p.new },
    { key: 'changed', header: t('niChanged'), numeric: true, render: (p) => num(p.changed, 0), value: (p) => p.changed },
    { key: 'unchanged', header: t('niUnchanged'), numeric: true, render: (p) => num(p.unchanged, 0), value: (p) => p.unchanged },
    { key: 'failed', header: t('niFailed'), numeric: true, render: (p) => (p.failed ? <strong className="warn">{num(p.failed, 0)}</strong> : num(0, 0)), value: (p) => p.failed },
    { key: 'mismatch', header: t('niMismatches'), numeric: true, secondary: true, render: (p) => num(p.categoryMismatches, 0), value: (p) => p.categoryMismatches },
  ];
  const problemColumns: Column<NationalRow>[] = [
    { key: 'line', header: t('niLine'), numeric: true, render: (r) => r.line, value: (r) => r.line },
    { key: 'region', header: t('niRegion'), render: (r) => r.regionName ?? r.regionCode ?? '–', value: (r) => r.regionName ?? r.regionCode },
    {
      key: 'problem',
      header: t('niProblem'),
      render: (r) => (
        <ul className="plain">
          {r.errors.map((e, i) => (
            <li key={i} title={e.message}>
              {label(`niErr_${e.code}`, e.code)}
              <span className="muted"> — {e.message}</span>
            </li>
          ))}
        </ul>
      ),
      value: (r) => r.errors.map((e) => e.message).join('; '),
    },
  ];

  return (
    <Section id="national-import" title={t('niTitle')}>
      <p className="muted">{t('niIntro')}</p>
      <form
        className="import-form"
        onSubmit={(e) => {
          e.preventDefault();
          void run(true);
        }}
      >
        <div className="pickers">
          <label>
            {t('framework')}
            <select value={code} onChange={(e) => setCode(e.target.value)}>
              {(codes.length ? codes : [code]).map((c) => (
                <option key={c} value={c}>
                  {fname(c)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('year')}
            <input type="number" min={1990} max={2100} value={chosenYear} onChange={(e) => setYear(Number(e.target.value))} />
          </label>
        </div>
        <label htmlFor={`${ids}-file`}>{t('niFile')}</label>
        <input
          id={`${ids}-file`}
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={`${ids}-hint`}
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setStep({ status: 'idle' });
          }}
        />
        <p id={`${ids}-hint`} className="muted small">
          {t('niFileHint')}
        </p>
        <label htmlFor={`${ids}-source`}>{t('niSource')}</label>
        <input id={`${ids}-source`} type="text" maxLength={300} value={source} onChange={(e) => setSource(e.target.value)} />
        <div className="actions">
          <button type="submit" disabled={step.status === 'busy'}>
            {t('niCheck')}
          </button>
          <button
            type="button"
            className="primary"
            disabled={!checked || !checked.valid || !checked.realRun.allowed || step.status !== 'done'}
            onClick={() => void run(false)}
          >
            {t('niImport')}
          </button>
          <span className="downloads">
            {t('niDownload')}:{' '}
            <button type="button" className="linkish" onClick={() => void download('csv')}>
              CSV
            </button>{' '}
            <button type="button" className="linkish" onClick={() => void download('xlsx')}>
              XLSX
            </button>
          </span>
        </div>
      </form>
      <div role="status" aria-live="polite" data-testid="national-import-status">
        {step.status === 'busy' ? <p className="muted">{t(step.dryRun ? 'niChecking' : 'niImporting')}</p> : null}
        {step.status === 'failed' ? (
          <p className="error" role="alert">
            {label(`niFileErr_${step.error.code}`, '')} {step.error.message}
          </p>
        ) : null}
        {step.status === 'done' ? <Outcome report={step.report} /> : null}
      </div>
      {step.status === 'done' ? (
        <>
          <h3>{t('niPerProvince')}</h3>
          <DataTable
            title={`${t('niPerProvince')} ${step.report.frameworkCode} ${step.report.year}`}
            columns={provinceColumns}
            rows={step.report.provinces}
            rowKey={(p) => p.provinceCode}
            testId="national-import-provinces"
          />
          {step.report.summary.failed > 0 ? (
            <>
              <h3>{t('niProblems')}</h3>
              <DataTable
                title={`${t('niProblems')} ${step.report.frameworkCode} ${step.report.year}`}
                columns={problemColumns}
                rows={step.report.rows.filter((r) => r.errors.length > 0)}
                rowKey={(r) => String(r.line)}
                testId="national-import-problems"
              />
            </>
          ) : null}
        </>
      ) : null}
    </Section>
  );
}

/** The outcome in words, from the report's numbers. */
function Outcome({ report }: { report: NationalReport }) {
  const { t, num } = useI18n();
  const s = report.summary;
  const blocked = report.provinces.filter((p) => p.blocked).map((p) => p.provinceName);
  const headline = !report.dryRun
    ? report.changed > 0
      ? t('niImported', { changed: num(report.changed, 0) })
      : t('niNothingChanged')
    : report.valid
      ? t('niDryRunOk')
      : t('niDryRunBad');
  return (
    <div className={report.valid ? 'note' : 'error'} data-testid="national-import-outcome">
      <p>
        <strong>{headline}</strong>
      </p>
      <p>
        {t('niSummary', {
          rows: num(s.rows, 0),
          new: num(s.new, 0),
          changed: num(s.changed, 0),
          unchanged: num(s.unchanged, 0),
          failed: num(s.failed, 0),
          mismatches: num(s.categoryMismatches, 0),
          provinces: num(s.provinces, 0),
          periods: num(s.periodsToOpen, 0),
        })}
      </p>
      {blocked.length ? <p>{t('niBlocked', { provinces: blocked.join(', ') })}</p> : null}
    </div>
  );
}

