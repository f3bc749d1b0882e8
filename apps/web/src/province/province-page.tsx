import { lazy, Suspense, useMemo } from 'react';
import { frameworkFor, useFrameworks, type FrameworkVersion } from '../api/frameworks';
import { useQuery } from '../api/use-query';
import { useSession } from '../api/session';
import { FrameworkYearPickers } from '../components/pickers';
import { DemoBanner, ErrorBox, Loading } from '../components/ui';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { ReviewLinks } from '../review/review-links';
import { setQuery, useLocation } from '../router';
import { ProvincePeriodsDocument } from './documents';
import { HeatmapPanel } from './heatmap-panel';
import { LeaderboardPanel } from './leaderboard-panel';
import { NationalPanel } from './national-panel';
import { TrailingPanel } from './trailing-panel';

const ComparePanel = lazy(() => import('./compare-panel').then((m) => ({ default: m.ComparePanel })));

const TABS: { key: string; label: MessageKey }[] = [
  { key: 'peringkat', label: 'leaderboard' },
  { key: 'peta', label: 'heatmap' },
  { key: 'tertinggal', label: 'trailing' },
  { key: 'nasional', label: 'nationalPosition' },
  { key: 'bandingkan', label: 'compare' },
];

export interface BoardContext {
  provinceCode: string;
  provinceName: string;
  frameworkCode: string;
  year: number;
  provisional: boolean;
  isDemo: boolean;
  framework: FrameworkVersion | null;
  frameworkName: string;
  regions: { code: string; name: string; kind: string }[];
  peerGroups: { id: string; name: string; regionCodes: string[] }[];
  years: number[];
}

export function ProvincePage({ provinceCode }: { provinceCode: string }) {
  const { t, name } = useI18n();
  const { query } = useLocation();
  const session = useSession();
  const frameworks = useFrameworks();
  const periods = useQuery(ProvincePeriodsDocument, { provinceCode });
  const isReviewer =
    session.state.status === 'signedIn' &&
    (session.state.me.activeRole === 'OPERATOR' ||
      (session.state.me.activeRole === 'REVIEWER' && session.state.me.activeScope === `province:${provinceCode}`));

  const choice = useMemo(() => {
    if (periods.status !== 'ok') return null;
    const wantProvisional = isReviewer && query.get('status') === 'sementara';
    const usable = periods.data.periods.filter((p) => (wantProvisional ? true : p.publishedRevision > 0));
    const codes = [...new Set(usable.map((p) => p.frameworkCode))].sort();
    const frameworkCode = codes.includes(query.get('evaluasi') ?? '') ? query.get('evaluasi')! : (codes.includes('SAKIP') ? 'SAKIP' : codes[0]);
    const years = usable.filter((p) => p.frameworkCode === frameworkCode).map((p) => p.year).sort((a, b) => b - a);
    const asked = Number(query.get('tahun'));
    const year = years.includes(asked) ? asked : years[0];
    const period = usable.find((p) => p.frameworkCode === frameworkCode && p.year === year);
    return { codes, frameworkCode, years, year, period, provisional: wantProvisional };
  }, [periods, query, isReviewer]);

  if (periods.status === 'loading') return <Loading />;
  if (periods.status === 'error') return <ErrorBox error={periods.error} />;
  const province = periods.data.province;
  const tab = TABS.some((x) => x.key === query.get('tab')) ? query.get('tab')! : 'peringkat';

  if (!choice || !choice.frameworkCode || choice.year === undefined) {
    return (
      <main id="main">
        <h1>{province.name}</h1>
        <p>{t('noPeriods')}</p>
      </main>
    );
  }

  const framework = frameworkFor(frameworks, choice.frameworkCode, choice.period?.frameworkVersion ?? choice.year);
  const frameworkName = (code: string) => {
    const f = frameworkFor(frameworks, code, choice.year);
    return f ? name(f.names.id, f.names.en, code) : code;
  };
  const ctx: BoardContext = {
    provinceCode,
    provinceName: province.name,
    frameworkCode: choice.frameworkCode,
    year: choice.year,
    provisional: choice.provisional,
    isDemo: !!choice.period?.isDemo,
    framework,
    frameworkName: frameworkName(choice.frameworkCode),
    regions: province.regions,
    peerGroups: periods.data.peerGroups,
    years: choice.years,
  };

  return (
    <main id="main" className="page">
      <header className="page-head">
        <h1>{province.name}</h1>
        {isReviewer ? <ReviewLinks provinceCode={provinceCode} /> : null}
        <FrameworkYearPickers codes={choice.codes} code={choice.frameworkCode} years={choice.years} year={choice.year} frameworkName={frameworkName}>
          {isReviewer ? (
            <label>
              {t('published')} / {t('provisional')}
              <select value={choice.provisional ? 'sementara' : 'terbit'} onChange={(e) => setQuery({ status: e.target.value === 'sementara' ? 'sementara' : null })}>
                <option value="terbit">{t('published')}</option>
                <option value="sementara">{t('provisional')}</option>
              </select>
            </label>
          ) : null}
        </FrameworkYearPickers>
      </header>
      <DemoBanner show={ctx.isDemo} />
      {ctx.provisional ? <p className="note">{t('provisionalNote')}</p> : null}
      <nav className="tabs" aria-label={province.name}>
        {TABS.map((x) => (
          <button
            key={x.key}
            type="button"
            className={x.key === tab ? 'tab active' : 'tab'}
            aria-current={x.key === tab ? 'page' : undefined}
            onClick={() => setQuery({ tab: x.key === 'peringkat' ? null : x.key })}
          >
            {t(x.label)}
          </button>
        ))}
      </nav>
      {tab === 'peringkat' ? <LeaderboardPanel ctx={ctx} /> : null}
      {tab === 'peta' ? <HeatmapPanel ctx={ctx} /> : null}
      {tab === 'tertinggal' ? <TrailingPanel ctx={ctx} /> : null}
      {tab === 'nasional' ? <NationalPanel ctx={ctx} /> : null}
      {tab === 'bandingkan' ? (
        <Suspense fallback={<Loading />}>
          <ComparePanel ctx={ctx} />
        </Suspense>
      ) : null}
    </main>
  );
}
