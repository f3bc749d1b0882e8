import { shippedDefinition } from '../frameworks/definitions';
import { leafCodes } from '../frameworks/tree';
import { composite, LeafValues } from '../scoring/composite';
import { pathToTarget } from './path-to-target';

// SAKIP 2021: a weighted sum of points, so the composite is the sum of the leaf values.
const sakip = shippedDefinition('SAKIP', '2021');
const weights: Record<string, number> = Object.fromEntries(
  sakip.nodes.flatMap((area) => (area.children ?? []).map((leaf) => [leaf.code, leaf.weight])),
);
const at = (share: number): LeafValues => Object.fromEntries(leafCodes(sakip).map((code) => [code, weights[code] * share]));
const current = at(0.7); // 70.00 → B; rooms: pemanfaatan of Pengukuran and Perencanaan 4.5 each, of Evaluasi 3.75...
const peers = [90, 80, 75, 60, null];

describe('pathToTarget', () => {
  it.each([
    // target, expected steps [indicator, to, composite after, category, rank], target value
    ['category BB: one hundredth is enough', { category: 'BB' }, [['PENGUKURAN_PEMANFAATAN', 10.51, 70.01, 'BB', 4]], 70.01],
    [
      'rank 2: tie the second (80), largest rooms first, the last only as far as needed',
      { rank: 2 },
      [
        ['PENGUKURAN_PEMANFAATAN', 15, 74.5, 'BB', 4],
        ['PERENCANAAN_PEMANFAATAN', 15, 79, 'BB', 3],
        ['EVALUASI_INTERNAL_PEMANFAATAN', 9.75, 80, 'BB', 2],
      ],
      80,
    ],
    [
      'category A and rank 3: the stricter of the two (80.01)',
      { category: 'A', rank: 3 },
      [
        ['PENGUKURAN_PEMANFAATAN', 15, 74.5, 'BB', 4],
        ['PERENCANAAN_PEMANFAATAN', 15, 79, 'BB', 3],
        ['EVALUASI_INTERNAL_PEMANFAATAN', 9.76, 80.01, 'A', 2],
      ],
      80.01,
    ],
  ])('%s', (_name, target, steps, targetValue) => {
    const path = pathToTarget(sakip, current, peers, 2023, target);
    expect(path).toMatchObject({ reached: false, reachable: true, targetValue });
    expect(path.steps.map((s) => [s.nodeCode, s.to, s.value, s.category, s.rank])).toEqual(steps);
    expect(path.current).toMatchObject({ rank: 4, band: expect.objectContaining({ code: 'B' }) });
    // The steps are real: the composite of the changed values is the last step's.
    expect(composite(sakip, { ...current, ...path.changes }).value).toBeCloseTo(steps.at(-1)![2] as number, 9);
    expect(path.steps.reduce((sum, s) => sum + s.compositeGain, 0)).toBeCloseTo((steps.at(-1)![2] as number) - 70, 9);
  });

  it.each([
    ['a category already held', { category: 'B' }],
    ['a rank already held', { rank: 5 }],
    ['a rank past the ranked regions', { rank: 9 }],
  ])('needs no step for %s', (_name, target) => {
    expect(pathToTarget(sakip, current, peers, 2023, target)).toMatchObject({ reached: true, reachable: true, steps: [], changes: {} });
  });

  it('says when even every indicator at its best is not enough', () => {
    const path = pathToTarget(sakip, current, [100.5], 2023, { rank: 1 });
    expect(path).toMatchObject({ reached: false, reachable: false, final: expect.objectContaining({ rank: 2 }) });
    expect(path.final.composite.value).toBe(100);
    expect(path.steps).toHaveLength(leafCodes(sakip).length);
  });

  it.each([
    ['no target', sakip, current, {}, 2023, 'INVALID_INPUT'],
    ['rank 0', sakip, current, { rank: 0 }, 2023, 'INVALID_INPUT'],
    ['a band the scheme lacks', sakip, current, { category: 'Z' }, 2023, 'UNKNOWN_BAND'],
    ['an incomplete composite', sakip, { ...current, PELAPORAN_KUALITAS: null }, { rank: 1 }, 2023, 'INCOMPLETE_VALUES'],
    ['a category RB 2023 only publishes', shippedDefinition('RB', '2023'), {}, { category: 'A' }, 2023, 'INCOMPLETE_VALUES'],
  ])('refuses %s', (_name, definition, values, target, year, code) => {
    expect(() => pathToTarget(definition, values, peers, year, target)).toThrow(expect.objectContaining({ code }));
  });

  it('refuses a category that cannot be computed from the value (RB from 2023)', () => {
    const rb = shippedDefinition('RB', '2023');
    const full = Object.fromEntries(leafCodes(rb).map((code) => [code, 0]));
    expect(() => pathToTarget(rb, full, peers, 2023, { category: 'A' })).toThrow(expect.objectContaining({ code: 'CATEGORY_NOT_COMPUTABLE' }));
    expect(pathToTarget(rb, full, peers, 2023, { rank: 4 }).reachable).toBe(true);
  });
});
