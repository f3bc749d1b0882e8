import { DomainError } from '../errors';
import { ScoringTree } from '../frameworks/framework.types';
import { flattenNodes } from '../frameworks/tree';
import { cleanFloat, roundTo } from '../numbers';
import { normalizedPosition, valueAtPosition } from '../scoring/composite';
import type { LeafValues } from '../scoring/composite';
import { leafShares } from './leaf-shares';

/** "Raise Pengukuran Kinerja by 3 points": a change of a node's value, on the node's own scale. */
export interface AreaChange {
  /** An area, a sub-component or a leaf. */
  readonly nodeCode: string;
  /** Points to add to the node's value (negative to lower it), on its scale. */
  readonly delta: number;
}

/** Rounds to `decimals` places away from `from`: the entered value moves at least as far as asked. */
function roundAway(value: number, from: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = cleanFloat(value * factor);
  return cleanFloat((value >= from ? Math.ceil(scaled) : Math.floor(scaled)) / factor);
}

/**
 * Turns node-level changes into leaf values: each change is spread over the node's scored leaves
 * by their room — each leaf closes the same share of its room to the best end of its scale
 * (or, to lower a node, of its distance to the worst end) — so leaves with more room take more.
 * Leaf values are rounded, away from where they were, to their scale's precision, so the node
 * moves by at least `delta`. Changes apply in order, each on the result of the previous ones.
 *
 * @returns the new values of the leaves that changed, by leaf code
 * @throws DomainError `UNKNOWN_NODE`; `INCOMPLETE_VALUES` when a leaf under the node has no value;
 *   `NOT_ENOUGH_ROOM` when the node cannot move that far within its leaves' scales;
 *   `INVALID_INPUT` for a non-finite delta
 */
export function spreadAreaChanges(tree: ScoringTree, leafValues: LeafValues, changes: readonly AreaChange[]): Record<string, number> {
  const scales = new Map(flattenNodes(tree).map((f) => [f.node.code, f.scale]));
  const values: Record<string, number | null | undefined> = { ...leafValues };
  const changed: Record<string, number> = {};
  for (const change of changes) {
    if (!Number.isFinite(change.delta)) throw new DomainError('INVALID_INPUT', `Change of ${change.nodeCode} must be a finite number`);
    const scale = scales.get(change.nodeCode);
    if (!scale) throw new DomainError('UNKNOWN_NODE', `No node "${change.nodeCode}" in this framework`);
    const leaves = leafShares(tree, change.nodeCode).filter((l) => l.share > 0);
    const missing = leaves.filter((l) => values[l.code] === null || values[l.code] === undefined).map((l) => l.code);
    if (missing.length > 0) {
      throw new DomainError('INCOMPLETE_VALUES', `${change.nodeCode} has indicators without a value (${missing.join(', ')}): enter them first`);
    }
    const span = scale.max - scale.min;
    const shift = ((scale.higherIsBetter ? 1 : -1) * change.delta) / span; // change of the node's 0–1 position
    if (shift === 0) continue;
    const positions = leaves.map((l) => normalizedPosition(values[l.code] as number, l.scale));
    const rooms = leaves.map((l, i) => l.share * (shift > 0 ? 1 - positions[i] : positions[i]));
    const room = rooms.reduce((sum, r) => sum + r, 0);
    if (Math.abs(shift) > room + 1e-9) {
      const most = roundTo(room * span, scale.precision);
      throw new DomainError(
        'NOT_ENOUGH_ROOM',
        `${change.nodeCode} can move by at most ${most} points ${change.delta > 0 === scale.higherIsBetter ? 'up' : 'down'} within its indicators' scales, not ${Math.abs(change.delta)}`,
      );
    }
    const closed = Math.abs(shift) / room; // the share of its room every leaf closes
    leaves.forEach((leaf, i) => {
      const before = values[leaf.code] as number;
      const position = shift > 0 ? positions[i] + closed * (1 - positions[i]) : positions[i] * (1 - closed);
      const exact = valueAtPosition(position, leaf.scale);
      const after = exact === before ? before : Math.min(leaf.scale.max, Math.max(leaf.scale.min, roundAway(exact, before, leaf.scale.precision)));
      if (after !== before) {
        values[leaf.code] = after;
        changed[leaf.code] = after;
      }
    });
  }
  return changed;
}
