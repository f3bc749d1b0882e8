import { nationalProvinceStandings, statisticDecimals } from './national';

const p = (regionsWithValue: number, regionsInProvince: number, mean: number | null, median: number | null = mean) => ({
  regionsWithValue,
  regionsInProvince,
  mean,
  median,
});

describe('nationalProvinceStandings', () => {
  it('leaves a province that reported its best 8 of 35 unranked, with the reason', () => {
    const standings = nationalProvinceStandings([p(8, 35, 91.2), p(35, 35, 70.1), p(30, 35, 72.4)], 2, true);
    expect(standings).toEqual([
      { coveragePercent: 22.9, rankByMean: null, rankByMedian: null, unrankedReason: 'LOW_COVERAGE' },
      { coveragePercent: 100, rankByMean: 2, rankByMedian: 2, unrankedReason: null },
      { coveragePercent: 85.7, rankByMean: 1, rankByMedian: 1, unrankedReason: null },
    ]);
  });

  it.each<[string, number, number, number, 'LOW_COVERAGE' | null]>([
    ['exactly at the threshold is ranked', 28, 35, 80, null],
    ['just under is not', 27, 35, 80, 'LOW_COVERAGE'],
    ['a threshold of 0 ranks any province with a value', 1, 35, 0, null],
    ['a threshold of 100 needs every region', 34, 35, 100, 'LOW_COVERAGE'],
  ])('%s', (_what, withValue, total, threshold, reason) => {
    expect(nationalProvinceStandings([p(withValue, total, 50)], 2, true, threshold)[0].unrankedReason).toBe(reason);
  });

  it('lists a province without values as NO_DATA', () => {
    expect(nationalProvinceStandings([p(0, 10, null), p(10, 10, 60)], 2, true)).toEqual([
      { coveragePercent: 0, rankByMean: null, rankByMedian: null, unrankedReason: 'NO_DATA' },
      { coveragePercent: 100, rankByMean: 1, rankByMedian: 1, unrankedReason: null },
    ]);
  });

  it('ranks by mean and by median separately, lower is better when the framework says so, ties shared', () => {
    const standings = nationalProvinceStandings([p(5, 5, 3.21, 3.5), p(5, 5, 3.21, 3.1), p(5, 5, 2.9, 3.4)], 2, false);
    expect(standings.map((s) => [s.rankByMean, s.rankByMedian])).toEqual([[2, 3], [2, 1], [1, 2]]);
  });

  it('compares means at one decimal more than the precision', () => {
    expect(nationalProvinceStandings([p(5, 5, 80.04), p(5, 5, 80.01)], 1, true).map((s) => s.rankByMean)).toEqual([1, 2]);
    expect(statisticDecimals(2)).toBe(3);
    expect(statisticDecimals(6)).toBe(6);
  });

  it.each([-1, 101, Number.NaN])('rejects a threshold of %p', (threshold) => {
    expect(() => nationalProvinceStandings([p(1, 1, 1)], 2, true, threshold)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('rejects counts that do not add up', () => {
    expect(() => nationalProvinceStandings([p(6, 5, 1)], 2, true)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
