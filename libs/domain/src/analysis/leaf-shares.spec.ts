import { shippedDefinition } from '../frameworks/definitions';
import { leafShares } from './leaf-shares';

describe('leafShares', () => {
  const sakip = shippedDefinition('SAKIP', '2021');
  const rb = shippedDefinition('RB', '2020');
  const ikm = shippedDefinition('IKM', '2017');

  it.each([
    ['SAKIP 2021, composite', sakip, null, 'PENGUKURAN_PEMANFAATAN', 0.15, 'PENGUKURAN'],
    ['SAKIP 2021, within its area', sakip, 'PENGUKURAN', 'PENGUKURAN_PEMENUHAN', 0.2, 'PENGUKURAN'],
    ['IKM 2017, nine equal elements', ikm, null, 'PERSYARATAN', 0.111111111111, 'PERSYARATAN'],
    ['RB 2020, Quick Wins recorded but not scored', rb, null, 'QUICK_WINS', 0, 'PENGUNGKIT'],
    ['a leaf asked for itself', sakip, 'PELAPORAN_KUALITAS', 'PELAPORAN_KUALITAS', 1, 'PELAPORAN'],
  ])('%s: %s under %s has share %d', (_name, tree, node, leaf, share, area) => {
    const found = leafShares(tree, node).find((l) => l.code === leaf)!;
    expect(found.share).toBeCloseTo(share, 10);
    expect(found.areaCode).toBe(area);
  });

  it.each([
    ['SAKIP', sakip],
    ['RB', rb],
    ['IKM', ikm],
  ])('the shares of %s add up to 1', (_name, tree) => {
    expect(leafShares(tree).reduce((sum, l) => sum + l.share, 0)).toBeCloseTo(1, 9);
  });

  it('rejects an unknown node', () => {
    expect(() => leafShares(sakip, 'NOPE')).toThrow(expect.objectContaining({ code: 'UNKNOWN_NODE' }));
  });
});
