import { useMemo, useState } from 'react';
import { useQuery } from '../api/use-query';
import { DataTable, DownloadButtons, type Column } from '../components/data-table';
import type { ExportTable } from '../components/export';
import { ErrorBox, Loading, Section } from '../components/ui';
import type { ProvinceHeatmapQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { DrillDownDocument, HeatmapDocument } from './documents';
import type { BoardContext } from './province-page';

type HeatRow = ProvinceHeatmapQuery['heatmap']['rows'][number];

// Quartile 1 (top quarter) to 4 (bottom quarter): blue to orange, colour-blind safe, dark
// text on every step (AA contrast); the number is always written in the cell.
const QUARTILE = ['#9ecae1', '#deebf7', '#fde0c5', '#f4a259'];
const MISSING = '#e5e7eb';

export function HeatmapPanel({ ctx }: { ctx: BoardContext }) {
  const { t, num, name } = useI18n();
  const heatmap = useQuery(HeatmapDocument, {
    provinceCode: ctx.provinceCode,
    frameworkCode: ctx.frameworkCode,
    year: ctx.year,
    provisional: ctx.provisional,
  });
  const [area, setArea] = useState<string | null>(null);
  const digits = ctx.framework?.scale.precision ?? 2;

  if (heatmap.status === 'loading') return <Loading />;
  if (heatmap.status === 'error') return <ErrorBox error={heatmap.error} />;
  const { areas, rows } = heatmap.data.heatmap;
  const areaName = (code: string) => {
    const a = areas.find((x) => x.code === code);
    return a ? name(a.nameId, a.nameEn, code) : code;
  };
  const table: ExportTable = {
    title: `${t('heatmap')} ${ctx.frameworkName} ${ctx.provinceName} ${ctx.year}`,
    notes: ctx.isDemo ? [t('demoLabel')] : [],
    columns: [
      { header: t('region'), value: (r) => (r as HeatRow).regionName },
      { header: t('composite'), value: (r) => (r as HeatRow).composite.value },
      ...areas.map((a) => ({
        header: areaName(a.code),
        value: (r: unknown) => (r as HeatRow).cells.find((c) => c.areaCode === a.code)?.value,
      })),
    ],
    rows,
  };

  return (
    <Section
      id="heatmap"
      title={`${t('heatmap')} — ${ctx.frameworkName} ${ctx.year}`}
      actions={<DownloadButtons table={table} />}
    >
      <p className="legend">
        {t('quartileLegend')}{' '}
        {QUARTILE.map((c, i) => (
          <span key={c} className="swatch" style={{ background: c }}>
            Q{i + 1}
          </span>
        ))}
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('heatmap')}>
        <table className="heatmap" data-testid="heatmap">
          <thead>
            <tr>
              <th scope="col">{t('region')}</th>
              <th scope="col" className="num">
                {t('composite')}
              </th>
              {areas.map((a) => (
                <th key={a.code} scope="col" className="num area-head" title={areaName(a.code)}>
                  {areaName(a.code)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.regionCode}>
                <th scope="row">
                  <Link to={`/wilayah/${r.regionCode}`}>{r.regionName}</Link>
                </th>
                <td className="num">{num(r.composite.value, digits)}</td>
                {areas.map((a) => {
                  const cell = r.cells.find((c) => c.areaCode === a.code);
                  const q = cell?.quartile;
                  return (
                    <td key={a.code} className="num heat" style={{ background: q ? QUARTILE[q - 1] : MISSING }}>
                      <button
                        type="button"
                        className="cell"
                        aria-label={`${r.regionName}, ${areaName(a.code)}: ${num(cell?.value, digits)}${q ? `, Q${q}` : ''}`}
                        onClick={() => setArea(a.code)}
                      >
                        {cell?.value === null || cell?.value === undefined ? '–' : num(cell.value, digits)}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {area ? <DrillDown ctx={ctx} areaCode={area} areaName={areaName(area)} onClose={() => setArea(null)} /> : null}
    </Section>
  );
}

interface IndicatorRow {
  regionCode: string;
  regionName: string;
  values: Record<string, number | null>;
}

/** An area's indicators for every region of the province (one `scores` query). */
function DrillDown({ ctx, areaCode, areaName, onClose }: { ctx: BoardContext; areaCode: string; areaName: string; onClose: () => void }) {
  const { t, num, name } = useI18n();
  const nodes = useMemo(() => {
    const all = ctx.framework?.nodes ?? [];
    const under = (code: string): typeof all => {
      const children = all.filter((n) => n.parentCode === code);
      return children.flatMap((c) => (c.isLeaf ? [c] : under(c.code)));
    };
    return under(areaCode);
  }, [ctx.framework, areaCode]);
  const scores = useQuery(
    DrillDownDocument,
    {
      filter: {
        frameworks: [ctx.frameworkCode],
        provinces: [ctx.provinceCode],
        yearFrom: ctx.year,
        yearTo: ctx.year,
        nodes: nodes.map((n) => n.code),
        status: [ctx.provisional ? 'PROVISIONAL' : 'PUBLISHED'],
      },
    },
    nodes.length === 0,
  );
  const rows = useMemo<IndicatorRow[]>(() => {
    if (scores.status !== 'ok') return [];
    const byRegion = new Map<string, IndicatorRow>();
    for (const s of scores.data.scores.nodes) {
      const row = byRegion.get(s.regionCode) ?? { regionCode: s.regionCode, regionName: s.regionName, values: {} };
      row.values[s.nodeCode] = s.value ?? null;
      byRegion.set(s.regionCode, row);
    }
    return [...byRegion.values()].sort((a, b) => a.regionName.localeCompare(b.regionName, 'id'));
  }, [scores]);
  const columns: Column<IndicatorRow>[] = [
    { key: 'region', header: t('region'), render: (r) => r.regionName, value: (r) => r.regionName },
    ...nodes.map((n) => ({
      key: n.code,
      header: `${name(n.names.id, n.names.en, n.code)} (maks ${num(n.scale.max)})`,
      numeric: true,
      render: (r: IndicatorRow) => num(r.values[n.code], n.scale.precision),
      value: (r: IndicatorRow) => r.values[n.code],
    })),
  ];
  return (
    <div className="drilldown" data-testid="drilldown" role="dialog" aria-label={t('drillDown', { area: areaName })}>
      <div className="card-head">
        <h3>{t('drillDown', { area: areaName })}</h3>
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      {nodes.length === 0 ? <p className="muted">{t('noData')}</p> : null}
      {scores.status === 'loading' && nodes.length ? <Loading /> : null}
      {scores.status === 'error' ? <ErrorBox error={scores.error} /> : null}
      {scores.status === 'ok' ? (
        <DataTable
          title={`${areaName} ${ctx.frameworkName} ${ctx.provinceName} ${ctx.year}`}
          notes={ctx.isDemo ? [t('demoLabel')] : []}
          columns={columns}
          rows={rows}
          rowKey={(r) => r.regionCode}
          testId="drilldown-table"
        />
      ) : null}
    </div>
  );
}
