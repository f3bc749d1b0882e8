import { composite, valueAtPosition } from './composite';
import { assertFinite, DomainError } from '../errors';
import { ikmDefinition } from '../frameworks/definitions';
import { FrameworkDefinition, Scale } from '../frameworks/framework.types';
import { flattenNodes } from '../frameworks/tree';
import { cleanFloat, mean } from '../numbers';

/** An IKM (community satisfaction index) computed from survey results. */
export interface IkmResult {
  /** The index on 25–100: the weighted mean of the element means × 25 (PermenPAN-RB 14/2017). */
  readonly value: number;
  /** The weighted mean of the element means, on the 1–4 answer scale. */
  readonly raw: number;
  /** Mean answer of each element (unsur), in the definition's order. */
  readonly elementMeans: readonly number[];
  /** Weight of each element, summing to 1 (1/9 each unless re-weighted). */
  readonly weights: readonly number[];
}

/** An IKM computed from individual answers. */
export interface IkmFromAnswersResult extends IkmResult {
  /** Number of respondents. */
  readonly respondents: number;
}

interface Element {
  readonly code: string;
  readonly scale: Scale;
}

function elementsOf(definition: FrameworkDefinition): Element[] {
  if (definition.code !== 'IKM') throw new DomainError('INVALID_INPUT', `Expected an IKM definition, got ${definition.code}`);
  return flattenNodes(definition)
    .filter((entry) => entry.depth === 0)
    .map((entry) => ({ code: entry.node.code, scale: entry.scale }));
}

function resolveWeights(definition: FrameworkDefinition, count: number, weights?: readonly number[]): number[] {
  if (weights === undefined) {
    const total = definition.nodes.reduce((sum, node) => sum + node.weight, 0);
    return definition.nodes.map((node) => node.weight / total);
  }
  if (weights.length !== count) throw new DomainError('INVALID_INPUT', `IKM needs ${count} weights, got ${weights.length}`);
  weights.forEach((weight, i) => {
    assertFinite(weight, `IKM weight ${i + 1}`);
    if (weight < 0) throw new DomainError('INVALID_INPUT', `IKM weight ${i + 1} is negative (${weight})`);
  });
  const total = cleanFloat(weights.reduce((sum, weight) => sum + weight, 0));
  if (Math.abs(total - 1) > 1e-9) throw new DomainError('INVALID_INPUT', `IKM weights must sum to 1, got ${total}`);
  return [...weights];
}

/**
 * IKM from the nine element means (each 1–4, in the definition's order), optionally re-weighted
 * (weights summing to 1, as a unit may do). The conversion to 25–100 comes from the definition's
 * scales (elements 1–4, index 25–100: exactly the regulation's × 25).
 *
 * @throws DomainError `INVALID_INPUT` for a wrong count or weights, `VALUE_OUT_OF_SCALE` for a mean outside 1–4
 */
export function ikmFromElementMeans(
  elementMeans: readonly number[],
  weights?: readonly number[],
  definition: FrameworkDefinition = ikmDefinition,
): IkmResult {
  const elements = elementsOf(definition);
  if (elementMeans.length !== elements.length) {
    throw new DomainError('INVALID_INPUT', `IKM needs ${elements.length} element means, got ${elementMeans.length}`);
  }
  const resolved = resolveWeights(definition, elements.length, weights);
  const tree = { ...definition, nodes: definition.nodes.map((node, i) => ({ ...node, weight: resolved[i] })) };
  const result = composite(tree, Object.fromEntries(elements.map((element, i) => [element.code, elementMeans[i]])));
  const position = result.position as number;
  return {
    value: result.value as number,
    raw: valueAtPosition(position, elements[0].scale),
    elementMeans: [...elementMeans],
    weights: resolved,
  };
}

/**
 * IKM from raw survey answers: one row per respondent, one answer (a whole number 1–4) per
 * element. Element means are taken over respondents, then {@link ikmFromElementMeans} applies.
 *
 * @throws DomainError `INVALID_INPUT` for no respondents, a row of the wrong length or a
 *   non-whole answer; `VALUE_OUT_OF_SCALE` for an answer outside 1–4
 */
export function ikmFromAnswers(
  answers: readonly (readonly number[])[],
  weights?: readonly number[],
  definition: FrameworkDefinition = ikmDefinition,
): IkmFromAnswersResult {
  const elements = elementsOf(definition);
  if (answers.length === 0) throw new DomainError('INVALID_INPUT', 'IKM needs at least one respondent');
  answers.forEach((row, r) => {
    if (row.length !== elements.length) {
      throw new DomainError('INVALID_INPUT', `Respondent ${r + 1} has ${row.length} answers, expected ${elements.length}`);
    }
    row.forEach((answer, e) => {
      const { code, scale } = elements[e];
      if (!Number.isInteger(answer))
        throw new DomainError('INVALID_INPUT', `Answer of respondent ${r + 1} to ${code} must be a whole number, got ${answer}`);
      if (answer < scale.min || answer > scale.max) {
        throw new DomainError(
          'VALUE_OUT_OF_SCALE',
          `Answer ${answer} of respondent ${r + 1} to ${code} is outside ${scale.min}–${scale.max}`,
        );
      }
    });
  });
  const means = elements.map((_element, e) => mean(answers.map((row) => row[e])) as number);
  return { ...ikmFromElementMeans(means, weights, definition), respondents: answers.length };
}
