import { cleanFloat, median, roundTo } from './numbers';

describe('roundTo', () => {
  it.each<[number, number, number]>([
    [1.005, 2, 1.01],
    [64.985, 2, 64.99],
    [64.994, 2, 64.99],
    [76.605, 2, 76.61],
    [174.5, 0, 175],
    [174.49, 0, 174],
    [-2.5, 0, -3],
    [83.58, 2, 83.58],
    [0.1 + 0.2, 2, 0.3],
  ])('%p to %i decimals → %p', (value, decimals, expected) => {
    expect(roundTo(value, decimals)).toBe(expected);
  });
});

describe('cleanFloat', () => {
  it('drops binary noise', () => {
    expect(cleanFloat(0.1 + 0.2)).toBe(0.3);
    expect(cleanFloat(80.00000000000001)).toBe(80);
  });
});

describe('median', () => {
  it.each<[(number | null)[], number | null]>([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[null, 5, null], 5],
    [[null], null],
    [[], null],
  ])('median of %p is %p', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});
