import { useEffect, useState } from 'react';
import { ApiError, request } from '../api/client';
import type { FrameworkVersion } from '../api/frameworks';
import { CategoryBadge } from '../components/category';
import { Section } from '../components/ui';
import type { DraftProjectionQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { DraftProjectionDocument } from './documents';
import type { Period } from './entry-form';

// Typing fast asks once, after a pause.
const DEBOUNCE_MS = 350;

/**
 * The composite, category and rank the typed values would give, on the province's last
 * published board: the API's `whatIf` on basis DRAFT reads only this region's own values
 * (no other region's unpublished data), with what is typed as changes. Nothing is stored.
 */
export function Projection({
  period,
  regionCode,
  framework,
  changes,
  hasValues,
}: {
  period: Period;
  regionCode: string;
  framework: FrameworkVersion;
  changes: { nodeCode: string; value: number }[];
  hasValues: boolean;
}) {
  const { t, num, errorText } = useI18n();
  const [result, setResult] = useState<DraftProjectionQuery['whatIf'] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [pending, setPending] = useState(false);
  const key = JSON.stringify(changes);

  useEffect(() => {
    let live = true;
    setPending(true);
    const timer = setTimeout(() => {
      request(DraftProjectionDocument, { input: { regionCode, periodId: period.id, basis: 'DRAFT', changes } }).then(
        (r) => {
          if (!live) return;
          setResult(r.whatIf);
          setError(null);
          setPending(false);
        },
        (e: unknown) => {
          if (!live) return;
          setError(e instanceof ApiError ? e : new ApiError(String(e), 'INTERNAL_SERVER_ERROR'));
          setPending(false);
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key, regionCode, period.id]);

  const digits = framework.scale.precision;
  let body;
  if (error) {
    body = (
      <p className="note" data-testid="projection-unavailable">
        {error.code === 'NO_LEAF_VALUES' || !hasValues
          ? t('entryProjectionAfterSave')
          : error.code === 'UNSUPPORTED'
            ? t('entryProjectionUnsupported')
            : errorText(error)}
      </p>
    );
  } else if (result) {
    body = (
      <div className="what-if-result" data-testid="projection" aria-live="polite" aria-busy={pending}>
        <div>
          <span className="muted">{t('entryProjectedValue')}</span>
          <strong data-testid="projection-value">{result.complete ? num(result.value, digits) : '–'}</strong>
          {!result.complete ? <span className="muted small">{t('entryMissing', { n: result.missing.length })}</span> : null}
        </div>
        <div>
          <span className="muted">{t('category')}</span>
          <CategoryBadge framework={framework} code={result.complete ? result.category : null} />
        </div>
        <div>
          <span className="muted">{t('projectedRank')}</span>
          <strong data-testid="projection-rank">
            {result.rank ? t('rankOf', { rank: result.rank, n: result.rankedCount }) : '–'}
          </strong>
          <span className="muted small">
            {result.boardYear ? t('entryBoardYear', { year: result.boardYear }) : t('entryNoBoard')}
          </span>
        </div>
      </div>
    );
  } else body = <p className="muted">{t('loading')}</p>;

  return (
    <Section id="projection" title={t('entryProjection')}>
      <p className="muted small">{t('entryProjectionHelp')}</p>
      {body}
    </Section>
  );
}
