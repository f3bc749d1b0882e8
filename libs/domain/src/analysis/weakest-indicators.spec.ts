import { shippedDefinition } from '../frameworks/definitions';
import { leafCodes } from '../frameworks/tree';
import { LeafValues } from '../scoring/composite';
import { weakestIndicators } from './weakest-indicators';

const sakip = shippedDefinition('SAKIP', '2021');
const weights: Record<string, number> = Object.fromEntries(
  sakip.nodes.flatMap((area) => (area.children ?? []).map((leaf) => [leaf.code, leaf.weight])),
);
const at = (share: number, over: LeafValues = {}): LeafValues => ({
  ...Object.fromEntries(leafCodes(sakip).map((code) => [code, weights[code] * share])),
  ...over,
});

describe('weakestIndicators', () => {
  // Three regions; the region trails in two indicators, by different weights.
  const region = at(0.8, { PENGUKURAN_PEMANFAATAN: 6, PELAPORAN_PEMENUHAN: 1.5 });
  const province = [region, at(0.8), at(0.9)];

  it('orders by composite points to the median, then to the leader, and leaves out where the region leads', () => {
    const rows = weakestIndicators(sakip, region, province);
    expect(rows.slice(0, 2).map((r) => [r.nodeCode, r.areaCode, r.value, r.median, r.leader, r.weightedShortfallToMedian, r.weightedShortfallToLeader])).toEqual([
      ['PENGUKURAN_PEMANFAATAN', 'PENGUKURAN', 6, 12, 13.5, 6, 7.5],
      ['PELAPORAN_PEMENUHAN', 'PELAPORAN', 1.5, 2.4, 2.7, 0.9, 1.2],
    ]);
    // At the median elsewhere, behind the leader (0.1 of each scale): the heaviest first.
    expect(rows[2]).toMatchObject({ nodeCode: 'PERENCANAAN_PEMANFAATAN', weightedShortfallToMedian: 0, weightedShortfallToLeader: 1.5, shortfallToLeader: 0.1 });
    expect(rows[0]).toMatchObject({ share: 0.15, shortfallToMedian: 0.4, shortfallToLeader: 0.5 });
    expect(weakestIndicators(sakip, at(0.9), province)).toEqual([]);
  });

  it.each([
    ['a limit', { limit: 1 }, ['PENGUKURAN_PEMANFAATAN']],
    ['one area', { areaCode: 'PELAPORAN', limit: 2 }, ['PELAPORAN_PEMENUHAN', 'PELAPORAN_PEMANFAATAN']],
  ])('takes %s', (_name, options, codes) => {
    expect(weakestIndicators(sakip, region, province, options).map((r) => r.nodeCode)).toEqual(codes);
  });

  it('leaves out indicators without a value — the region’s or anybody’s — rather than count them as zero', () => {
    const rows = weakestIndicators(sakip, { ...region, PENGUKURAN_PEMANFAATAN: null }, province.map((v) => ({ ...v, PELAPORAN_PEMENUHAN: undefined })));
    expect(rows.map((r) => r.nodeCode)).not.toContain('PENGUKURAN_PEMANFAATAN');
    expect(rows.map((r) => r.nodeCode)).not.toContain('PELAPORAN_PEMENUHAN');
  });

  it('reads lower-is-better indicators the other way round', () => {
    const tree = { scale: { min: 0, max: 10, precision: 1, higherIsBetter: false }, aggregation: 'mean' as const, nodes: [
      { code: 'A', names: { id: 'A', en: 'A' }, weight: 1, regulation: 'x', status: 'confirmed' as const },
      { code: 'B', names: { id: 'B', en: 'B' }, weight: 1, regulation: 'x', status: 'confirmed' as const },
    ] };
    const rows = weakestIndicators(tree, { A: 6, B: 1 }, [{ A: 6, B: 1 }, { A: 2, B: 3 }, { A: 4, B: 5 }]);
    expect(rows.map((r) => [r.nodeCode, r.median, r.leader, r.weightedShortfallToMedian, r.weightedShortfallToLeader])).toEqual([['A', 4, 2, 1, 2]]);
  });
});
