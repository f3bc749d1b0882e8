import { assertFinite, DomainError } from '../errors';
import { GradingScheme, RankingScale } from '../frameworks/framework.types';
import { categoryThreshold } from '../grading/grade';
import { median, roundTo } from '../numbers';

/** Distances from a region's value to reference points, in the framework's units at its precision. */
export interface Gaps {
  /**
   * To the best value (0 for the leader). Every gap is how far the reference is ahead of the
   * region in the better direction: positive = still to gain, 0 or negative = reached.
   */
  readonly toLeader: number;
  /** To the value one place up (the nearest better value); `null` for the leader. */
  readonly toNextRankUp: number | null;
  /**
   * To the median of the ranked values, exact at one more decimal than the precision (the median
   * of an even count is the mean of two values: 70.00 and 70.01 give 70.005).
   */
  readonly toMedian: number;
  /** To the target value, when one is given. */
  readonly toTargetValue: number | null;
  /** To the least value that earns the target category, when one is given and computable. */
  readonly toTargetCategory: number | null;
}

/** Targets a region may have: a value and/or a category of a scheme. */
export interface GapTargets {
  readonly value?: number;
  readonly category?: { readonly scheme: GradingScheme; readonly bandCode: string };
}

/**
 * Gaps of the value at `index` among `values` (a province's regions; `null` = no data): to the
 * leader, the next rank up, the median and the targets. Values are compared at the scale's
 * precision, as ranks are. Returns `null` when the region has no value.
 */
export function gaps(
  values: readonly (number | null)[],
  index: number,
  scale: RankingScale,
  targets: GapTargets = {},
): Gaps | null {
  const own = values[index];
  if (own === undefined) throw new DomainError('INVALID_INPUT', `No value at index ${index} (of ${values.length})`);
  if (own === null) return null;
  const direction = scale.higherIsBetter ? 1 : -1;
  const rounded = (value: number) => {
    assertFinite(value, 'A compared value');
    return roundTo(value, scale.precision);
  };
  const gapTo = (reference: number) => roundTo(direction * (rounded(reference) - rounded(own)), scale.precision);
  const present = values.filter((v): v is number => v !== null).map(rounded);
  const best = (candidates: number[]) => (direction > 0 ? Math.max(...candidates) : Math.min(...candidates));
  const worst = (candidates: number[]) => (direction > 0 ? Math.min(...candidates) : Math.max(...candidates));
  const ahead = present.filter((value) => gapTo(value) > 0);
  const middle = roundTo(median(present) as number, scale.precision + 1);
  return {
    toLeader: gapTo(best(present)),
    toNextRankUp: ahead.length === 0 ? null : gapTo(worst(ahead)),
    toMedian: roundTo(direction * (middle - rounded(own)), scale.precision + 1),
    toTargetValue: targets.value === undefined ? null : gapTo(targets.value),
    toTargetCategory: targets.category ? targetCategoryGap(own, targets.category.scheme, targets.category.bandCode, scale) : null,
  };
}

/**
 * How far a value is from the least value that earns a category (positive = still to gain,
 * 0 or negative = reached), at the scale's precision; `null` when the scheme cannot say
 * (`published_only`). The one definition of "distance to the target category".
 * @throws DomainError `UNKNOWN_BAND` when the scheme has no such band.
 */
export function targetCategoryGap(value: number, scheme: GradingScheme, bandCode: string, scale: RankingScale): number | null {
  assertFinite(value, 'A compared value');
  const threshold = categoryThreshold(scheme, bandCode, scale);
  if (threshold === null) return null;
  const direction = scale.higherIsBetter ? 1 : -1;
  return roundTo(direction * (roundTo(threshold, scale.precision) - roundTo(value, scale.precision)), scale.precision);
}
