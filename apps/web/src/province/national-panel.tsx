import { useQuery } from '../api/use-query';
import { DataTable, type Column } from '../components/data-table';
import { ErrorBox, Loading, Section } from '../components/ui';
import type { NationalPositionQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { NationalDocument } from './documents';
import type { BoardContext } from './province-page';

type Row = NationalPositionQuery['nationalLeaderboard']['provinces'][number];

/** The province among all provinces on the same framework and year. */
export function NationalPanel({ ctx }: { ctx: BoardContext }) {
  const { t, num } = useI18n();
  const national = useQuery(NationalDocument, { frameworkCode: ctx.frameworkCode, year: ctx.year });
  const digits = (ctx.framework?.scale.precision ?? 2) + 1;
  if (national.status === 'loading') return <Loading />;
  if (national.status === 'error') return <ErrorBox error={national.error} />;
  const rows = national.data.nationalLeaderboard.provinces;
  const own = rows.find((r) => r.provinceCode === ctx.provinceCode);
  const columns: Column<Row>[] = [
    { key: 'rank', header: t('provinceRank'), numeric: true, render: (r) => r.rankByMean ?? <span className="muted" title={r.unrankedNote ?? ''}>–</span>, value: (r) => r.rankByMean },
    {
      key: 'province',
      header: t('province'),
      render: (r) => (r.provinceCode === ctx.provinceCode ? <strong>{r.provinceName}</strong> : <Link to={`/provinsi/${r.provinceCode}`}>{r.provinceName}</Link>),
      value: (r) => r.provinceName,
    },
    { key: 'mean', header: t('mean'), numeric: true, render: (r) => num(r.mean, digits), value: (r) => r.mean },
    { key: 'median', header: t('median'), numeric: true, render: (r) => num(r.median, digits), value: (r) => r.median },
    { key: 'count', header: t('coverage'), numeric: true, render: (r) => `${t('regionsWithValue', { n: r.regionsWithValue, total: r.regionsInProvince })} (${num(r.coveragePercent, 1)}%)`, value: (r) => r.coveragePercent },
    { key: 'min', header: t('min'), numeric: true, secondary: true, render: (r) => num(r.min, digits), value: (r) => r.min },
    { key: 'max', header: t('max'), numeric: true, secondary: true, render: (r) => num(r.max, digits), value: (r) => r.max },
  ];
  return (
    <Section id="national" title={`${t('nationalPosition')} — ${ctx.frameworkName} ${ctx.year}`}>
      {own ? (
        <p className="summary" data-testid="national-summary">
          <strong>{ctx.provinceName}</strong>: {t('rankOf', { rank: own.rankByMean ?? '—', n: rows.length })} · {t('mean')}{' '}
          {num(own.mean, digits)} · {t('median')} {num(own.median, digits)} · {t('coverage')}{' '}
          {t('regionsWithValue', { n: own.regionsWithValue, total: own.regionsInProvince })}
          {own.unrankedNote ? ` · ${own.unrankedNote}` : ''}
        </p>
      ) : null}
      <DataTable
        title={`${t('nationalPosition')} ${ctx.frameworkName} ${ctx.year}`}
        notes={ctx.isDemo ? [t('demoLabel')] : []}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.provinceCode}
        testId="national-table"
      />
    </Section>
  );
}
