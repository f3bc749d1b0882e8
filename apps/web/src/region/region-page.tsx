import { useMemo, useState } from 'react';
import { frameworkFor, shortfallPoints, useFrameworks } from '../api/frameworks';
import { useQuery } from '../api/use-query';
import { CategoryBadge } from '../components/category';
import { LineChart } from '../components/chart';
import { DataTable, type Column } from '../components/data-table';
import { DemoBanner, ErrorBox, Loading, Section } from '../components/ui';
import type { RegionProfileQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { id as STAGE_KEYS, type MessageKey } from '../i18n/messages';
import { Link } from '../router';
import { ProvinceMediansDocument, RegionPeriodsDocument, RegionProfileDocument } from './documents';
import { TargetPath } from './target-path';
import { WhatIfPanel } from './what-if-panel';

type Standing = RegionProfileQuery['regionProfile']['frameworks'][number];
type InnovationRow = RegionProfileQuery['regionProfile']['innovations'][number];

export function RegionPage({ regionCode }: { regionCode: string }) {
  const { t, num, name } = useI18n();
  const frameworks = useFrameworks();
  const profile = useQuery(RegionProfileDocument, { code: regionCode });
  const provinceCode = profile.status === 'ok' ? profile.data.regionProfile.provinceCode : '';
  const medians = useQuery(
    ProvinceMediansDocument,
    { filter: { provinces: [provinceCode], nodes: ['*'], status: ['PUBLISHED'] } },
    !provinceCode,
  );
  const periods = useQuery(RegionPeriodsDocument, { provinceCode }, !provinceCode);
  const [selected, setSelected] = useState<string | null>(null);
  const stageLabel = (code: string) => {
    const key = `stage_${code.toUpperCase()}` as MessageKey;
    return key in STAGE_KEYS ? t(key) : code;
  };

  const medianOf = useMemo(() => {
    const map = new Map<string, number | null>();
    if (medians.status === 'ok') for (const m of medians.data.aggregates) map.set(`${m.frameworkCode}:${m.year}`, m.median ?? null);
    return map;
  }, [medians]);

  if (profile.status === 'loading') return <Loading />;
  if (profile.status === 'error') return <ErrorBox error={profile.error} />;
  const p = profile.data.regionProfile;
  const frameworkName = (s: Standing) => {
    const f = frameworkFor(frameworks, s.frameworkCode, s.latest.frameworkVersion);
    return f ? name(f.names.id, f.names.en, s.frameworkCode) : s.frameworkCode;
  };
  const current = p.frameworks.find((f) => f.frameworkCode === selected) ?? p.frameworks.find((f) => f.frameworkCode === 'SAKIP') ?? p.frameworks[0];
  const isDemo = periods.status === 'ok' && periods.data.periods.some((x) => x.isDemo && p.frameworks.some((f) => f.frameworkCode === x.frameworkCode && f.latest.year === x.year));

  const columns: Column<Standing>[] = [
    { key: 'framework', header: t('framework'), render: (s) => <button type="button" className="linkish" onClick={() => setSelected(s.frameworkCode)}>{frameworkName(s)}</button>, value: (s) => frameworkName(s) },
    { key: 'year', header: t('year'), numeric: true, secondary: true, render: (s) => s.latest.year, value: (s) => s.latest.year },
    {
      key: 'value',
      header: t('value'),
      numeric: true,
      render: (s) => num(s.latest.value, frameworkFor(frameworks, s.frameworkCode, s.latest.frameworkVersion)?.scale.precision ?? 2),
      value: (s) => s.latest.value,
    },
    {
      key: 'category',
      header: t('category'),
      render: (s) => <CategoryBadge framework={frameworkFor(frameworks, s.frameworkCode, s.latest.frameworkVersion)} code={s.latest.category} />,
      value: (s) => s.latest.category,
    },
    {
      key: 'rank',
      header: t('rank'),
      render: (s) => (s.latest.rank ? t('rankOf', { rank: s.latest.rank, n: s.latest.rankedCount }) : '–'),
      value: (s) => s.latest.rank,
    },
  ];

  return (
    <main id="main" className="page">
      <header className="page-head">
        <h1>{p.regionName}</h1>
        <p className="muted">
          <Link to={`/provinsi/${p.provinceCode}`}>{t('openProvince')}</Link>
          {' · '}
          <Link to={`/wilayah/${p.regionCode}/isian`}>{t('entryOpenForm')}</Link>
          {p.consecutiveWtpYears > 0 ? ` · ${t('wtpStreak', { n: p.consecutiveWtpYears })}` : ''}
        </p>
      </header>
      <DemoBanner show={isDemo} />
      <Section id="profile" title={t('profile')}>
        <DataTable
          title={`${t('profile')} ${p.regionName}`}
          notes={isDemo ? [t('demoLabel')] : []}
          columns={columns}
          rows={p.frameworks}
          rowKey={(s) => s.frameworkCode}
          testId="profile-table"
        />
      </Section>
      {current ? (
        <>
          <div className="framework-tabs" role="tablist" aria-label={t('framework')}>
            {p.frameworks.map((s) => (
              <button
                key={s.frameworkCode}
                type="button"
                role="tab"
                aria-selected={s.frameworkCode === current.frameworkCode}
                className={s.frameworkCode === current.frameworkCode ? 'tab active' : 'tab'}
                onClick={() => setSelected(s.frameworkCode)}
              >
                {frameworkName(s)}
              </button>
            ))}
          </div>
          <StandingDetail standing={current} frameworkName={frameworkName(current)} median={(y) => medianOf.get(`${current.frameworkCode}:${y}`) ?? null} regionCode={p.regionCode} regionName={p.regionName} />
        </>
      ) : null}
      <Section id="innovations" title={t('innovations')} actions={<Link to={`/wilayah/${p.regionCode}/inovasi`}>{t('innoOpenPage')}</Link>}>
        {p.innovations.length === 0 ? (
          <p className="muted">{t('noInnovations')}</p>
        ) : (
          <DataTable<InnovationRow>
            title={`${t('innovations')} ${p.regionName}`}
            columns={[
              { key: 'stage', header: t('stage'), render: (r) => stageLabel(r.stage ?? r.status), value: (r) => stageLabel(r.stage ?? r.status) },
              { key: 'count', header: t('count'), numeric: true, render: (r) => r.count, value: (r) => r.count },
            ]}
            rows={p.innovations}
            rowKey={(r) => `${r.status}:${r.stage}`}
            testId="innovations-table"
          />
        )}
      </Section>
    </main>
  );
}

function StandingDetail({
  standing,
  frameworkName,
  median,
  regionCode,
  regionName,
}: {
  standing: Standing;
  frameworkName: string;
  median: (year: number) => number | null;
  regionCode: string;
  regionName: string;
}) {
  const { t, num, name } = useI18n();
  const frameworks = useFrameworks();
  const framework = frameworkFor(frameworks, standing.frameworkCode, standing.latest.frameworkVersion);
  const digits = framework?.scale.precision ?? 2;
  const areaPoints = (code: string, share: number) => shortfallPoints(framework, code, share);
  const history = useMemo(() => [...standing.history].sort((a, b) => a.year - b.year), [standing.history]);
  const years = useMemo(() => history.map((h) => h.year), [history]);
  const valueSeries = useMemo(
    () => [
      { name: regionName, points: history.map((h) => h.value ?? null) },
      { name: t('provinceMedianLine'), points: history.map((h) => median(h.year)), reference: true },
    ],
    [history, median, regionName, t],
  );
  const rankSeries = useMemo(() => [{ name: regionName, points: history.map((h) => h.rank ?? null) }], [history, regionName]);

  return (
    <>
      <Section id="trend" title={`${frameworkName}: ${t('latest')} ${standing.latest.year}`}>
        <p className="summary" data-testid="latest-standing">
          {t('value')} <strong>{num(standing.latest.value, digits)}</strong> · <CategoryBadge framework={framework} code={standing.latest.category} /> ·{' '}
          {standing.latest.rank ? t('rankOf', { rank: standing.latest.rank, n: standing.latest.rankedCount }) : t('noData')}
        </p>
        {standing.weakestAreas.length ? (
          <p className="muted small">
            {t('weakestAreas')}: {standing.weakestAreas.map((a) => `${name(a.nameId, a.nameEn, a.areaCode)} (−${num(areaPoints(a.areaCode, a.shortfall), digits)})`).join(', ')}
          </p>
        ) : null}
        <div className="charts">
          <LineChart title={`${t('trend')} ${frameworkName} ${regionName}`} categories={years} series={valueSeries} testId="value-trend" />
          <LineChart title={`${t('rankTrend')} ${frameworkName} ${regionName}`} categories={years} series={rankSeries} inverse testId="rank-trend" />
        </div>
      </Section>
      <Section id="targets" title={t('targets')}>
        {standing.targets.length === 0 ? (
          <p className="muted">{t('noTargets')}</p>
        ) : (
          <ul className="targets" data-testid="targets">
            {standing.targets.map((g) => (
              <li key={g.year}>
                <strong>
                  {g.year}: {t('targetText', { category: g.targetCategory ?? '', rank: g.targetRank ? t('targetRankText', { rank: g.targetRank }) : '' })}
                </strong>{' '}
                —{' '}
                {g.categoryGap !== null && g.categoryGap !== undefined
                  ? g.categoryGap > 0
                    ? t('distancePoints', { gap: num(g.categoryGap, digits) })
                    : t('targetMet')
                  : ''}
                {g.rankGap !== null && g.rankGap !== undefined ? ` · ${g.rankGap > 0 ? t('distanceRanks', { gap: g.rankGap }) : t('targetMet')}` : ''}
                {g.note ? <span className="muted"> ({g.note})</span> : null}
              </li>
            ))}
          </ul>
        )}
        {standing.targets.length ? (
          <TargetPath
            regionCode={regionCode}
            frameworkCode={standing.frameworkCode}
            year={standing.latest.year}
            targetCategory={standing.targets[standing.targets.length - 1].targetCategory ?? null}
            targetRank={standing.targets[standing.targets.length - 1].targetRank ?? null}
            framework={framework}
          />
        ) : null}
      </Section>
      <WhatIfPanel regionCode={regionCode} frameworkCode={standing.frameworkCode} year={standing.latest.year} framework={framework} />
    </>
  );
}
