import fc from 'fast-check';
import { gaps } from './gaps';
import { shippedScheme } from '../testing/shipped-scheme';

const rbScheme = shippedScheme('RB', '2020', 2022);
const rb2023Scheme = shippedScheme('RB', '2023', 2023);
const scale = { precision: 2, higherIsBetter: true };
// A province of five regions, one without data.
const province = [81.25, 74.1, 74.1, 62.4, null];

describe('gaps', () => {
  it.each<[string, number, object]>([
    ['the leader', 0, { toLeader: 0, toNextRankUp: null, toMedian: -7.15 }],
    ['a tied second', 1, { toLeader: 7.15, toNextRankUp: 7.15, toMedian: 0 }],
    ['the last', 3, { toLeader: 18.85, toNextRankUp: 11.7, toMedian: 11.7 }],
  ])('for %s: leader, next rank up, median', (_who, index, expected) => {
    expect(gaps(province, index, scale)).toMatchObject(expected);
  });

  it('to a target value and to the lower bound of a target category (A needs > 80: 80.01)', () => {
    expect(gaps(province, 1, scale, { value: 75, category: { scheme: rbScheme, bandCode: 'A' } })).toMatchObject({
      toTargetValue: 0.9,
      toTargetCategory: 5.91,
    });
    // Bangka Belitung's target for Pangkalpinang: "B" (> 60) — already reached by 62.40.
    expect(gaps(province, 3, scale, { category: { scheme: rbScheme, bandCode: 'B' } })?.toTargetCategory).toBe(-2.39);
  });

  it('leaves target gaps null without targets, or when the category cannot be computed (RB 2023)', () => {
    expect(gaps(province, 1, scale)).toMatchObject({ toTargetValue: null, toTargetCategory: null });
    expect(gaps(province, 1, scale, { category: { scheme: rb2023Scheme, bandCode: 'A' } })?.toTargetCategory).toBeNull();
  });

  it('is null for a region without data, and refuses an index outside the list', () => {
    expect(gaps(province, 4, scale)).toBeNull();
    expect(() => gaps(province, 9, scale)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('gives the median gap exactly at one more decimal, without float noise', () => {
    expect(gaps([70.01, 70, 69.9, 70.02], 2, scale)?.toMedian).toBe(0.105);
    expect(gaps([6.91, 6.9], 1, scale)?.toMedian).toBe(0.005);
    expect(gaps([6.91, 6.9], 0, scale)?.toMedian).toBe(-0.005);
  });

  it('compares at the precision, as ranks do', () => {
    expect(gaps([80.004, 80.0], 1, scale)).toMatchObject({ toLeader: 0, toNextRankUp: null });
  });

  it('measures in the better direction on lower-is-better scales', () => {
    expect(gaps([2, 5, 3], 1, { precision: 0, higherIsBetter: false })).toMatchObject({
      toLeader: 3,
      toNextRankUp: 2,
      toMedian: 2,
    });
  });

  it('never has anyone ahead of the leader, and a leader gap at least the next-rank gap', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 40 }), (values) => {
        values.forEach((_v, i) => {
          const g = gaps(values, i, scale);
          expect(g?.toLeader).toBeGreaterThanOrEqual(0);
          if (g?.toNextRankUp !== null) expect(g?.toLeader).toBeGreaterThanOrEqual(g?.toNextRankUp as number);
          else expect(g?.toLeader).toBe(0);
        });
      }),
    );
  });
});
