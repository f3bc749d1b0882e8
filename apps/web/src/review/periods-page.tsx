import { useState } from 'react';
import { useFrameworks, type FrameworkVersion } from '../api/frameworks';
import { request } from '../api/client';
import { useQuery } from '../api/use-query';
import { DataTable, type Column } from '../components/data-table';
import { DemoBanner, ErrorBox, Loading, NotAvailable, Section } from '../components/ui';
import { useI18n } from '../i18n/i18n';
import { Link, navigate } from '../router';
import { OpenPeriodDocument, ReviewPeriodsDocument } from './documents';
import type { ReviewPeriodsQuery } from '../gql/graphql';
import { ConfirmAction, errorFor, Field, PageHead, StatePill, useDates, useReviewerOf, useStateLabels } from './shared';

type PeriodRow = ReviewPeriodsQuery['periods'][number];

/** Paths of the reviewer's pages. */
export const reviewPaths = {
  periods: (provinceCode: string) => `/provinsi/${provinceCode}/periode`,
  period: (provinceCode: string, periodId: string) => `/provinsi/${provinceCode}/periode/${periodId}`,
  region: (provinceCode: string, periodId: string, regionCode: string) =>
    `/provinsi/${provinceCode}/periode/${periodId}/wilayah/${regionCode}`,
  setup: (provinceCode: string) => `/provinsi/${provinceCode}/target`,
};

/** A framework's name in the active language. */
export function useFrameworkName(frameworks: FrameworkVersion[] | null) {
  const { name } = useI18n();
  return (code: string) => {
    const f = frameworks?.find((x) => x.code === code);
    return f ? name(f.names.id, f.names.en, code) : code;
  };
}

/** The framework codes there are versions of, sorted. */
export function frameworkCodes(frameworks: FrameworkVersion[] | null): string[] {
  return [...new Set((frameworks ?? []).map((f) => f.code))].sort();
}

