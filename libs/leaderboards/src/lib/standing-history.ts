import { unitSetComparability, type FrameworkDefinition } from '@rapor/domain';
import { labelOf, schemeOf } from './category-labels';
import type { CategoryLabel, EvaluatedUnit } from './models/leaderboard.model';

/** A published composite of a region in one year, as the profile's history reads it. */
export interface HistoryPoint {
  year: number;
  frameworkVersion: string;
  category: string | null;
  /** Unit ids the value rests on (unit-level frameworks); null for region-level ones. */
  evaluatedUnits: string[] | null;
}

/** What the profile adds to each point of a rank history: the category's labels and whether it compares with the point before. */
export interface HistoryComparison {
  categoryLabel: CategoryLabel | null;
  movementComparable: boolean;
  movementNote: string | null;
  unitsAdded: EvaluatedUnit[] | null;
  unitsDropped: EvaluatedUnit[] | null;
}

/**
 * For a region's history of one framework (oldest first): each point's category labels, and
 * against the point before it whether the comparison holds — another framework version, or a
 * changed lokus (other service units evaluated, IPP/PEKPPP) makes it not comparable.
 */
export function compareHistory<P extends HistoryPoint>(
  points: readonly P[],
  definitionOf: (point: P) => FrameworkDefinition,
  unitNames: ReadonlyMap<string, string>,
): HistoryComparison[] {
  return points.map((point, i) => {
    const before = points[i - 1];
    const notes: string[] = [];
    if (before && before.frameworkVersion !== point.frameworkVersion) {
      notes.push(`${before.year} used version ${before.frameworkVersion}, ${point.year} version ${point.frameworkVersion}`);
    }
    let added: string[] | null = null;
    let dropped: string[] | null = null;
    if (before?.evaluatedUnits && point.evaluatedUnits) {
      const rollUp = (units: string[]) => ({ value: null, evaluatedUnits: [...units].sort(), unevaluatedUnits: [] });
      const reason = unitSetComparability(rollUp(point.evaluatedUnits), rollUp(before.evaluatedUnits)).reasons.find(
        (r) => r.code === 'DIFFERENT_UNITS',
      );
      added = [...(reason?.unitsAdded ?? [])];
      dropped = [...(reason?.unitsDropped ?? [])];
      if (reason)
        notes.push(
          `other service units were evaluated than in ${before.year} (${added.length} added, ${dropped.length} dropped)`,
        );
    }
    const ref = (id: string): EvaluatedUnit => ({ unitId: id, name: unitNames.get(id) ?? null });
    return {
      categoryLabel: labelOf(schemeOf(definitionOf(point), point.year), point.category),
      movementComparable: notes.length === 0,
      movementNote: notes.length ? `Not comparable with ${before!.year}: ${notes.join('; ')}` : null,
      unitsAdded: added?.map(ref) ?? null,
      unitsDropped: dropped?.map(ref) ?? null,
    };
  });
}
