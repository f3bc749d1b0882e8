import { ikmFromAnswers, ikmFromElementMeans } from './ikm';
import { shippedDefinition } from '../frameworks/definitions';
import { grade } from '../grading/grade';
import { shippedScheme } from '../testing/shipped-scheme';

const ikmScheme = shippedScheme('IKM', '2017', 2023);
const nine = (value: number) => Array.from({ length: 9 }, () => value);

describe('ikmFromElementMeans', () => {
  it.each<[number, number, string]>([
    [4, 100, 'A'],
    [1, 25, 'D'],
    [3.2092, 80.23, 'B'],
    [3.0644, 76.61, 'B'],
    [3.064, 76.6, 'C'],
    [2.6, 65, 'C'],
    [2.5996, 64.99, 'D'],
  ])('equal means of %p give %p (%s): Σ(mean × 1/9) × 25', (mean, value, band) => {
    const result = ikmFromElementMeans(nine(mean));
    expect(result.value).toBe(value);
    expect(result.raw).toBe(mean);
    expect(grade(result.value, ikmScheme)?.code).toBe(band);
  });

  it('weighs each element 1/9 by default', () => {
    const means = [3.1, 3.4, 2.9, 3.8, 3.2, 3.3, 3.5, 2.7, 3.0];
    const expected = (means.reduce((a, b) => a + b, 0) / 9) * 25;
    const result = ikmFromElementMeans(means);
    expect(result.value).toBeCloseTo(expected, 9);
    expect(result.weights.every((w) => Math.abs(w - 1 / 9) < 1e-12)).toBe(true);
  });

  it('applies custom weights summing to 1', () => {
    const weights = [0.2, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1];
    const result = ikmFromElementMeans([4, 3, 3, 3, 3, 3, 3, 3, 3], weights);
    expect(result.raw).toBe(3.2);
    expect(result.value).toBe(80);
    expect(result.weights).toEqual(weights);
  });

  it.each<[string, () => unknown, string]>([
    ['too few means', () => ikmFromElementMeans([3, 3, 3]), 'INVALID_INPUT'],
    ['weights not summing to 1', () => ikmFromElementMeans(nine(3), nine(0.1)), 'INVALID_INPUT'],
    [
      'a negative weight',
      () => ikmFromElementMeans(nine(3), [-0.1, 0.2, ...Array.from({ length: 7 }, () => 0.9 / 7)]),
      'INVALID_INPUT',
    ],
    ['the wrong number of weights', () => ikmFromElementMeans(nine(3), [1]), 'INVALID_INPUT'],
    ['a mean above 4', () => ikmFromElementMeans([4.2, ...nine(3).slice(1)]), 'VALUE_OUT_OF_SCALE'],
    [
      'a definition that is not IKM',
      () => ikmFromElementMeans(nine(3), undefined, shippedDefinition('IPP', '2022')),
      'INVALID_INPUT',
    ],
  ])('rejects %s', (_what, run, code) => {
    expect(run).toThrow(expect.objectContaining({ code }));
  });
});

describe('ikmFromAnswers', () => {
  it('averages each element over respondents, then converts', () => {
    const answers = [nine(4), nine(3), nine(3), nine(2)];
    const result = ikmFromAnswers(answers);
    expect(result).toMatchObject({ respondents: 4, raw: 3, value: 75, elementMeans: nine(3) });
    expect(grade(result.value, ikmScheme)?.code).toBe('C');
  });

  it('matches the element-means route', () => {
    const answers = [
      [4, 3, 3, 4, 3, 4, 4, 2, 3],
      [3, 3, 2, 4, 3, 3, 4, 3, 3],
      [4, 4, 3, 4, 4, 3, 3, 3, 4],
    ];
    const result = ikmFromAnswers(answers);
    const means = [11 / 3, 10 / 3, 8 / 3, 4, 10 / 3, 10 / 3, 11 / 3, 8 / 3, 10 / 3];
    expect(result.value).toBeCloseTo(ikmFromElementMeans(means).value, 9);
  });

  it.each<[string, number[][], string]>([
    ['no respondents', [], 'INVALID_INPUT'],
    ['a short row', [[4, 4, 4]], 'INVALID_INPUT'],
    ['an answer of 5', [[5, 4, 4, 4, 4, 4, 4, 4, 4]], 'VALUE_OUT_OF_SCALE'],
    ['an answer of 0', [[4, 4, 4, 4, 4, 4, 4, 4, 0]], 'VALUE_OUT_OF_SCALE'],
    ['a fractional answer', [[3.5, 4, 4, 4, 4, 4, 4, 4, 4]], 'INVALID_INPUT'],
  ])('rejects %s', (_what, answers, code) => {
    expect(() => ikmFromAnswers(answers)).toThrow(expect.objectContaining({ code }));
  });
});