/** A framework picker (by name) with the API's error for `frameworkCode` on it. */
export function FrameworkField({
  frameworks,
  value,
  onChange,
  error,
}: {
  frameworks: FrameworkVersion[] | null;
  value: string;
  onChange: (code: string) => void;
  error: string | null;
}) {
  const { t } = useI18n();
  const frameworkName = useFrameworkName(frameworks);
  return (
    <Field label={t('framework')} error={error}>
      {(p) => (
        <select {...p} value={value} onChange={(e) => onChange(e.target.value)}>
          {frameworkCodes(frameworks).map((c) => (
            <option key={c} value={c}>
              {frameworkName(c)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** The province's periods, each leading to its monitor, and opening a new one. */
export function PeriodsPage({ provinceCode }: { provinceCode: string }) {
  const allowed = useReviewerOf(provinceCode);
  const { t } = useI18n();
  const [tick, setTick] = useState(0);
  const data = useQuery(ReviewPeriodsDocument, { provinceCode }, !allowed);
  const frameworks = useFrameworks();
  const frameworkName = useFrameworkName(frameworks);
  const labels = useStateLabels();
  const { date } = useDates();
  if (!allowed) return <NotAvailable />;
  if (data.status === 'loading') return <Loading />;
  if (data.status === 'error') return <ErrorBox error={data.error} />;
  const periods = [...data.data.periods].sort((a, b) => b.year - a.year || a.frameworkCode.localeCompare(b.frameworkCode));
  const columns: Column<PeriodRow>[] = [
    {
      key: 'framework',
      header: t('framework'),
      render: (p) => <Link to={reviewPaths.period(provinceCode, p.id)}>{`${frameworkName(p.frameworkCode)} ${p.year}`}</Link>,
      value: (p) => `${frameworkName(p.frameworkCode)} ${p.year}`,
    },
    { key: 'year', header: t('year'), render: (p) => p.year, value: (p) => p.year, numeric: true, secondary: true },
    {
      key: 'version',
      header: t('frameworkVersion'),
      render: (p) => p.frameworkVersion,
      value: (p) => p.frameworkVersion,
      secondary: true,
    },
    {
      key: 'state',
      header: t('periodStateHeader'),
      render: (p) => <StatePill state={p.state} label={labels.period(p.state)} />,
      value: (p) => labels.period(p.state),
    },
    {
      key: 'deadline',
      header: t('deadline'),
      render: (p) => <span className="nowrap">{date(p.deadline)}</span>,
      value: (p) => p.deadline,
    },
    {
      key: 'revision',
      header: t('revision'),
      render: (p) => p.publishedRevision || '–',
      value: (p) => p.publishedRevision,
      numeric: true,
      secondary: true,
    },
  ];
  return (
    <main id="main" className="page review">
      <PageHead crumbs={[{ to: `/provinsi/${provinceCode}`, label: data.data.province.name }]} title={t('periodsTitle')}>
        <Link to={reviewPaths.setup(provinceCode)}>{t('setupTitle')}</Link>
      </PageHead>
      <DemoBanner show={periods.some((p) => p.isDemo)} />
      <OpenPeriodForm
        key={tick}
        provinceCode={provinceCode}
        frameworks={frameworks}
        onOpened={(id) => {
          setTick((n) => n + 1);
          navigate(reviewPaths.period(provinceCode, id));
        }}
      />
      <Section id="periods" title={t('periodsList')}>
        <DataTable
          title={`${t('periodsTitle')} ${data.data.province.name}`}
          columns={columns}
          rows={periods}
          rowKey={(p) => p.id}
          notes={periods.some((p) => p.isDemo) ? [t('demoLabel')] : []}
          testId="periods-table"
        />
      </Section>
    </main>
  );
}

function OpenPeriodForm({
  provinceCode,
  frameworks,
  onOpened,
}: {
  provinceCode: string;
  frameworks: FrameworkVersion[] | null;
  onOpened: (id: string) => void;
}) {
  const { t } = useI18n();
  const codes = frameworkCodes(frameworks);
  const [frameworkCode, setFrameworkCode] = useState('');
  const [version, setVersion] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [deadline, setDeadline] = useState('');
  const code = frameworkCode || codes[0] || '';
  const versions = (frameworks ?? []).filter((f) => f.code === code);
  const open = async () => {
    const { openPeriod } = await request(OpenPeriodDocument, {
      input: { provinceCode, frameworkCode: code, year: Number(year), version: version || null, deadline: deadline || null },
    });
    onOpened(openPeriod.id);
  };
  return (
    <Section id="open-period" title={t('openPeriod')}>
      <p className="muted">{t('openPeriodIntro')}</p>
      <ConfirmAction
        label={t('openPeriodStart')}
        title={t('openPeriodConfirmTitle')}
        explain={<p>{t('openPeriodExplain')}</p>}
        confirmLabel={t('openPeriodConfirm')}
        run={open}
        fields={['frameworkCode', 'version', 'year', 'deadline']}
        testId="open-period"
        primary
      >
        {(error) => (
          <div className="form-grid">
            <FrameworkField
              frameworks={frameworks}
              value={code}
              error={errorFor(error, 'frameworkCode')}
              onChange={(c) => {
                setFrameworkCode(c);
                setVersion('');
              }}
            />
            <Field label={t('frameworkVersion')} error={errorFor(error, 'version')}>
              {(p) => (
                <select {...p} value={version} onChange={(e) => setVersion(e.target.value)}>
                  <option value="">{t('versionForYear')}</option>
                  {versions.map((v) => (
                    <option key={v.version} value={v.version}>
                      {v.version} ({v.years.from ?? '…'}–{v.years.to ?? '…'})
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('year')} error={errorFor(error, 'year')}>
              {(p) => (
                <input
                  {...p}
                  type="number"
                  inputMode="numeric"
                  min={2000}
                  max={2100}
                  value={year}
                  onChange={(e) => setYear(e.target.value)}
                />
              )}
            </Field>
            <Field label={t('deadline')} error={errorFor(error, 'deadline')} hint={t('deadlineHint')}>
              {(p) => <input {...p} type="date" value={deadline} onChange={(e) => setDeadline(e.target.value)} />}
            </Field>
          </div>
        )}
      </ConfirmAction>
    </Section>
  );
}
