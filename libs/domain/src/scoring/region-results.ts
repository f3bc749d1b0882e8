import { DomainError } from '../errors';
import type { FrameworkDefinition } from '../frameworks/framework.types';
import { schemeForYear } from '../frameworks/select';
import { compareCategories } from '../grading/categories';
import { composite, type CompositeResult, type LeafValues } from './composite';
import { rollUpUnits } from './units';

/** The node code that stands for a framework's composite (the root of its tree). */
export const COMPOSITE = '*';

/** One stored value of a region in a period. */
export interface StoredValue {
  /** A leaf code, or {@link COMPOSITE} for an official composite result (imports). */
  readonly nodeCode: string;
  /** The service unit, for unit-level frameworks; `null` for region-level values. */
  readonly unitId: string | null;
  readonly value: number | null;
  /** Category as the ministry published it (composite rows only). */
  readonly publishedCategory: string | null;
}

/** A region's result for one node (or the composite) in a period. */
export interface RegionNodeResult {
  readonly nodeCode: string;
  /** `null` while incomplete — never a silent zero. */
  readonly value: number | null;
  readonly complete: boolean;
  /** Leaf codes whose absence makes the value incomplete. */
  readonly missing: readonly string[];
  /** Category computed from the value by the year's scheme (composite only). */
  readonly computedCategory: string | null;
  /** Category as published, normalised to the scheme's code (composite only). */
  readonly publishedCategory: string | null;
  readonly categoryMismatch: boolean;
  /** Units the value rests on (unit-level frameworks), sorted; `null` for region-level frameworks. */
  readonly evaluatedUnits: readonly string[] | null;
  /** `official` when the composite was imported as published, else `computed`. */
  readonly source: 'computed' | 'official';
}

function leafValuesOf(rows: readonly StoredValue[]): LeafValues {
  const values: Record<string, number | null> = {};
  for (const row of rows) if (row.nodeCode !== COMPOSITE) values[row.nodeCode] = row.value;
  return values;
}

interface NodeEvaluation {
  value: number | null;
  complete: boolean;
  missing: readonly string[];
  evaluatedUnits: readonly string[] | null;
}

function regionLevel(definition: FrameworkDefinition, rows: readonly StoredValue[]): Map<string, NodeEvaluation> {
  const result = composite(definition, leafValuesOf(rows));
  const out = new Map<string, NodeEvaluation>([[COMPOSITE, { ...result, evaluatedUnits: null }]]);
  for (const node of result.nodes) out.set(node.code, { ...node, evaluatedUnits: null });
  return out;
}

// Unit-level frameworks (IPP): each unit is scored on the tree; the region's value of every
// node is the mean over the units that have a value there (the evaluated units).
function unitLevel(definition: FrameworkDefinition, rows: readonly StoredValue[]): Map<string, NodeEvaluation> {
  const byUnit = new Map<string, StoredValue[]>();
  for (const row of rows) {
    if (row.nodeCode === COMPOSITE) continue;
    if (row.unitId === null) {
      throw new DomainError('INVALID_INPUT', `${definition.code} is scored per service unit: value of ${row.nodeCode} has no unit`);
    }
    byUnit.set(row.unitId, [...(byUnit.get(row.unitId) ?? []), row]);
  }
  const perUnit: [string, CompositeResult][] = [...byUnit].map(([unit, unitRows]) => [unit, composite(definition, leafValuesOf(unitRows))]);
  const out = new Map<string, NodeEvaluation>();
  const rollUp = (pick: (c: CompositeResult) => { value: number | null; missing: readonly string[] }): NodeEvaluation => {
    const rolled = rollUpUnits(perUnit.map(([unitCode, c]) => ({ unitCode, value: pick(c).value })));
    const missing = [...new Set(perUnit.flatMap(([, c]) => (pick(c).value === null ? pick(c).missing : [])))].sort();
    return { value: rolled.value, complete: rolled.value !== null, missing: rolled.value === null ? missing : [], evaluatedUnits: rolled.evaluatedUnits };
  };
  out.set(COMPOSITE, rollUp((c) => c));
  const codes = perUnit[0]?.[1].nodes.map((n) => n.code) ?? [];
  for (const code of codes) {
    out.set(code, rollUp((c) => c.nodes.find((n) => n.code === code) ?? { value: null, missing: [code] }));
  }
  return out;
}

/**
 * A region's results in a period from its stored values: every node's value bottom-up (for
 * unit-level frameworks, the mean of the evaluated units, which are recorded), and the
 * composite with its computed and published categories. An official composite (imported,
 * node {@link COMPOSITE}) takes precedence over the computed one; its published category is
 * kept beside the computed one and a disagreement is flagged.
 *
 * @throws DomainError for values off their scale, unknown or non-leaf nodes, unknown categories.
 */
export function computeRegionResults(definition: FrameworkDefinition, year: number, rows: readonly StoredValue[]): RegionNodeResult[] {
  const scheme = schemeForYear(definition, year);
  const evaluations = definition.level === 'unit' ? unitLevel(definition, rows) : regionLevel(definition, rows);
  const official = rows.find((row) => row.nodeCode === COMPOSITE && row.unitId === null);
  const results: RegionNodeResult[] = [];
  for (const [nodeCode, e] of evaluations) {
    const isComposite = nodeCode === COMPOSITE;
    const useOfficial = isComposite && official !== undefined;
    const value = useOfficial ? official.value : e.value;
    const categories =
      isComposite && scheme ? compareCategories(value, useOfficial ? official.publishedCategory : null, scheme) : null;
    results.push({
      nodeCode,
      value,
      complete: useOfficial ? value !== null : e.complete,
      missing: useOfficial ? [] : e.missing,
      computedCategory: categories?.computed ?? null,
      publishedCategory: categories?.published ?? null,
      categoryMismatch: categories?.mismatch ?? false,
      evaluatedUnits: e.evaluatedUnits,
      source: useOfficial ? 'official' : 'computed',
    });
  }
  return results;
}
