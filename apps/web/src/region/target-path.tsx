import type { FrameworkVersion } from '../api/frameworks';
import { useQuery } from '../api/use-query';
import { CategoryBadge } from '../components/category';
import { Loading } from '../components/ui';
import { useI18n } from '../i18n/i18n';
import { PathToTargetDocument } from './documents';

/**
 * The cheapest way to the region's target on the current published board, as the API's
 * `pathToTarget` works it out: the fewest indicator improvements, largest room first.
 */
export function TargetPath({
  regionCode,
  frameworkCode,
  year,
  targetCategory,
  targetRank,
  framework,
}: {
  regionCode: string;
  frameworkCode: string;
  year: number;
  targetCategory: string | null;
  targetRank: number | null;
  framework: FrameworkVersion | null;
}) {
  const { t, num, name, errorText } = useI18n();
  const path = useQuery(PathToTargetDocument, { input: { regionCode, frameworkCode, year, targetCategory, targetRank } });
  const digits = framework?.scale.precision ?? 2;
  if (path.status === 'loading') return <Loading />;
  // A framework whose published composites cannot be decomposed has no path: say nothing.
  if (path.status === 'error') return <p className="muted small">{errorText(path.error)}</p>;
  const p = path.data.pathToTarget;
  if (p.reached) return <p className="note">{t('targetMet')}</p>;
  return (
    <div className="target-path" data-testid="target-path">
      <h3>{t('cheapestPath')}</h3>
      {!p.reachable ? <p className="note">{t('notReachable')}</p> : null}
      <ol>
        {p.steps.map((s) => (
          <li key={s.nodeCode}>
            {t('raiseStep', { indicator: name(s.nameId, s.nameEn, s.nodeCode), from: num(s.from), to: num(s.to) })} →{' '}
            {num(s.value, digits)} · <CategoryBadge framework={framework} code={s.category} />
            {s.rank ? ` · #${s.rank}` : ''}
          </li>
        ))}
      </ol>
    </div>
  );
}
