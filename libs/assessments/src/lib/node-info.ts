import { COMPOSITE, flattenNodes, type FrameworkDefinition } from '@rapor/domain';

/** The name and scale of a node of a framework version, as rows of values and results carry them. */
export interface NodeInfo {
  /** Indonesian name of the node; the framework's name for "*". */
  nodeNameId: string;
  /** English name of the node. */
  nodeNameEn: string;
  /** Lowest value of the node's scale; null for a code the version does not have. */
  scaleMin: number | null;
  /** Highest value of the node's scale (the maximum a value can reach); null for a code the version does not have. */
  scaleMax: number | null;
}

/** A lookup of node names and scales of a framework version ("*" is the composite). */
export function describeNodes(definition: FrameworkDefinition): (nodeCode: string) => NodeInfo {
  const nodes = new Map<string, NodeInfo>(
    flattenNodes(definition).map((f) => [f.node.code, { nodeNameId: f.node.names.id, nodeNameEn: f.node.names.en, scaleMin: f.scale.min, scaleMax: f.scale.max }]),
  );
  nodes.set(COMPOSITE, { nodeNameId: definition.names.id, nodeNameEn: definition.names.en, scaleMin: definition.scale.min, scaleMax: definition.scale.max });
  return (code) => nodes.get(code) ?? { nodeNameId: code, nodeNameEn: code, scaleMin: null, scaleMax: null };
}
