import type { GradingScheme } from '../frameworks/framework.types';
import { bandPosition } from '../grading/band-order';

/** A region's published standing and its target for the same framework and year. */
export interface TargetCheck {
  readonly rank: number | null;
  readonly category: string | null;
  readonly targetRank: number | null;
  readonly targetCategory: string | null;
}

/** How a region falls short of its target: rank below the target rank, category worse than the target category. */
export interface TargetShortfall {
  readonly rank: boolean;
  readonly category: boolean;
}

/**
 * Whether a published standing falls below the region's target, and on which part. A region
 * without a rank (no data) is below a rank target; a category the scheme cannot place is not
 * judged (never a false alarm). Null when it meets every part of its target.
 */
export function targetShortfall(check: TargetCheck, scheme: GradingScheme | null): TargetShortfall | null {
  const rank = check.targetRank !== null && (check.rank === null || check.rank > check.targetRank);
  let category = false;
  if (check.targetCategory !== null) {
    const want = bandPosition(scheme, check.targetCategory);
    const got = bandPosition(scheme, check.category);
    // Bands are listed best first: a larger position is a worse category.
    category = want !== null && (check.category === null || (got !== null && got > want));
  }
  return rank || category ? { rank, category } : null;
}
