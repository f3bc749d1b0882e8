import { useMemo } from 'react';
import { DataTable, type Column } from '../components/data-table';
import { Section } from '../components/ui';
import type { PeriodMonitorQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { Link, setQuery, useLocation } from '../router';
import { reviewPaths } from './periods-page';
import { RemindButton } from '../notifications/remind-button';
import { StatePill, SUBMISSION_STATES, useDates, useStateLabels } from './shared';

type Row = PeriodMonitorQuery['submissions'][number] & { kind: string };

/**
 * Every region of the province with its submission: state, last change, completeness and the
 * deadline, filtered by state and by kabupaten / kota; a region leads to its review screen.
 */
export function MonitorPanel({ data, provinceCode }: { data: PeriodMonitorQuery; provinceCode: string }) {
  const { t, num } = useI18n();
  const { query } = useLocation();
  const labels = useStateLabels();
  const { dateTime } = useDates();
  const period = data.period;
  const kinds = useMemo(() => new Map(data.province.regions.map((r) => [r.code, r.kind])), [data.province.regions]);
  const all: Row[] = data.submissions.map((s) => ({ ...s, kind: kinds.get(s.regionCode) ?? '' }));
  const state = SUBMISSION_STATES.includes(query.get('status') ?? '') ? query.get('status')! : '';
  const kind = ['KABUPATEN', 'KOTA'].includes(query.get('jenis') ?? '') ? query.get('jenis')! : '';
  const rows = all.filter((r) => (!state || r.state === state) && (!kind || r.kind === kind));
  const counts = SUBMISSION_STATES.map((s) => ({ state: s, n: all.filter((r) => r.state === s).length }));

  const columns: Column<Row>[] = [
    {
      key: 'region',
      header: t('region'),
      render: (r) => <Link to={reviewPaths.region(provinceCode, period.id, r.regionCode)}>{r.regionName}</Link>,
      value: (r) => r.regionName,
    },
    {
      key: 'state',
      header: t('submissionStateHeader'),
      render: (r) => (
        <>
          <StatePill state={r.state} label={labels.submission(r.state)} />
          {/* phones: completeness rides with the state (its own column is hidden there) */}
          <span className="narrow-only stack small">{`${r.indicatorsFilled}/${r.indicatorsTotal}`}</span>
        </>
      ),
      value: (r) => labels.submission(r.state),
    },
    {
      key: 'completeness',
      header: t('completeness'),
      render: (r) => (
        <span className="completeness">
          <meter min={0} max={1} value={r.completeness} aria-label={t('completenessOf', { region: r.regionName })} />
          {r.hasOfficialResult ? (
            <span>{t('officialResult')}</span>
          ) : (
            <>
              {t('filledOf', { filled: r.indicatorsFilled, total: r.indicatorsTotal })}{' '}
              <span className="muted small">({num(r.completeness * 100, 0)}%)</span>
            </>
          )}
        </span>
      ),
      value: (r) => r.completeness,
      numeric: true,
      secondary: true,
    },
    {
      key: 'changed',
      header: t('lastChange'),
      render: (r) => dateTime(r.lastChangedAt),
      value: (r) => r.lastChangedAt,
      secondary: true,
    },
    {
      key: 'submitted',
      header: t('submittedAt'),
      render: (r) => dateTime(r.submittedAt),
      value: (r) => r.submittedAt,
      secondary: true,
    },
    {
      key: 'returned',
      header: t('returnedValues'),
      render: (r) => (r.returnedValues ? r.returnedValues : '–'),
      value: (r) => r.returnedValues,
      numeric: true,
      secondary: true,
    },
  ];

  return (
    <Section id="monitor" title={t('monitorTitle')}>
      <p className="summary" data-testid="monitor-summary">
        {counts.map((c, i) => (
          <span key={c.state}>
            {i > 0 ? ' · ' : ''}
            {labels.submission(c.state)}: <strong>{c.n}</strong>
          </span>
        ))}
      </p>
      {period.state === 'OPEN' && counts.some((c) => c.n > 0 && ['NOT_STARTED', 'DRAFT', 'RETURNED'].includes(c.state)) ? (
        <p data-testid="monitor-remind">
          <RemindButton periodId={period.id} />
        </p>
      ) : null}
      <div className="filters" role="group" aria-label={t('filters')}>
        <label>
          {t('submissionStateHeader')}
          <select value={state} onChange={(e) => setQuery({ status: e.target.value || null })} data-testid="filter-state">
            <option value="">{t('all')}</option>
            {SUBMISSION_STATES.map((s) => (
              <option key={s} value={s}>
                {labels.submission(s)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('kind')}
          <select value={kind} onChange={(e) => setQuery({ jenis: e.target.value || null })} data-testid="filter-kind">
            <option value="">{t('all')}</option>
            <option value="KABUPATEN">{t('kabupaten')}</option>
            <option value="KOTA">{t('kota')}</option>
          </select>
        </label>
        <p className="muted small" aria-live="polite">
          {t('shownOf', { n: rows.length, total: all.length })}
        </p>
      </div>
      <DataTable
        title={t('monitorTitle')}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.regionCode}
        muted={(r) => r.state === 'NOT_STARTED'}
        notes={period.isDemo ? [t('demoLabel')] : []}
        testId="monitor-table"
      />
    </Section>
  );
}
