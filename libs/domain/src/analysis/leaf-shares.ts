import { DomainError } from '../errors';
import { Aggregation, FrameworkNode, Scale, ScoringTree } from '../frameworks/framework.types';
import { flattenNodes, isLeaf } from '../frameworks/tree';
import { cleanFloat } from '../numbers';

/** A leaf (indicator) and how much of a node's value it carries. */
export interface LeafShare {
  readonly code: string;
  /** Code of the top-level node (area) the leaf sits under; the leaf's own code for a top-level leaf. */
  readonly areaCode: string;
  /** The leaf's effective scale (see `childScale`). */
  readonly scale: Scale;
  /**
   * Share of the node's 0–1 position the leaf carries: the product, down the path, of each
   * node's weight over its counted siblings' weights (1/n under `mean`). Shares of a node's
   * leaves add up to 1; a leaf of weight 0 (recorded, not scored) has share 0.
   */
  readonly share: number;
}

function weightShares(nodes: readonly FrameworkNode[], aggregation: Aggregation): number[] {
  const weights = nodes.map((n) => (aggregation === 'mean' ? 1 : n.weight));
  const total = weights.reduce((sum, w) => sum + w, 0);
  if (total === 0) throw new DomainError('INVALID_INPUT', 'Cannot share among children whose weights are all 0');
  return weights.map((w) => w / total);
}

/**
 * The leaves under `nodeCode` (the whole tree when `null`) with their share of that node's
 * position: the composite (or the node) moves by `share × Δposition` when a leaf's position
 * moves by Δposition, because every aggregation is a weighted mean of positions.
 *
 * @throws DomainError `UNKNOWN_NODE` when `nodeCode` is not a node of the tree
 */
export function leafShares(tree: ScoringTree, nodeCode: string | null = null): LeafShare[] {
  const flat = flattenNodes(tree);
  const byCode = new Map(flat.map((f) => [f.node.code, f]));
  const areaOf = (code: string): string => {
    let entry = byCode.get(code)!;
    while (entry.parentCode !== null) entry = byCode.get(entry.parentCode)!;
    return entry.node.code;
  };
  const out: LeafShare[] = [];
  const visit = (nodes: readonly FrameworkNode[], aggregation: Aggregation, share: number): void => {
    const shares = weightShares(nodes, aggregation);
    nodes.forEach((node, i) => {
      const own = share * shares[i];
      if (isLeaf(node)) out.push({ code: node.code, areaCode: areaOf(node.code), scale: byCode.get(node.code)!.scale, share: cleanFloat(own) });
      else visit(node.children ?? [], node.aggregation!, own);
    });
  };
  if (nodeCode === null) {
    visit(tree.nodes, tree.aggregation, 1);
    return out;
  }
  const start = byCode.get(nodeCode);
  if (!start) throw new DomainError('UNKNOWN_NODE', `No node "${nodeCode}" in this framework`);
  if (isLeaf(start.node)) return [{ code: nodeCode, areaCode: areaOf(nodeCode), scale: start.scale, share: 1 }];
  visit(start.node.children ?? [], start.node.aggregation!, 1);
  return out;
}
