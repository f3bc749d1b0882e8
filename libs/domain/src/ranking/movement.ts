import { assertDecimals, roundTo } from '../numbers';

/** A region's rank and value in one period (`null` = unranked / no data). */
export interface Standing {
  readonly rank: number | null;
  readonly value: number | null;
}

/** Change against the previous period; `null` where either period lacks the figure. */
export interface Movement {
  /** Places gained: previous rank − current rank (positive = moved up). */
  readonly rankChange: number | null;
  /** Current value − previous value, rounded to the precision (its sign is raw, not "better"). */
  readonly valueChange: number | null;
}

/**
 * Rank and value change of a region against the previous published period of the same framework.
 * Check `comparability` first: across framework versions the numbers are not comparable.
 */
export function movement(current: Standing, previous: Standing | null, precision: number): Movement {
  assertDecimals(precision);
  const both = (pick: (s: Standing) => number | null): [number, number] | null => {
    const now = pick(current);
    const before = previous ? pick(previous) : null;
    return now === null || before === null ? null : [now, before];
  };
  const ranks = both((s) => s.rank);
  const values = both((s) => s.value);
  return {
    rankChange: ranks ? ranks[1] - ranks[0] : null,
    valueChange: values ? roundTo(values[0] - values[1], precision) : null,
  };
}
