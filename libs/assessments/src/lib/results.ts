import { COMPOSITE, competitionRanks, flattenNodes, type FrameworkDefinition, type RegionNodeResult } from '@rapor/domain';

/** A message when `value` is off the scale of leaf `nodeCode`, else null. */
export function scaleProblem(definition: FrameworkDefinition, nodeCode: string, value: number): string | null {
  const leaf = flattenNodes(definition).find((f) => f.node.code === nodeCode);
  const scale = nodeCode === COMPOSITE ? definition.scale : leaf?.scale;
  if (!scale) return `"${nodeCode}" is not a node of ${definition.code} (version ${definition.version})`;
  if (!Number.isFinite(value) || value < scale.min || value > scale.max) {
    return `${value} is outside the scale of ${nodeCode === COMPOSITE ? definition.code : nodeCode} (${scale.min}–${scale.max})`;
  }
  return null;
}

/** Competition ranks per node among the regions, at the node's precision and direction. */
export function withRanks<T extends RegionNodeResult & { regionCode: string }>(
  definition: FrameworkDefinition,
  results: readonly T[],
): (T & { rank: number | null; rankedCount: number })[] {
  const scales = new Map(flattenNodes(definition).map((f) => [f.node.code, f.scale]));
  scales.set(COMPOSITE, definition.scale);
  const byNode = new Map<string, T[]>();
  for (const r of results) byNode.set(r.nodeCode, [...(byNode.get(r.nodeCode) ?? []), r]);
  return [...byNode].flatMap(([nodeCode, rows]) => {
    const scale = scales.get(nodeCode);
    if (!scale) throw new Error(`no scale for node ${nodeCode}`);
    const ranks = competitionRanks(rows.map((r) => r.value), scale.precision, scale.higherIsBetter);
    const rankedCount = ranks.filter((r) => r !== null).length;
    return rows.map((r, i) => ({ ...r, rank: ranks[i], rankedCount }));
  });
}
