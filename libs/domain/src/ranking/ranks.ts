import { assertFinite } from '../errors';
import { assertDecimals, roundTo } from '../numbers';

/** A value turned into "bigger is better" at the precision it is ranked on. */
export function rankingKey(value: number, precision: number, higherIsBetter: boolean): number {
  assertFinite(value, 'A ranked value');
  const rounded = roundTo(value, precision);
  return higherIsBetter ? rounded : -rounded;
}

/**
 * Standard competition ranks (1, 2, 2, 4) of values compared after rounding to `precision`
 * (a framework's published decimals). `null` values are "no data": unranked (`null`), never
 * ranked last. Ranks are returned in the order of the input.
 *
 * @param higherIsBetter - false for scales where a lower value wins
 * @throws DomainError `INVALID_INPUT` for a precision outside 0..6 or a non-finite value
 */
export function competitionRanks(
  values: readonly (number | null)[],
  precision: number,
  higherIsBetter = true,
): (number | null)[] {
  assertDecimals(precision);
  const entries = values
    .map((value, index) => (value === null ? null : { index, key: rankingKey(value, precision, higherIsBetter) }))
    .filter((entry): entry is { index: number; key: number } => entry !== null)
    .sort((a, b) => b.key - a.key);
  const ranks: (number | null)[] = values.map(() => null);
  entries.forEach((entry, position) => {
    const previous = entries[position - 1];
    ranks[entry.index] = previous && previous.key === entry.key ? ranks[previous.index] : position + 1;
  });
  return ranks;
}

/** A ranked value's standing among the ranked values. */
export interface RankPosition {
  /** Competition rank, 1 = best. */
  readonly rank: number;
  /**
   * 1 (best quarter) to 4: `1 + floor(4 × (rank − 1) / ranked)` — the quarter the rank falls in,
   * so the leader is always in the first and tied values share one.
   */
  readonly quartile: 1 | 2 | 3 | 4;
  /** Share of the other ranked values strictly behind this one, 0–100 (100 for the only value). */
  readonly percentile: number;
}

/**
 * Rank, quartile and percentile of every value (`null` for no data), on values rounded to
 * `precision` — for leaderboards and the regions × areas heatmap.
 */
export function rankPositions(
  values: readonly (number | null)[],
  precision: number,
  higherIsBetter = true,
): (RankPosition | null)[] {
  const ranks = competitionRanks(values, precision, higherIsBetter);
  const ranked = ranks.filter((rank): rank is number => rank !== null);
  return ranks.map((rank) => {
    if (rank === null) return null;
    const behind = ranked.filter((other) => other > rank).length;
    return {
      rank,
      quartile: (1 + Math.floor((4 * (rank - 1)) / ranked.length)) as 1 | 2 | 3 | 4,
      percentile: ranked.length === 1 ? 100 : (100 * behind) / (ranked.length - 1),
    };
  });
}
