import { shippedDefinition } from '../frameworks/definitions';
import { flattenNodes, isLeaf } from '../frameworks/tree';
import { COMPOSITE, computeRegionResults, type StoredValue } from './region-results';

const sakip = shippedDefinition('SAKIP', '2021');
const ipp = shippedDefinition('IPP', '2022');
const rb2023 = shippedDefinition('RB', '2023');

const leaves = (d: typeof sakip) => flattenNodes(d).filter((f) => isLeaf(f.node));
// Every leaf at the same share of its scale gives a composite at that share of the total.
const atShare = (d: typeof sakip, share: number, unitId: string | null = null): StoredValue[] =>
  leaves(d).map((f) => ({ nodeCode: f.node.code, unitId, value: f.scale.min + share * (f.scale.max - f.scale.min), publishedCategory: null }));
const result = (rows: ReturnType<typeof computeRegionResults>, code: string) => rows.find((r) => r.nodeCode === code)!;

describe('computeRegionResults', () => {
  it('computes a region-level composite and its category (Kota Padang AKIP 70.46 → BB)', () => {
    const rows = computeRegionResults(sakip, 2022, atShare(sakip, 0.7046));
    const total = result(rows, COMPOSITE);
    expect(total.value).toBeCloseTo(70.46, 6);
    expect(total).toMatchObject({ complete: true, computedCategory: 'BB', publishedCategory: null, categoryMismatch: false, source: 'computed' });
    expect(result(rows, 'PERENCANAAN').value).toBeCloseTo(30 * 0.7046, 6);
    expect(result(rows, 'PERENCANAAN').computedCategory).toBeNull();
  });

  it('makes a missing leaf incomplete up the tree, never zero', () => {
    const rows = computeRegionResults(sakip, 2022, atShare(sakip, 0.8).filter((r) => r.nodeCode !== 'PELAPORAN_KUALITAS'));
    expect(result(rows, COMPOSITE)).toMatchObject({ value: null, complete: false, missing: ['PELAPORAN_KUALITAS'], computedCategory: null });
    expect(result(rows, 'PELAPORAN')).toMatchObject({ value: null, complete: false });
    expect(result(rows, 'PENGUKURAN').complete).toBe(true);
  });

  it('prefers an official composite, keeps its published category and flags a mismatch', () => {
    const official: StoredValue = { nodeCode: COMPOSITE, unitId: null, value: 83.1, publishedCategory: 'BB (Sangat Baik)' };
    const total = result(computeRegionResults(sakip, 2022, [official]), COMPOSITE);
    expect(total).toMatchObject({ value: 83.1, complete: true, source: 'official', computedCategory: 'A', publishedCategory: 'BB', categoryMismatch: true });
    const agreeing = result(computeRegionResults(sakip, 2022, [{ ...official, publishedCategory: 'a' }]), COMPOSITE);
    expect(agreeing).toMatchObject({ publishedCategory: 'A', categoryMismatch: false });
  });

  it('keeps a published-only grade (RB 2023: the score cannot derive it)', () => {
    const total = result(computeRegionResults(rb2023, 2023, [{ nodeCode: COMPOSITE, unitId: null, value: 83.58, publishedCategory: 'A' }]), COMPOSITE);
    expect(total).toMatchObject({ value: 83.58, computedCategory: null, publishedCategory: 'A', categoryMismatch: false });
  });

  it('rolls a unit-level framework up to the region over the evaluated units only', () => {
    const rows = [
      ...atShare(ipp, 4.16 / 5, 'dmptsp'),
      ...atShare(ipp, 4.04 / 5, 'disdukcapil'),
      ...atShare(ipp, 0.2, 'rsud').slice(0, 2), // an unfinished evaluation does not count
    ];
    const out = computeRegionResults(ipp, 2023, rows);
    const total = result(out, COMPOSITE);
    expect(total.value).toBeCloseTo(4.1, 6);
    expect(total).toMatchObject({ complete: true, evaluatedUnits: ['disdukcapil', 'dmptsp'], computedCategory: 'A-' });
    expect(result(out, 'KEBIJAKAN_PELAYANAN').evaluatedUnits).toEqual(['disdukcapil', 'dmptsp', 'rsud']);
    expect(result(out, 'INOVASI').evaluatedUnits).toEqual(['disdukcapil', 'dmptsp']);
  });

  it('reports a unit-level framework with no evaluated unit as incomplete', () => {
    const total = result(computeRegionResults(ipp, 2023, atShare(ipp, 0.5, 'rsud').slice(0, 1)), COMPOSITE);
    expect(total).toMatchObject({ value: null, complete: false, evaluatedUnits: [] });
    expect(total.missing.length).toBeGreaterThan(0);
  });

  it('rejects a unit-level value without a unit, a value off its scale and an unknown category', () => {
    expect(() => computeRegionResults(ipp, 2023, atShare(ipp, 0.5))).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => computeRegionResults(sakip, 2022, [{ nodeCode: 'PELAPORAN_KUALITAS', unitId: null, value: 99, publishedCategory: null }])).toThrow(
      expect.objectContaining({ code: 'VALUE_OUT_OF_SCALE' }),
    );
    expect(() => computeRegionResults(sakip, 2022, [{ nodeCode: COMPOSITE, unitId: null, value: 70, publishedCategory: 'Istimewa' }])).toThrow(/Istimewa/);
  });
});
