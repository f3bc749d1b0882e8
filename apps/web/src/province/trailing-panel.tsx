import { shortfallPoints } from '../api/frameworks';
import { useQuery } from '../api/use-query';
import { ErrorBox, Loading, Section } from '../components/ui';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { TrailingDocument } from './documents';
import type { BoardContext } from './province-page';

/** The bottom regions, each said in words: where it trails most, and by how much. */
export function TrailingPanel({ ctx }: { ctx: BoardContext }) {
  const { t, num, name } = useI18n();
  const trailing = useQuery(TrailingDocument, {
    provinceCode: ctx.provinceCode,
    frameworkCode: ctx.frameworkCode,
    year: ctx.year,
    provisional: ctx.provisional,
  });
  const digits = ctx.framework?.scale.precision ?? 2;
  const points = (areaCode: string, share: number) => shortfallPoints(ctx.framework, areaCode, share);
  if (trailing.status === 'loading') return <Loading />;
  if (trailing.status === 'error') return <ErrorBox error={trailing.error} />;
  const entries = trailing.data.trailing.overall;
  return (
    <Section id="trailing" title={`${t('trailing')} — ${ctx.frameworkName} ${ctx.year}`}>
      <ol className="trailing" data-testid="trailing">
        {ctx.provisional && trailing.data.trailing.notSubmittedCount ? (
          <p className="note">{t('notSubmitted', { n: trailing.data.trailing.notSubmittedCount, ranked: trailing.data.trailing.rankedCount })}</p>
        ) : null}
        {entries.map((e) => {
          const worst = e.weakestAreas[0];
          return (
            <li key={e.regionCode}>
              <p className="trailing-head">
                <Link to={`/wilayah/${e.regionCode}`}>
                  <strong>{e.regionName}</strong>
                </Link>{' '}
                — {num(e.value, digits)} · {t('rankOf', { rank: e.rank, n: e.rankedCount })}
                {ctx.provisional ? ` (${t('ofSubmitted', { n: e.rankedCount })})` : ''}
              </p>
              {worst ? (
                <p className="trailing-sentence">
                  {t('trailsMost', {
                    region: e.regionName,
                    area: name(worst.nameId, worst.nameEn, worst.areaCode),
                    gap: num(points(worst.areaCode, worst.shortfall), digits),
                  })}
                  {e.weakestIndicators[0]
                    ? t('mostlyFrom', { indicator: name(e.weakestIndicators[0].nameId, e.weakestIndicators[0].nameEn, e.weakestIndicators[0].nodeCode) })
                    : ''}
                  .
                </p>
              ) : null}
              {e.weakestAreas.length > 1 ? (
                <p className="muted small">
                  {t('weakestAreas')}:{' '}
                  {e.weakestAreas
                    .map((a) => `${name(a.nameId, a.nameEn, a.areaCode)} (−${num(points(a.areaCode, a.shortfall), digits)})`)
                    .join(', ')}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
    </Section>
  );
}
