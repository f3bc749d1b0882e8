import { useEffect, useMemo, useState } from 'react';
import type { FrameworkVersion } from '../api/frameworks';
import { ApiError, request } from '../api/client';
import { useQuery } from '../api/use-query';
import { CategoryBadge } from '../components/category';
import { ErrorBox, Loading, Section } from '../components/ui';
import type { WhatIfQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { RegionScoresDocument, WhatIfDocument } from './documents';

type Result = WhatIfQuery['whatIf'];

/**
 * Sliders for the region's indicators, grouped by area; every move asks the API's `whatIf`
 * (nothing stored) for the composite, category and rank against the current board.
 */
export function WhatIfPanel({
  regionCode,
  frameworkCode,
  year,
  framework,
}: {
  regionCode: string;
  frameworkCode: string;
  year: number;
  framework: FrameworkVersion | null;
}) {
  const { t, num, name, errorText } = useI18n();
  const leafCodes = useMemo(() => (framework?.nodes ?? []).filter((n) => n.isLeaf).map((n) => n.code), [framework]);
  const scores = useQuery(
    RegionScoresDocument,
    {
      filter: {
        regions: [regionCode],
        frameworks: [frameworkCode],
        yearFrom: year,
        yearTo: year,
        nodes: leafCodes,
        status: ['PUBLISHED'],
      },
    },
    leafCodes.length === 0,
  );
  const [changes, setChanges] = useState<Record<string, number>>({});
  // Area raises in points, spread by the API over the area's indicators by their room.
  const [areaDeltas, setAreaDeltas] = useState<Record<string, number>>({});
  const [areaRoom, setAreaRoom] = useState<Record<string, { current: number; best: number }>>({});
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const current = useMemo(() => {
    const map = new Map<string, number>();
    if (scores.status === 'ok')
      for (const s of scores.data.scores.nodes) if (s.value !== null && s.value !== undefined) map.set(s.nodeCode, s.value);
    return map;
  }, [scores]);
  const areas = useMemo(() => {
    const nodes = framework?.nodes ?? [];
    const leavesUnder = (code: string): typeof nodes =>
      nodes.filter((n) => n.parentCode === code).flatMap((c) => (c.isLeaf ? [c] : leavesUnder(c.code)));
    return nodes
      .filter((n) => n.depth === 0)
      .map((a) => ({ area: a, leaves: leavesUnder(a.code).filter((l) => current.has(l.code)) }))
      .filter((a) => a.leaves.length > 0);
  }, [framework, current]);

  useEffect(() => {
    setChanges({});
    setAreaDeltas({});
    setAreaRoom({});
    setResult(null);
    setError(null);
  }, [regionCode, frameworkCode, year]);

  useEffect(() => {
    const list = Object.entries(changes).map(([nodeCode, value]) => ({ nodeCode, value }));
    const areaChanges = Object.entries(areaDeltas)
      .filter(([, delta]) => delta > 0)
      .map(([nodeCode, delta]) => ({ nodeCode, delta }));
    let live = true;
    const timer = setTimeout(() => {
      request(WhatIfDocument, { input: { regionCode, frameworkCode, year, changes: list, areaChanges } }).then(
        (r) => {
          if (!live) return;
          setResult(r.whatIf);
          setAreaRoom((room) => {
            const next = { ...room };
            for (const a of r.whatIf.areas) {
              if (!next[a.areaCode] && a.currentValue !== null && a.currentValue !== undefined)
                next[a.areaCode] = { current: a.currentValue, best: a.best };
            }
            return next;
          });
          setError(null);
        },
        (e: unknown) => live && setError(e instanceof ApiError ? e : new ApiError(String(e), 'INTERNAL_SERVER_ERROR')),
      );
    }, 120);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [changes, areaDeltas, regionCode, frameworkCode, year]);

  const digits = framework?.scale.precision ?? 2;
  const unsupported = error && ['UNSUPPORTED', 'NO_LEAF_VALUES', 'BAD_USER_INPUT'].includes(error.code);

  return (
    <Section id="what-if" title={t('whatIf')}>
      <p className="muted small">{t('whatIfHelp')}</p>
      {scores.status === 'loading' ? <Loading /> : null}
      {error && !unsupported ? <ErrorBox error={error} /> : null}
      {unsupported ? <p className="note">{errorText(error)}</p> : null}
      {result ? (
        <div className="what-if-result" data-testid="what-if-result" aria-live="polite">
          <div>
            <span className="muted">{t('value')}</span>
            <strong data-testid="what-if-value">{num(result.value, digits)}</strong>
            <span className="muted small">({num(result.currentValue, digits)})</span>
          </div>
          <div>
            <span className="muted">{t('category')}</span>
            <CategoryBadge framework={framework} code={result.category} />
          </div>
          <div>
            <span className="muted">{t('projectedRank')}</span>
            <strong data-testid="what-if-rank">{result.rank ?? '–'}</strong>
            <span className="muted small">
              {t('currentRank')}: <span data-testid="what-if-current-rank">{result.currentRank ?? '–'}</span> /{' '}
              {result.rankedCount}
            </span>
          </div>
          <button
            type="button"
            onClick={() => {
              setChanges({});
              setAreaDeltas({});
            }}
          >
            {t('reset')}
          </button>
        </div>
      ) : null}
      {!unsupported &&
        areas.map(({ area, leaves }) => (
          <fieldset key={area.code} className="what-if-area">
            <legend>{name(area.names.id, area.names.en, area.code)}</legend>
            {areaRoom[area.code] ? (
              <div className="slider area-slider">
                <label htmlFor={`wa-${area.code}`}>{t('raiseArea')}</label>
                <input
                  id={`wa-${area.code}`}
                  type="range"
                  min={0}
                  max={Math.max(0, areaRoom[area.code].best - areaRoom[area.code].current)}
                  step={0.1}
                  value={areaDeltas[area.code] ?? 0}
                  data-area={area.code}
                  onChange={(e) => setAreaDeltas((d) => ({ ...d, [area.code]: Number(e.target.value) }))}
                />
                <output htmlFor={`wa-${area.code}`}>
                  +{num(areaDeltas[area.code] ?? 0, 1)} →{' '}
                  {num(result?.areas.find((a) => a.areaCode === area.code)?.value, digits)}
                </output>
              </div>
            ) : null}
            {leaves.map((leaf) => {
              const base = current.get(leaf.code) ?? leaf.scale.min;
              const value = changes[leaf.code] ?? base;
              const step = leaf.scale.precision > 0 ? 1 / 10 ** Math.min(leaf.scale.precision, 2) : 1;
              const id = `wi-${leaf.code}`;
              return (
                <div key={leaf.code} className="slider">
                  <label htmlFor={id}>{name(leaf.names.id, leaf.names.en, leaf.code)}</label>
                  <input
                    id={id}
                    type="range"
                    min={leaf.scale.min}
                    max={leaf.scale.max}
                    step={step}
                    value={value}
                    data-node={leaf.code}
                    onChange={(e) => setChanges((c) => ({ ...c, [leaf.code]: Number(e.target.value) }))}
                  />
                  <output htmlFor={id}>
                    {num(value, leaf.scale.precision)} / {num(leaf.scale.max)}
                  </output>
                </div>
              );
            })}
          </fieldset>
        ))}
    </Section>
  );
}
