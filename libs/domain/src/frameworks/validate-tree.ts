import { IssueList } from './definition-issue';
import { Aggregation, FrameworkNode, Scale } from './framework.types';
import { flattenNodes, isLeaf } from './tree';
import { checkCitation, checkCode, checkScale, checkUnique, ValidationContext } from './validation-context';
import { cleanFloat } from '../numbers';

function sum(values: readonly number[]): number {
  return cleanFloat(values.reduce((total, v) => total + v, 0));
}

// Children must be consistent with how their parent aggregates them (see `Aggregation`).
function checkSiblings(
  nodes: readonly FrameworkNode[],
  aggregation: Aggregation,
  scale: Scale,
  path: string,
  issues: IssueList,
): void {
  const weights = nodes.map((node) => node.weight);
  switch (aggregation) {
    case 'weighted_sum': {
      const span = cleanFloat(scale.max - scale.min);
      if (sum(weights) !== span) {
        issues.add(
          path,
          'WEIGHTS_DO_NOT_MATCH_SCALE',
          `${path}: weights add up to ${sum(weights)}, but weighted_sum needs the scale span ${span} (${scale.min}–${scale.max})`,
        );
      }
      nodes.forEach((node, i) => {
        if (node.weight === 0 && !node.scale) {
          issues.add(
            `${path}[${i}].scale`,
            'ZERO_WEIGHT_NEEDS_SCALE',
            `${path}[${i}] has weight 0 under weighted_sum, so it needs its own scale`,
          );
        }
      });
      return;
    }
    case 'weighted_mean':
      if (sum(weights) <= 0)
        issues.add(path, 'ZERO_TOTAL_WEIGHT', `${path}: weights of a weighted_mean must add up to more than 0`);
      return;
    case 'mean':
      if (new Set(weights).size > 1) {
        issues.add(
          path,
          'UNEQUAL_WEIGHTS_FOR_MEAN',
          `${path}: mean counts every child the same, but weights differ (${weights.join(', ')}); use weighted_mean`,
        );
      }
  }
}

function checkNode(ctx: ValidationContext, node: FrameworkNode, path: string, scale: Scale): void {
  const { issues } = ctx;
  checkCode(node.code, `${path}.code`, issues);
  checkCitation(ctx, node.regulation, `${path}.regulation`);
  if (node.weight < 0) issues.add(`${path}.weight`, 'NEGATIVE_WEIGHT', `${path}.weight must not be negative, got ${node.weight}`);
  if (node.scale) checkScale(node.scale, `${path}.scale`, issues);
  if (isLeaf(node)) {
    if (node.aggregation) issues.add(`${path}.aggregation`, 'AGGREGATION_ON_LEAF', `${path} has no children to aggregate`);
  } else if (!node.aggregation) {
    issues.add(`${path}.aggregation`, 'MISSING_AGGREGATION', `${path} has children but no aggregation`);
  } else {
    checkSiblings(node.children ?? [], node.aggregation, scale, `${path}.children`, issues);
  }
}

/** Checks the tree: codes, weights, scales and each sibling group against its aggregation. */
export function checkTree(ctx: ValidationContext): void {
  const { definition, issues } = ctx;
  if (definition.nodes.length === 0) {
    issues.add('nodes', 'NO_NODES', 'a framework needs at least one node (a single leaf for a single-value index)');
    return;
  }
  checkSiblings(definition.nodes, definition.aggregation, definition.scale, 'nodes', issues);
  const flat = flattenNodes(definition);
  flat.forEach((entry) => checkNode(ctx, entry.node, entry.path, entry.scale));
  checkUnique(
    flat,
    (entry) => entry.node.code,
    (entry, _i, code) => issues.add(`${entry.path}.code`, 'DUPLICATE_CODE', `node code "${code}" is used more than once`),
  );
}
