import fc from 'fast-check';
import { competitionRanks, rankPositions } from './ranks';
import { roundTo } from '../numbers';

describe('competitionRanks', () => {
  it.each<[string, (number | null)[], number, boolean, (number | null)[]]>([
    ['standard competition ranking', [90, 85, 85, 70], 2, true, [1, 2, 2, 4]],
    ['in input order', [70, 85, 90, 85], 2, true, [4, 2, 1, 2]],
    ['ties after rounding to the precision', [83.584, 83.576, 83.5], 2, true, [1, 1, 3]],
    ['no tie when the precision tells them apart', [83.584, 83.576], 3, true, [1, 2]],
    ['no data is unranked, not last', [56.56, null, 59.32, null], 2, true, [2, null, 1, null]],
    ['all tied', [5, 5, 5], 0, true, [1, 1, 1]],
    ['nothing to rank', [null, null], 2, true, [null, null]],
    ['empty', [], 2, true, []],
    ['lower is better', [3, 1, 2, 1], 0, false, [4, 1, 3, 1]],
    ['half away from zero', [80.005, 80.01], 2, true, [1, 1]],
  ])('%s', (_what, values, precision, higherIsBetter, expected) => {
    expect(competitionRanks(values, precision, higherIsBetter)).toEqual(expected);
  });

  it('ranks 514 regions', () => {
    // 514 kab/kota: values cycle so that every value appears twice, plus 14 without data.
    const values = Array.from({ length: 514 }, (_, i) => (i < 14 ? null : 40 + ((i * 7) % 250) / 10));
    const ranks = competitionRanks(values, 2);
    const ranked = ranks.filter((r): r is number => r !== null);
    expect(ranked).toHaveLength(500);
    expect(Math.min(...ranked)).toBe(1);
    expect(new Set(ranked).size).toBe(250);
    expect(ranks.slice(0, 14).every((r) => r === null)).toBe(true);
    const best = values.indexOf(Math.max(...(values.filter((v) => v !== null) as number[])));
    expect(ranks[best]).toBe(1);
    expect(Math.max(...ranked)).toBe(499);
  });

  it.each([-1, 7, 1.5])('rejects precision %p', (precision) => {
    expect(() => competitionRanks([1], precision)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('rejects a value that is not a number', () => {
    expect(() => competitionRanks([1, Number.NaN], 2)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});

describe('competitionRanks properties', () => {
  const value = fc.oneof(fc.constant(null), fc.double({ min: 0, max: 100, noNaN: true }), fc.integer({ min: 0, max: 5 }));
  const values = fc.array(value, { maxLength: 60 });
  const precision = fc.integer({ min: 0, max: 3 });
  // Rounding itself is tested in numbers.spec.ts; here it is the reference the ranks must follow.
  const round = roundTo;

  it('ranks exactly the values present; a rank is 1 + the count of strictly better values', () => {
    fc.assert(
      fc.property(values, precision, fc.boolean(), (vs, p, higher) => {
        const ranks = competitionRanks(vs, p, higher);
        vs.forEach((v, i) => {
          if (v === null) return expect(ranks[i]).toBeNull();
          const key = (x: number) => (higher ? round(x, p) : -round(x, p));
          const better = vs.filter((o): o is number => o !== null && key(o) > key(v)).length;
          expect(ranks[i]).toBe(better + 1);
        });
      }),
    );
  });

  it('gives equal rounded values equal ranks, and a better value a smaller rank', () => {
    fc.assert(
      fc.property(values, precision, (vs, p) => {
        const ranks = competitionRanks(vs, p);
        vs.forEach((a, i) =>
          vs.forEach((b, j) => {
            if (a === null || b === null) return;
            if (round(a, p) === round(b, p)) expect(ranks[i]).toBe(ranks[j]);
            if (round(a, p) > round(b, p)) expect(ranks[i] as number).toBeLessThan(ranks[j] as number);
          }),
        );
      }),
    );
  });

  it('does not depend on the input order', () => {
    fc.assert(
      fc.property(values, precision, fc.integer(), (vs, p, seed) => {
        const order = vs.map((_, i) => i).sort((a, b) => ((a * 7919 + seed) % 101) - ((b * 7919 + seed) % 101));
        const ranks = competitionRanks(vs, p);
        const shuffled = competitionRanks(
          order.map((i) => vs[i]),
          p,
        );
        order.forEach((from, to) => expect(shuffled[to]).toBe(ranks[from]));
      }),
    );
  });

  it('ranks lower-is-better values as the negated values', () => {
    fc.assert(
      fc.property(values, precision, (vs, p) => {
        expect(competitionRanks(vs, p, false)).toEqual(
          competitionRanks(
            vs.map((v) => (v === null ? null : -v)),
            p,
          ),
        );
      }),
    );
  });

  it('places a ranked value at most at the number of ranked values, with a 1 whenever any is ranked', () => {
    fc.assert(
      fc.property(values, precision, (vs, p) => {
        const ranked = competitionRanks(vs, p).filter((r): r is number => r !== null);
        expect(ranked.every((r) => r >= 1 && r <= ranked.length)).toBe(true);
        if (ranked.length > 0) expect(ranked).toContain(1);
      }),
    );
  });
});

describe('rankPositions', () => {
  it('adds quartile and percentile', () => {
    expect(rankPositions([90, 85, 85, 70, null], 2)).toEqual([
      { rank: 1, quartile: 1, percentile: 100 },
      { rank: 2, quartile: 2, percentile: (100 * 1) / 3 },
      { rank: 2, quartile: 2, percentile: (100 * 1) / 3 },
      { rank: 4, quartile: 4, percentile: 0 },
      null,
    ]);
  });

  it('gives a lone value the top quartile and percentile 100', () => {
    expect(rankPositions([null, 42], 2)).toEqual([null, { rank: 1, quartile: 1, percentile: 100 }]);
  });

  it.each([
    [2, [1, 3]],
    [3, [1, 2, 3]],
    [5, [1, 1, 2, 3, 4]],
  ])('keeps the leader of a small province (%i regions) in the first quartile', (count, quartiles) => {
    const positions = rankPositions(
      Array.from({ length: count }, (_, i) => 100 - i),
      0,
    );
    expect(positions.map((p) => p?.quartile)).toEqual(quartiles);
  });

  it('splits 514 distinct values into quarters of about 128', () => {
    const positions = rankPositions(
      Array.from({ length: 514 }, (_, i) => i),
      0,
    );
    const counts = [1, 2, 3, 4].map((q) => positions.filter((p) => p?.quartile === q).length);
    expect(counts).toEqual([129, 128, 129, 128]);
    expect(positions[513]).toEqual({ rank: 1, quartile: 1, percentile: 100 });
    expect(positions[0]).toEqual({ rank: 514, quartile: 4, percentile: 0 });
  });
});
