import { movement } from './movement';

describe('movement', () => {
  it.each<[string, { rank: number | null; value: number | null }, { rank: number | null; value: number | null } | null, object]>([
    ['moved up three places', { rank: 2, value: 59.32 }, { rank: 5, value: 56.56 }, { rankChange: 3, valueChange: 2.76 }],
    ['dropped a place', { rank: 6, value: 55.1 }, { rank: 5, value: 55.3 }, { rankChange: -1, valueChange: -0.2 }],
    ['unchanged', { rank: 1, value: 80 }, { rank: 1, value: 80 }, { rankChange: 0, valueChange: 0 }],
    ['no previous period', { rank: 1, value: 80 }, null, { rankChange: null, valueChange: null }],
    ['no data before', { rank: 3, value: 70 }, { rank: null, value: null }, { rankChange: null, valueChange: null }],
    ['no data now', { rank: null, value: null }, { rank: 3, value: 70 }, { rankChange: null, valueChange: null }],
  ])('%s', (_what, current, previous, expected) => {
    expect(movement(current, previous, 2)).toEqual(expected);
  });

  it('rejects an invalid precision', () => {
    expect(() => movement({ rank: 1, value: 1 }, null, 8)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
