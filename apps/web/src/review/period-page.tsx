import { useState } from 'react';
import { useFrameworks } from '../api/frameworks';
import { useQuery } from '../api/use-query';
import { DemoBanner, ErrorBox, Loading, NotAvailable } from '../components/ui';
import type { PeriodMonitorQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { setQuery, useLocation } from '../router';
import { PeriodMonitorDocument } from './documents';
import { ImportPanel } from './import-panel';
import { MonitorPanel } from './monitor-panel';
import { PeriodActions } from './period-actions';
import { reviewPaths, useFrameworkName } from './periods-page';
import { daysUntil, PageHead, StatePill, useDates, useReviewerOf, useStateLabels } from './shared';

export type MonitorData = PeriodMonitorQuery;

/** One period: its state and deadline, what can be done next, the submission monitor and the official-results import. */
export function PeriodPage({ provinceCode, periodId }: { provinceCode: string; periodId: string }) {
  const allowed = useReviewerOf(provinceCode);
  // After an action the page reads everything again (a new mount runs its query anew).
  const [tick, setTick] = useState(0);
  if (!allowed) return <NotAvailable />;
  return <PeriodView key={tick} provinceCode={provinceCode} periodId={periodId} reload={() => setTick((n) => n + 1)} />;
}

function PeriodView({ provinceCode, periodId, reload }: { provinceCode: string; periodId: string; reload: () => void }) {
  const { t } = useI18n();
  const { query } = useLocation();
  const data = useQuery(PeriodMonitorDocument, { periodId, provinceCode });
  const frameworks = useFrameworks();
  const frameworkName = useFrameworkName(frameworks);
  const labels = useStateLabels();
  const { date } = useDates();
  if (data.status === 'loading') return <Loading />;
  if (data.status === 'error') return <ErrorBox error={data.error} />;
  const { period, province } = data.data;
  if (period.provinceCode !== provinceCode) return <NotAvailable />;
  const tab = query.get('tab') === 'impor' ? 'impor' : 'pantau';
  const left = period.deadline ? daysUntil(period.deadline) : null;
  return (
    <main id="main" className="page review">
      <PageHead
        crumbs={[
          { to: `/provinsi/${provinceCode}`, label: province.name },
          { to: reviewPaths.periods(provinceCode), label: t('periodsTitle') },
        ]}
        title={`${frameworkName(period.frameworkCode)} ${period.year}`}
      >
        <dl className="facts" data-testid="period-facts">
          <div>
            <dt>{t('periodStateHeader')}</dt>
            <dd>
              <StatePill state={period.state} label={labels.period(period.state)} />
            </dd>
          </div>
          <div>
            <dt>{t('deadline')}</dt>
            <dd>
              {date(period.deadline)}
              {left !== null && period.state === 'OPEN' ? (
                <span className={left < 0 ? 'late' : 'muted'}>
                  {' '}
                  · {left < 0 ? t('deadlinePassed', { n: -left }) : t('daysLeft', { n: left })}
                </span>
              ) : null}
            </dd>
          </div>
          <div>
            <dt>{t('frameworkVersion')}</dt>
            <dd>{period.frameworkVersion}</dd>
          </div>
          <div>
            <dt>{t('revision')}</dt>
            <dd>{period.publishedRevision || '–'}</dd>
          </div>
        </dl>
      </PageHead>
      <DemoBanner show={period.isDemo} />
      <PeriodActions period={period} submissions={data.data.submissions} onDone={reload} />
      <nav className="tabs" aria-label={t('periodSections')}>
        {[
          { key: 'pantau', label: t('monitorTitle') },
          { key: 'impor', label: t('importTitle') },
        ].map((x) => (
          <button
            key={x.key}
            type="button"
            className={x.key === tab ? 'tab active' : 'tab'}
            aria-current={x.key === tab ? 'page' : undefined}
            onClick={() => {
              setQuery({ tab: x.key === 'pantau' ? null : x.key });
              // Back on the monitor after an import: read the submissions again.
              if (x.key === 'pantau' && tab !== 'pantau') reload();
            }}
          >
            {x.label}
          </button>
        ))}
      </nav>
      {tab === 'pantau' ? <MonitorPanel data={data.data} provinceCode={provinceCode} /> : <ImportPanel period={period} />}
    </main>
  );
}
