import { cleanFloat } from '../numbers';

/** One area of a region against the province median. */
export interface AreaShortfall {
  readonly areaCode: string;
  readonly value: number | null;
  readonly median: number | null;
  readonly weight: number;
  /** How far the region trails the median in the better direction (negative = ahead); `null` without data. */
  readonly shortfall: number | null;
  /** `shortfall × weight`: what trailing in this area costs the composite; the sort key. */
  readonly weightedShortfall: number | null;
}

/**
 * A region's areas ordered by weighted shortfall against the province median, worst first (ties
 * by code); areas lacking a value or a median come last, by code. The areas are the keys of `weights`.
 * Pass values on a common footing — e.g. each area's 0–1 `position` from `composite` with the
 * province medians of those positions — so that shortfall × weight is comparable across areas.
 */
export function weakestAreas(
  regionAreaValues: Readonly<Record<string, number | null | undefined>>,
  provinceAreaMedians: Readonly<Record<string, number | null | undefined>>,
  weights: Readonly<Record<string, number>>,
  higherIsBetter = true,
): AreaShortfall[] {
  const direction = higherIsBetter ? 1 : -1;
  const rows = Object.entries(weights).map(([areaCode, weight]): AreaShortfall => {
    const value = regionAreaValues[areaCode] ?? null;
    const median = provinceAreaMedians[areaCode] ?? null;
    const shortfall = value === null || median === null ? null : cleanFloat(direction * (median - value));
    return {
      areaCode,
      value,
      median,
      weight,
      shortfall,
      weightedShortfall: shortfall === null ? null : cleanFloat(shortfall * weight),
    };
  });
  const sortKey = (row: AreaShortfall) => row.weightedShortfall ?? -Infinity;
  return rows.sort((a, b) => sortKey(b) - sortKey(a) || a.areaCode.localeCompare(b.areaCode));
}
