import { shippedDefinition } from '../frameworks/definitions';
import { schemeForYear } from '../frameworks/select';
import { targetShortfall } from './below-target';

const scheme = schemeForYear(shippedDefinition('SAKIP', '2021'), 2023);
const check = (rank: number | null, category: string | null, targetRank: number | null, targetCategory: string | null) =>
  targetShortfall({ rank, category, targetRank, targetCategory }, scheme);

describe('targetShortfall', () => {
  it('meets a target reached or beaten', () => {
    expect(check(3, 'B', 3, 'B')).toBeNull();
    expect(check(1, 'A', 3, 'BB')).toBeNull();
    expect(check(5, 'B', null, null)).toBeNull();
  });

  it('falls below on the rank, the category, or both', () => {
    expect(check(4, 'B', 3, null)).toEqual({ rank: true, category: false });
    expect(check(2, 'CC', 3, 'B')).toEqual({ rank: false, category: true });
    // BB is better than B: the scheme's order, never the alphabet.
    expect(check(2, 'B', 3, 'BB')).toEqual({ rank: false, category: true });
    expect(check(9, 'C', 3, 'B')).toEqual({ rank: true, category: true });
  });

  it('counts no data as below, but never judges a category the scheme does not know', () => {
    expect(check(null, null, 3, 'B')).toEqual({ rank: true, category: true });
    expect(check(1, 'Istimewa', null, 'B')).toBeNull();
    expect(targetShortfall({ rank: 1, category: 'D', targetRank: null, targetCategory: 'B' }, null)).toBeNull();
  });
});
