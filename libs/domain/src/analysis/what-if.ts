import { FrameworkDefinition, Band } from '../frameworks/framework.types';
import { schemeForYear } from '../frameworks/select';
import { grade } from '../grading/grade';
import { competitionRanks } from '../ranking/ranks';
import { composite, CompositeResult, LeafValues } from '../scoring/composite';

/** What a region's composite, category and rank would be under changed leaf values. */
export interface WhatIfResult {
  readonly composite: CompositeResult;
  /** Computed category (by the scheme for the year); `null` when incomplete, out of scale or not computable. */
  readonly band: Band | null;
  /** Rank among the region and its peers; `null` when the composite is incomplete. */
  readonly rank: number | null;
  /** How many values were ranked (the region, when complete, plus peers with a value). */
  readonly rankedCount: number;
}

/**
 * "If these values were X": recomputes the composite from the current leaf values overlaid with
 * `changes`, grades it by the definition's scheme for `year`, and ranks it among the province's
 * other regions (`peerComposites`, `null` = no data) on the framework's precision. Pure: nothing
 * is stored. With no changes it reproduces the current composite and rank.
 */
export function whatIf(
  definition: FrameworkDefinition,
  currentLeafValues: LeafValues,
  changes: LeafValues,
  peerComposites: readonly (number | null)[],
  year: number,
): WhatIfResult {
  const scheme = schemeForYear(definition, year);
  const result = composite(definition, { ...currentLeafValues, ...changes });
  const ranks = competitionRanks([result.value, ...peerComposites], definition.scale.precision, definition.scale.higherIsBetter);
  return {
    composite: result,
    band: result.value === null || scheme === null ? null : grade(result.value, scheme),
    rank: ranks[0],
    rankedCount: ranks.filter((rank) => rank !== null).length,
  };
}
