import { useMemo } from 'react';
import { frameworkFor, useFrameworks } from '../api/frameworks';
import { useSession } from '../api/session';
import { useQuery } from '../api/use-query';
import { DataTable, type Column } from '../components/data-table';
import { FrameworkYearPickers } from '../components/pickers';
import { ErrorBox, Loading, Section } from '../components/ui';
import { graphql } from '../gql';
import type { NationalBoardQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { Link, useLocation } from '../router';
import { NationalImportPanel } from './national-import-panel';

const NationalPeriodsDocument = graphql(`
  query NationalPeriods {
    periods {
      frameworkCode
      year
      publishedRevision
      isDemo
    }
  }
`);

const NationalBoardDocument = graphql(`
  query NationalBoard($frameworkCode: String!, $year: Int!) {
    nationalLeaderboard(frameworkCode: $frameworkCode, year: $year) {
      provinces {
        provinceCode
        provinceName
        mean
        median
        regionsWithValue
        regionsInProvince
        coveragePercent
        rankByMean
        unrankedNote
      }
    }
  }
`);

type Row = NationalBoardQuery['nationalLeaderboard']['provinces'][number];

/** The operator's view: every province on one framework and year. */
export function NationalPage() {
  const { t, num, name } = useI18n();
  const { query } = useLocation();
  const frameworks = useFrameworks();
  const session = useSession();
  // Only the platform operator imports national tables (the API refuses everyone else too).
  const operator = session.state.status === 'signedIn' && session.state.me.activeRole === 'OPERATOR';
  const periods = useQuery(NationalPeriodsDocument, {});
  const choice = useMemo(() => {
    if (periods.status !== 'ok') return null;
    const published = periods.data.periods.filter((p) => p.publishedRevision > 0);
    const codes = [...new Set(published.map((p) => p.frameworkCode))].sort();
    const code = codes.includes(query.get('evaluasi') ?? '') ? query.get('evaluasi')! : codes.includes('SAKIP') ? 'SAKIP' : codes[0];
    const years = [...new Set(published.filter((p) => p.frameworkCode === code).map((p) => p.year))].sort((a, b) => b - a);
    const year = years.includes(Number(query.get('tahun'))) ? Number(query.get('tahun')) : years[0];
    return { codes, code, years, year };
  }, [periods, query]);
  const board = useQuery(NationalBoardDocument, { frameworkCode: choice?.code ?? '', year: choice?.year ?? 0 }, !choice?.code);
  if (periods.status === 'loading') return <Loading />;
  if (periods.status === 'error') return <ErrorBox error={periods.error} />;
  const fname = (code: string) => {
    const f = frameworkFor(frameworks, code, choice?.year);
    return f ? name(f.names.id, f.names.en, code) : code;
  };
  const framework = choice?.code ? frameworkFor(frameworks, choice.code, choice.year) : null;
  const digits = (framework?.scale.precision ?? 2) + 1;
  const columns: Column<Row>[] = [
    { key: 'rank', header: t('rank'), numeric: true, render: (r) => r.rankByMean ?? <span className="muted" title={r.unrankedNote ?? ''}>–</span>, value: (r) => r.rankByMean },
    { key: 'province', header: t('province'), render: (r) => <Link to={`/provinsi/${r.provinceCode}`}>{r.provinceName}</Link>, value: (r) => r.provinceName },
    { key: 'mean', header: t('mean'), numeric: true, render: (r) => num(r.mean, digits), value: (r) => r.mean },
    { key: 'median', header: t('median'), numeric: true, render: (r) => num(r.median, digits), value: (r) => r.median },
    { key: 'count', header: t('coverage'), numeric: true, render: (r) => `${t('regionsWithValue', { n: r.regionsWithValue, total: r.regionsInProvince })} (${num(r.coveragePercent, 1)}%)`, value: (r) => r.coveragePercent },
  ];
  return (
    <main id="main" className="page">
      <header className="page-head">
        <h1>{t('national')}</h1>
        {choice?.code ? (
          <FrameworkYearPickers codes={choice.codes} code={choice.code} years={choice.years} year={choice.year} frameworkName={fname} />
        ) : null}
      </header>
      {!choice?.code ? <p>{t('noPeriods')}</p> : null}
      {board.status === 'error' ? <ErrorBox error={board.error} /> : null}
      {board.status === 'ok' && choice?.code ? (
        <Section id="national" title={`${t('provinces')} — ${fname(choice.code)} ${choice.year}`}>
          <DataTable title={`${t('national')} ${fname(choice.code)} ${choice.year}`} columns={columns} rows={board.data.nationalLeaderboard.provinces} rowKey={(r) => r.provinceCode} testId="national-board" />
        </Section>
      ) : null}
      {operator ? <NationalImportPanel frameworkCode={choice?.code ?? null} year={choice?.year ?? null} /> : null}
    </main>
  );
}
