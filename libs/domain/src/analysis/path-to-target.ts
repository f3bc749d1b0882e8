import { DomainError } from '../errors';
import { CategoryBand, FrameworkDefinition } from '../frameworks/framework.types';
import { schemeForYear } from '../frameworks/select';
import { categoryThreshold, findBand } from '../grading/grade';
import { cleanFloat, roundTo } from '../numbers';
import { rankingKey } from '../ranking/ranks';
import { normalizedPosition, valueAtPosition } from '../scoring/composite';
import type { LeafValues } from '../scoring/composite';
import { leafShares } from './leaf-shares';
import { whatIf, type WhatIfResult } from './what-if';

/** What to reach: a category, a rank, or both. */
export interface Target {
  /** Band code of the year's scheme, e.g. `A`. */
  readonly category?: string | null;
  /** Rank among the province's regions (1 = first). */
  readonly rank?: number | null;
}

/** One indicator improvement on the way, with where the region stands after it (and the steps before). */
export interface PathStep {
  readonly nodeCode: string;
  /** Top-level area of the indicator. */
  readonly areaCode: string;
  /** The indicator's current value. */
  readonly from: number;
  /** The value to reach (its scale's best end, or less on the last step). */
  readonly to: number;
  /** Composite points this step adds. */
  readonly compositeGain: number;
  /** The composite after this step. */
  readonly value: number;
  /** Computed category after this step (`null` when the scheme computes none). */
  readonly category: string | null;
  /** Rank after this step. */
  readonly rank: number | null;
}

/** The cheapest way to a target. */
export interface TargetPath {
  /** The least good composite that meets every part of the target, on the ranking precision; `null` when the rank asked is reached by any complete value. */
  readonly targetValue: number | null;
  /** Where the region stands now. */
  readonly current: WhatIfResult;
  /** True when the current values already meet the target (then `steps` is empty). */
  readonly reached: boolean;
  /** False when even every indicator at its best does not meet the target. */
  readonly reachable: boolean;
  /** Improvements in order, each applied on top of the previous ones. */
  readonly steps: readonly PathStep[];
  /** Where the region would stand after every step. */
  readonly final: WhatIfResult;
  /** The leaf values of `final`, for a what-if to start from. */
  readonly changes: Readonly<Record<string, number>>;
}

function roundToward(value: number, better: boolean, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = cleanFloat(value * factor);
  return cleanFloat((better ? Math.ceil(scaled) : Math.floor(scaled)) / factor);
}

/**
 * The smallest set of indicator improvements that reaches a target category and/or rank against
 * the province's other regions (`peerComposites`), cheapest first by room: indicators are taken in
 * order of the composite points they can still add (share of the composite × room to the best end
 * of their scale), each raised to its best value, the last only as far as needed (at its
 * precision). Taking the largest rooms first uses the fewest indicators. Pure: nothing is stored.
 *
 * @throws DomainError `INVALID_INPUT` without a category or rank (or a rank below 1);
 *   `INCOMPLETE_VALUES` while the composite is incomplete; `UNKNOWN_BAND`;
 *   `CATEGORY_NOT_COMPUTABLE` when the year's scheme does not compute categories (RB from 2023)
 */
