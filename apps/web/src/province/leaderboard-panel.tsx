import { useQuery } from '../api/use-query';
import { CategoryBadge, useCategoryLabel } from '../components/category';
import { DataTable, type Column } from '../components/data-table';
import { ErrorBox, Loading, Movement, Section } from '../components/ui';
import type { ProvinceLeaderboardQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { Link, setQuery, useLocation } from '../router';
import { LeaderboardDocument } from './documents';
import type { BoardContext } from './province-page';

type Row = ProvinceLeaderboardQuery['leaderboard']['rows'][number];

export function LeaderboardPanel({ ctx }: { ctx: BoardContext }) {
  const { t, num } = useI18n();
  const { query } = useLocation();
  const kind = query.get('jenis') === 'kota' ? 'KOTA' : query.get('jenis') === 'kabupaten' ? 'KABUPATEN' : null;
  const peerGroupId = ctx.peerGroups.some((g) => g.id === query.get('kelompok')) ? query.get('kelompok') : null;
  const board = useQuery(LeaderboardDocument, {
    provinceCode: ctx.provinceCode,
    frameworkCode: ctx.frameworkCode,
    year: ctx.year,
    provisional: ctx.provisional,
    kind,
    peerGroupId,
  });
  const label = useCategoryLabel(ctx.framework);
  const digits = ctx.framework?.scale.precision ?? 2;
  const comparable = board.status === 'ok' && board.data.leaderboard.comparableWithPrevious;

  const columns: Column<Row>[] = [
    { key: 'rank', header: t('rank'), numeric: true, render: (r) => r.rank ?? '–', value: (r) => r.rank },
    {
      key: 'region',
      header: t('region'),
      render: (r) => <Link to={`/wilayah/${r.regionCode}`}>{r.regionName}</Link>,
      value: (r) => r.regionName,
    },
    {
      key: 'value',
      header: t('value'),
      numeric: true,
      render: (r) => (r.value === null || r.value === undefined ? <span className="muted">{t('noData')}</span> : num(r.value, digits)),
      value: (r) => r.value,
    },
    {
      key: 'category',
      header: t('category'),
      render: (r) => <CategoryBadge framework={ctx.framework} code={r.category} />,
      value: (r) => label(r.category),
    },
    {
      key: 'movement',
      header: t('movement'),
      render: (r) => <Movement change={r.rankChange} comparable={comparable} />,
      value: (r) => r.rankChange,
    },
    { key: 'gapLeader', header: t('gapLeader'), numeric: true, secondary: true, render: (r) => num(r.gapToLeader, digits), value: (r) => r.gapToLeader },
    { key: 'gapNext', header: t('gapNext'), numeric: true, secondary: true, render: (r) => num(r.gapToNextRankUp, digits), value: (r) => r.gapToNextRankUp },
    { key: 'gapMedian', header: t('gapMedian'), numeric: true, secondary: true, render: (r) => num(r.gapToMedian, digits), value: (r) => r.gapToMedian },
    {
      key: 'target',
      header: t('target'),
      secondary: true,
      render: (r) =>
        r.targetCategory || r.targetRank ? (
          <span className="target-marker" title={t('target')}>
            🎯 {r.targetCategory ?? ''}
            {r.targetRank ? ` ≤ #${r.targetRank}` : ''}
          </span>
        ) : (
          ''
        ),
      value: (r) => [r.targetCategory, r.targetRank ? `#${r.targetRank}` : null].filter(Boolean).join(' '),
    },
  ];

  return (
    <Section
      id="leaderboard"
      title={`${t('leaderboard')} — ${ctx.frameworkName} ${ctx.year}`}
      actions={
        <div className="filters">
          <label>
            {t('kind')}
            <select value={query.get('jenis') ?? ''} onChange={(e) => setQuery({ jenis: e.target.value || null })}>
              <option value="">{t('all')}</option>
              <option value="kabupaten">{t('kabupaten')}</option>
              <option value="kota">{t('kota')}</option>
            </select>
          </label>
          {ctx.peerGroups.length ? (
            <label>
              {t('peerGroup')}
              <select value={peerGroupId ?? ''} onChange={(e) => setQuery({ kelompok: e.target.value || null })}>
                <option value="">{t('all')}</option>
                {ctx.peerGroups.map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.name}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
        </div>
      }
    >
      {board.status === 'loading' ? <Loading /> : null}
      {board.status === 'error' ? <ErrorBox error={board.error} /> : null}
      {board.status === 'ok' ? (
        <>
          <p className="summary">
            {t('median')}: <strong>{num(board.data.leaderboard.median, digits + 1)}</strong>
            {board.data.leaderboard.previousYear ? ` · ${t('movement')}: ${board.data.leaderboard.previousYear} → ${ctx.year}` : ''}
            {!comparable && board.data.leaderboard.comparabilityNote
              ? ` · ${t('comparabilityWarning', { note: board.data.leaderboard.comparabilityNote })}`
              : ''}
          </p>
          <DataTable
            title={`${t('leaderboard')} ${ctx.frameworkName} ${ctx.provinceName} ${ctx.year}`}
            notes={ctx.isDemo ? [t('demoLabel')] : []}
            columns={columns}
            rows={board.data.leaderboard.rows}
            rowKey={(r) => r.regionCode}
            muted={(r) => r.value === null || r.value === undefined}
            testId="leaderboard-table"
          />
        </>
      ) : null}
    </Section>
  );
}
