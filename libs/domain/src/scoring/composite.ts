import { assertFinite, DomainError } from '../errors';
import { Aggregation, FrameworkNode, Scale, ScoringTree } from '../frameworks/framework.types';
import { FlatNode, flattenNodes, isLeaf } from '../frameworks/tree';
import { cleanFloat } from '../numbers';

/** Values entered for the leaves of a tree, by leaf code; absent or `null` means "no value yet". */
export type LeafValues = Readonly<Record<string, number | null | undefined>>;

/** How complete a node (or the whole composite) is, and its value when it is. */
export interface Evaluation {
  /** Value on the node's scale; `null` while a weighted leaf below it has no value — never a silent zero. */
  readonly value: number | null;
  /** Place of the value on its scale, 0 (worst) to 1 (best); `null` with the value. */
  readonly position: number | null;
  /** False when a weighted leaf below is missing. */
  readonly complete: boolean;
  /** Codes of the missing leaves that make it incomplete. */
  readonly missing: readonly string[];
  /** Codes of missing leaves of weight 0 (recorded, not scored — e.g. RB Quick Wins): they do not block the value. */
  readonly missingUnweighted: readonly string[];
}

/** The evaluation of one node of the tree. */
export interface NodeResult extends Evaluation {
  readonly code: string;
  readonly parentCode: string | null;
  readonly depth: number;
}

/** The composite of a tree: the root's evaluation and every node's, parents before children. */
export interface CompositeResult extends Evaluation {
  readonly nodes: readonly NodeResult[];
}

/** Place of a value on a scale, 0 (worst) to 1 (best), honouring `higherIsBetter`. */
export function normalizedPosition(value: number, scale: Scale): number {
  const share = (value - scale.min) / (scale.max - scale.min);
  return cleanFloat(scale.higherIsBetter ? share : 1 - share);
}

/** The value at a 0–1 position (1 = best) on a scale; the inverse of {@link normalizedPosition}. */
export function valueAtPosition(position: number, scale: Scale): number {
  const span = scale.max - scale.min;
  return cleanFloat(scale.higherIsBetter ? scale.min + position * span : scale.max - position * span);
}

function checkLeafValues(flat: readonly FlatNode[], values: LeafValues): void {
  const byCode = new Map(flat.map((entry) => [entry.node.code, entry]));
  for (const [code, value] of Object.entries(values)) {
    const entry = byCode.get(code);
    if (!entry) throw new DomainError('UNKNOWN_NODE', `No node "${code}" in this framework`);
    if (!isLeaf(entry.node))
      throw new DomainError('NOT_A_LEAF', `"${code}" is computed from its children; enter its leaves instead`);
    if (value === null || value === undefined) continue;
    assertFinite(value, `Value of ${code}`);
    if (value < entry.scale.min || value > entry.scale.max) {
      throw new DomainError(
        'VALUE_OUT_OF_SCALE',
        `Value ${value} of ${code} is outside its scale ${entry.scale.min}–${entry.scale.max}`,
      );
    }
  }
}

function evaluateLeaf(entry: FlatNode, values: LeafValues): Evaluation {
  const value = values[entry.node.code];
  if (value === null || value === undefined) {
    return { value: null, position: null, complete: false, missing: [entry.node.code], missingUnweighted: [] };
  }
  return { value, position: normalizedPosition(value, entry.scale), complete: true, missing: [], missingUnweighted: [] };
}

function aggregationOf(node: FrameworkNode): Aggregation {
  if (!node.aggregation)
    throw new DomainError('INVALID_INPUT', `Node "${node.code}" has children but no aggregation; validate the definition first`);
  return node.aggregation;
}

function aggregate(
  children: readonly FrameworkNode[],
  aggregation: Aggregation,
  scale: Scale,
  results: ReadonlyMap<string, Evaluation>,
): Evaluation {
  const parts = children.map((child) => ({
    weight: aggregation === 'mean' ? 1 : child.weight,
    result: results.get(child.code) as Evaluation,
  }));
  const counted = parts.filter((part) => part.weight > 0);
  const unweighted = parts.filter((part) => part.weight === 0);
  const missing = counted.flatMap((part) => part.result.missing);
  const missingUnweighted = [
    ...counted.flatMap((part) => part.result.missingUnweighted),
    ...unweighted.flatMap((part) => [...part.result.missing, ...part.result.missingUnweighted]),
  ];
  if (missing.length > 0) return { value: null, position: null, complete: false, missing, missingUnweighted };
  const totalWeight = counted.reduce((total, part) => total + part.weight, 0);
  if (totalWeight === 0) throw new DomainError('INVALID_INPUT', 'Cannot aggregate children whose weights are all 0');
  const position = cleanFloat(
    counted.reduce((total, part) => total + part.weight * (part.result.position as number), 0) / totalWeight,
  );
  return { value: valueAtPosition(position, scale), position, complete: true, missing, missingUnweighted };
}

/**
 * Computes a tree's values bottom-up from its leaf values (see `Aggregation` for the arithmetic).
 * A missing leaf makes its parent and every ancestor incomplete: their value is `null` and
 * `missing` names the leaf — never a silent zero. Leaves of weight 0 are reported in
 * `missingUnweighted` instead, as they cannot change any value.
 *
 * @param tree - a valid definition (or any `ScoringTree`)
 * @param leafValues - values by leaf code, each on its leaf's scale
 * @throws DomainError `UNKNOWN_NODE` / `NOT_A_LEAF` for a code that is not a leaf of the tree,
 *   `VALUE_OUT_OF_SCALE` for a value outside its leaf's scale, `INVALID_INPUT` for a non-finite value.
 */
export function composite(tree: ScoringTree, leafValues: LeafValues): CompositeResult {
  const flat = flattenNodes(tree);
  checkLeafValues(flat, leafValues);
  const results = new Map<string, Evaluation>();
  // Children come after their parent in pre-order, so the reversed list evaluates them first.
  for (const entry of [...flat].reverse()) {
    const { node } = entry;
    results.set(
      node.code,
      isLeaf(node) ? evaluateLeaf(entry, leafValues) : aggregate(node.children ?? [], aggregationOf(node), entry.scale, results),
    );
  }
  return {
    ...aggregate(tree.nodes, tree.aggregation, tree.scale, results),
    nodes: flat.map(({ node, parentCode, depth }) => ({
      code: node.code,
      parentCode,
      depth,
      ...(results.get(node.code) as Evaluation),
    })),
  };
}