export function pathToTarget(
  definition: FrameworkDefinition,
  leafValues: LeafValues,
  peerComposites: readonly (number | null)[],
  year: number,
  target: Target,
): TargetPath {
  const { scale } = definition;
  const category = target.category ?? null;
  const rank = target.rank ?? null;
  if (category === null && rank === null) throw new DomainError('INVALID_INPUT', 'Name a target category, a target rank, or both');
  if (rank !== null && (!Number.isInteger(rank) || rank < 1)) throw new DomainError('INVALID_INPUT', `A target rank is a whole number from 1, got ${rank}`);

  const current = whatIf(definition, leafValues, {}, peerComposites, year);
  if (current.composite.value === null) {
    throw new DomainError('INCOMPLETE_VALUES', `Indicators without a value: ${current.composite.missing.join(', ')}; enter them first`);
  }

  // The least good composite meeting each part of the target, as a "higher is better" key.
  const keys: number[] = [];
  let bandIndex: number | null = null;
  if (category !== null) {
    const scheme = schemeForYear(definition, year);
    if (!scheme || scheme.boundaryRule === 'published_only') {
      throw new DomainError('CATEGORY_NOT_COMPUTABLE', `${definition.code} ${year} categories are only published, never computed from the value`);
    }
    findBand<CategoryBand>(scheme, category);
    bandIndex = scheme.bands.findIndex((b: CategoryBand) => b.code === category);
    keys.push(rankingKey(categoryThreshold(scheme, category, scale) as number, scale.precision, scale.higherIsBetter));
  }
  if (rank !== null) {
    const peers = peerComposites
      .filter((v): v is number => v !== null)
      .map((v) => rankingKey(v, scale.precision, scale.higherIsBetter))
      .sort((a, b) => b - a);
    // Competition ranking: tying the rank-th best peer gives that rank.
    if (rank <= peers.length) keys.push(peers[rank - 1]);
  }
  const targetKey = keys.length ? Math.max(...keys) : null;
  const targetValue = targetKey === null ? null : scale.higherIsBetter ? targetKey : -targetKey;

  const scheme = category !== null ? schemeForYear(definition, year) : null;
  const meets = (r: WhatIfResult): boolean =>
    r.composite.value !== null &&
    (rank === null || (r.rank !== null && r.rank <= rank)) &&
    (bandIndex === null || (r.band !== null && scheme!.bands.findIndex((b) => b.code === r.band!.code) <= bandIndex)) &&
    (targetKey === null || rankingKey(r.composite.value, scale.precision, scale.higherIsBetter) >= targetKey);

  if (meets(current)) return { targetValue, current, reached: true, reachable: true, steps: [], final: current, changes: {} };

  const span = scale.max - scale.min;
  const orient = (v: number) => (scale.higherIsBetter ? v : -v);
  const candidates = leafShares(definition)
    .filter((l) => l.share > 0)
    .map((l) => ({ ...l, room: l.share * (1 - normalizedPosition(leafValues[l.code] as number, l.scale)) * span }))
    .filter((l) => l.room > 0)
    .sort((a, b) => b.room - a.room || a.code.localeCompare(b.code));

  const changes: Record<string, number> = {};
  const steps: PathStep[] = [];
  let now = current;
  for (const leaf of candidates) {
    const from = leafValues[leaf.code] as number;
    const best = valueAtPosition(1, leaf.scale);
    const remaining = targetKey === null ? 0 : targetKey - orient(now.composite.value as number);
    let to = best;
    if (remaining > 0 && remaining < leaf.room) {
      const position = normalizedPosition(from, leaf.scale) + remaining / (leaf.share * span);
      to = roundToward(valueAtPosition(position, leaf.scale), leaf.scale.higherIsBetter, leaf.scale.precision);
      to = leaf.scale.higherIsBetter ? Math.min(to, best) : Math.max(to, best);
    }
    let next = whatIf(definition, leafValues, { ...changes, [leaf.code]: to }, peerComposites, year);
    // Rounding can leave the last step a hair short: one more step of the indicator's precision.
    const step = 10 ** -leaf.scale.precision;
    for (let tries = 0; !meets(next) && to !== best && tries < 3; tries++) {
      to = leaf.scale.higherIsBetter ? Math.min(best, cleanFloat(to + step)) : Math.max(best, cleanFloat(to - step));
      next = whatIf(definition, leafValues, { ...changes, [leaf.code]: to }, peerComposites, year);
    }
    changes[leaf.code] = to;
    steps.push({
      nodeCode: leaf.code,
      areaCode: leaf.areaCode,
      from,
      to,
      compositeGain: roundTo(orient((next.composite.value as number) - (now.composite.value as number)), scale.precision + 1),
      value: roundTo(next.composite.value as number, scale.precision + 1),
      category: next.band?.code ?? null,
      rank: next.rank,
    });
    now = next;
    if (meets(now)) return { targetValue, current, reached: false, reachable: true, steps, final: now, changes };
  }
  return { targetValue, current, reached: false, reachable: false, steps, final: now, changes };
}
