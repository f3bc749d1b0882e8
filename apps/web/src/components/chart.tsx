import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/i18n';
import { fileName } from './export';

export interface LineSeries {
  name: string;
  points: (number | null)[];
  /** A reference line (e.g. the province median): dashed and grey. */
  reference?: boolean;
}

interface Props {
  title: string;
  categories: (string | number)[];
  series: LineSeries[];
  /** Ranks: lower is better, so the axis runs downwards. */
  inverse?: boolean;
  height?: number;
  testId?: string;
}

type EChartsModule = typeof import('./echarts');

let loading: Promise<EChartsModule> | null = null;
function loadCharts(): Promise<EChartsModule> {
  loading ??= import('./echarts');
  return loading;
}

const PALETTE = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00'];

/** A line chart (Apache ECharts, loaded when the first chart shows) with a PNG download. */
export function LineChart({ title, categories, series, inverse, height = 280, testId }: Props) {
  const { t, num } = useI18n();
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<{ dispose(): void; getDataURL(o: object): string; resize(): void } | null>(null);

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | null = null;
    void loadCharts().then(({ echarts }) => {
      if (disposed || !el.current) return;
      const instance = echarts.init(el.current, undefined, { renderer: 'canvas' });
      chart.current = instance;
      let colour = 0;
      instance.setOption({
        animation: false,
        aria: { enabled: true },
        color: PALETTE,
        tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? num(v) : '–') },
        legend: { top: 0, type: 'scroll' },
        grid: { left: 48, right: 16, top: 36, bottom: 28 },
        xAxis: { type: 'category', data: categories.map(String) },
        yAxis: inverse
          ? { type: 'value', inverse: true, min: 1, max: (v: { max: number }) => Math.max(2, Math.ceil(v.max)), minInterval: 1 }
          : { type: 'value', scale: true },
        series: series.map((s) => ({
          name: s.name,
          type: 'line',
          data: s.points,
          connectNulls: false,
          symbolSize: 7,
          ...(s.reference
            ? { lineStyle: { type: 'dashed', color: '#6b7280' }, itemStyle: { color: '#6b7280' }, symbol: 'none' }
            : { itemStyle: { color: PALETTE[colour++ % PALETTE.length] } }),
        })),
      });
      observer = new ResizeObserver(() => instance.resize());
      observer.observe(el.current);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, [categories, series, inverse, num]);

  const savePng = () => {
    const url = chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
    if (!url) return;
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName(title, 'png');
    a.click();
  };

  return (
    <figure className="chart" data-testid={testId}>
      <figcaption>
        <span>{title}</span>
        <button type="button" onClick={savePng}>
          {t('downloadPng')}
        </button>
      </figcaption>
      <div ref={el} style={{ height }} role="img" aria-label={title} />
    </figure>
  );
}
