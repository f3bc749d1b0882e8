import { ScoringTree } from '../frameworks/framework.types';
import { normalizedPosition } from '../scoring/composite';
import type { LeafValues } from '../scoring/composite';
import { cleanFloat, median, roundTo } from '../numbers';
import { leafShares } from './leaf-shares';

/** An indicator (leaf) of a region against the province median and the province leader. */
export interface IndicatorShortfall {
  readonly nodeCode: string;
  /** The top-level area it belongs to. */
  readonly areaCode: string;
  /** The region's value. */
  readonly value: number;
  /** Median of the province's regions with a value (the region included), one decimal finer than the indicator. */
  readonly median: number;
  /** The best value in the province. */
  readonly leader: number;
  /** Share of the composite the indicator carries (0–1). */
  readonly share: number;
  /** How far the region trails the median, as a share of the indicator's scale (negative = ahead). */
  readonly shortfallToMedian: number;
  /** How far the region trails the leader, as a share of the indicator's scale (≥ 0). */
  readonly shortfallToLeader: number;
  /** Composite points the region would gain by reaching the median here (negative = ahead): the sort key. */
  readonly weightedShortfallToMedian: number;
  /** Composite points the region would gain by matching the leader here. */
  readonly weightedShortfallToLeader: number;
}

/** What to list. */
export interface WeakestIndicatorsOptions {
  /** At most this many (default: all). */
  readonly limit?: number;
  /** Only the indicators of this top-level area. */
  readonly areaCode?: string | null;
}

/**
 * A region's weakest indicators: every scored leaf where it trails the province's leader, ordered
 * by weighted shortfall against the province median (what reaching the median would add to the
 * composite, in composite points), then against the leader, then by code. Leaves without a value
 * for the region, or with no value anywhere in the province, are left out — never a silent zero.
 *
 * @param tree - the framework's tree
 * @param region - the region's leaf values
 * @param province - leaf values of every region of the province to compare with (the region's own included)
 */
export function weakestIndicators(
  tree: ScoringTree,
  region: LeafValues,
  province: readonly LeafValues[],
  options: WeakestIndicatorsOptions = {},
): IndicatorShortfall[] {
  const span = tree.scale.max - tree.scale.min;
  const points = tree.scale.precision + 1;
  const rows: IndicatorShortfall[] = [];
  for (const leaf of leafShares(tree)) {
    if (leaf.share === 0 || (options.areaCode && leaf.areaCode !== options.areaCode)) continue;
    const value = region[leaf.code];
    if (value === null || value === undefined) continue;
    const others = province.map((v) => v[leaf.code]).filter((v): v is number => v !== null && v !== undefined);
    const mid = median(others);
    if (mid === null) continue;
    const position = (v: number) => normalizedPosition(v, leaf.scale);
    const best = others.reduce((a, b) => (position(b) > position(a) ? b : a));
    const toMedian = cleanFloat(position(mid) - position(value));
    const toLeader = cleanFloat(position(best) - position(value));
    if (toLeader <= 0) continue;
    rows.push({
      nodeCode: leaf.code,
      areaCode: leaf.areaCode,
      value,
      median: roundTo(mid, leaf.scale.precision + 1),
      leader: best,
      share: roundTo(leaf.share, 6),
      shortfallToMedian: toMedian,
      shortfallToLeader: toLeader,
      weightedShortfallToMedian: cleanFloat(toMedian * leaf.share * span),
      weightedShortfallToLeader: cleanFloat(toLeader * leaf.share * span),
    });
  }
  rows.sort(
    (a, b) =>
      b.weightedShortfallToMedian - a.weightedShortfallToMedian ||
      b.weightedShortfallToLeader - a.weightedShortfallToLeader ||
      a.nodeCode.localeCompare(b.nodeCode),
  );
  return rows.slice(0, options.limit ?? rows.length).map((r) => ({
    ...r,
    shortfallToMedian: roundTo(r.shortfallToMedian, 4),
    shortfallToLeader: roundTo(r.shortfallToLeader, 4),
    weightedShortfallToMedian: roundTo(r.weightedShortfallToMedian, points),
    weightedShortfallToLeader: roundTo(r.weightedShortfallToLeader, points),
  }));
}
