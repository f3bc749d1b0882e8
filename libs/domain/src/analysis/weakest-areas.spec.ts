import { weakestAreas } from './weakest-areas';

describe('weakestAreas', () => {
  const weights = { PEMENUHAN: 20, HASIL_ANTARA: 10, REFORM: 30, HASIL: 40 };

  it('orders areas by shortfall against the median, scaled by weight (ties by code)', () => {
    const region = { PEMENUHAN: 0.5, HASIL_ANTARA: 0.4, REFORM: 0.6, HASIL: 0.7 };
    const medians = { PEMENUHAN: 0.7, HASIL_ANTARA: 0.8, REFORM: 0.7, HASIL: 0.65 };
    expect(weakestAreas(region, medians, weights).map((a) => [a.areaCode, a.shortfall, a.weightedShortfall])).toEqual([
      ['HASIL_ANTARA', 0.4, 4],
      ['PEMENUHAN', 0.2, 4],
      ['REFORM', 0.1, 3],
      ['HASIL', -0.05, -2],
    ]);
  });

  it('puts areas without a value or a median last, explicitly null', () => {
    const result = weakestAreas({ PEMENUHAN: 0.5, REFORM: null }, { PEMENUHAN: 0.6, REFORM: 0.6, HASIL_ANTARA: 0.5 }, weights);
    expect(result.map((a) => [a.areaCode, a.weightedShortfall])).toEqual([
      ['PEMENUHAN', 2],
      ['HASIL', null],
      ['HASIL_ANTARA', null],
      ['REFORM', null],
    ]);
  });

  it('reads shortfall in the better direction on lower-is-better scales', () => {
    const result = weakestAreas({ A: 5, B: 2 }, { A: 3, B: 3 }, { A: 1, B: 1 }, false);
    expect(result.map((a) => [a.areaCode, a.shortfall])).toEqual([
      ['A', 2],
      ['B', -1],
    ]);
  });
});
