import { Aggregation, FrameworkNode, Scale, ScoringTree } from './framework.types';

/** A node of a tree, with where it sits and the scale its value is on. */
export interface FlatNode {
  readonly node: FrameworkNode;
  /** Code of the parent node; `null` for a top-level node. */
  readonly parentCode: string | null;
  /** 0 for top-level nodes. */
  readonly depth: number;
  /** JSON path in the definition, e.g. `nodes[0].children[2]`. */
  readonly path: string;
  /** The scale the node's value is on: its own, or the one it inherits (see `Aggregation`). */
  readonly scale: Scale;
}

/** Whether a node is a leaf (takes a value instead of aggregating children). */
export function isLeaf(node: FrameworkNode): boolean {
  return (node.children ?? []).length === 0;
}

/**
 * The scale a child's value is on: its own scale when it has one; otherwise points (0..weight)
 * under `weighted_sum`, and the parent's scale under the other aggregations.
 */
export function childScale(child: FrameworkNode, parentScale: Scale, parentAggregation: Aggregation): Scale {
  if (child.scale) return child.scale;
  return parentAggregation === 'weighted_sum' ? { ...parentScale, min: 0, max: child.weight } : parentScale;
}

/**
 * All nodes of a tree in pre-order (a parent before its children), each with its parent,
 * depth, JSON path and effective scale.
 */
export function flattenNodes(tree: ScoringTree): FlatNode[] {
  const out: FlatNode[] = [];
  const visit = (
    nodes: readonly FrameworkNode[],
    scale: Scale,
    aggregation: Aggregation | undefined,
    parentCode: string | null,
    depth: number,
    path: string,
  ): void => {
    nodes.forEach((node, index) => {
      const nodePath = `${path}[${index}]`;
      const ownScale = aggregation ? childScale(node, scale, aggregation) : (node.scale ?? scale);
      out.push({ node, parentCode, depth, path: nodePath, scale: ownScale });
      visit(node.children ?? [], ownScale, node.aggregation, node.code, depth + 1, `${nodePath}.children`);
    });
  };
  visit(tree.nodes, tree.scale, tree.aggregation, null, 0, 'nodes');
  return out;
}

/** The codes of the leaves, in tree order: the values a framework asks for. */
export function leafCodes(tree: ScoringTree): string[] {
  return flattenNodes(tree)
    .filter((entry) => isLeaf(entry.node))
    .map((entry) => entry.node.code);
}
