import { useMemo } from 'react';
import { useQuery } from '../api/use-query';
import { LineChart, type LineSeries } from '../components/chart';
import { ErrorBox, Loading, Section } from '../components/ui';
import { useI18n } from '../i18n/i18n';
import { setQuery, useLocation } from '../router';
import { CompareDocument } from './documents';
import type { BoardContext } from './province-page';

/** 2–6 regions side by side over the years, with the province median as a reference line. */
export function ComparePanel({ ctx }: { ctx: BoardContext }) {
  const { t } = useI18n();
  const { query } = useLocation();
  const picked = (query.get('wilayah') ?? '').split(',').filter((c) => ctx.regions.some((r) => r.code === c)).slice(0, 6);
  const years = useMemo(() => [...ctx.years].sort((a, b) => a - b), [ctx.years]);
  const ready = picked.length >= 2;
  const comparison = useQuery(
    CompareDocument,
    {
      frameworkCode: ctx.frameworkCode,
      regions: picked,
      years,
      medianFilter: { frameworks: [ctx.frameworkCode], provinces: [ctx.provinceCode], nodes: ['*'], status: ['PUBLISHED'] },
    },
    !ready,
  );
  const toggle = (code: string) => {
    const next = picked.includes(code) ? picked.filter((c) => c !== code) : [...picked, code].slice(0, 6);
    setQuery({ wilayah: next.join(',') || null });
  };
  const series = useMemo<LineSeries[]>(() => {
    if (comparison.status !== 'ok') return [];
    const c = comparison.data.compare;
    const medians = new Map(comparison.data.aggregates.map((a) => [a.year, a.median ?? null]));
    return [
      ...c.regions.map((r) => ({ name: r.regionName, points: c.years.map((y) => r.cells.find((x) => x.year === y)?.value ?? null) })),
      { name: t('provinceMedianLine'), points: c.years.map((y) => medians.get(y) ?? null), reference: true },
    ];
  }, [comparison, t]);

  return (
    <Section id="compare" title={`${t('compare')} — ${ctx.frameworkName}`}>
      <fieldset className="region-picker">
        <legend>{t('pickRegions')}</legend>
        {ctx.regions.map((r) => (
          <label key={r.code} className="check">
            <input
              type="checkbox"
              checked={picked.includes(r.code)}
              disabled={!picked.includes(r.code) && picked.length >= 6}
              onChange={() => toggle(r.code)}
            />
            {r.name}
          </label>
        ))}
      </fieldset>
      {!ready ? <p className="muted">{t('pickRegions')}</p> : null}
      {ready && comparison.status === 'loading' ? <Loading /> : null}
      {ready && comparison.status === 'error' ? <ErrorBox error={comparison.error} /> : null}
      {ready && comparison.status === 'ok' ? (
        <LineChart title={`${t('compare')} ${ctx.frameworkName} ${ctx.provinceName}`} categories={comparison.data.compare.years} series={series} testId="compare-chart" />
      ) : null}
    </Section>
  );
}
