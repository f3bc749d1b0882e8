import { bandPosition, categoryLabel, compareByBandOrder } from './band-order';
import { shippedScheme as scheme } from '../testing/shipped-scheme';

const sakip = scheme('SAKIP', '2021', 2023);
const zona = scheme('OMBUDSMAN', 'zona', 2021);

describe('band order', () => {
  it('sorts RB/SAKIP grades by the scheme (AA, A, BB, B, CC, C, D), not alphabetically', () => {
    const shuffled = ['C', 'BB', 'AA', 'D', 'B', 'CC', 'A'];
    expect([...shuffled].sort(compareByBandOrder(sakip))).toEqual(['AA', 'A', 'BB', 'B', 'CC', 'C', 'D']);
    expect([...shuffled].sort(compareByBandOrder(sakip, true))).toEqual(['D', 'C', 'CC', 'B', 'BB', 'A', 'AA']);
  });

  it('sorts Ombudsman zones Hijau, Kuning, Merah', () => {
    expect(['MERAH', 'HIJAU', 'KUNING'].sort(compareByBandOrder(zona))).toEqual(['HIJAU', 'KUNING', 'MERAH']);
  });

  it('puts unknown categories, then missing ones, last in both directions', () => {
    for (const descending of [false, true]) {
      const sorted = [null, 'X', 'B', 'A'].sort(compareByBandOrder(sakip, descending));
      expect(sorted.slice(2)).toEqual(['X', null]);
    }
    expect(bandPosition(sakip, 'X')).toBeNull();
    expect(bandPosition(null, 'A')).toBeNull();
  });

  it('reads a published spelling as its band', () => {
    expect(bandPosition(zona, 'Zona Kuning')).toBe(1);
  });

  it('labels a category in Indonesian and English', () => {
    expect(categoryLabel(sakip, 'BB')).toEqual({ code: 'BB', id: 'Sangat Baik', en: 'Very good' });
    expect(categoryLabel(zona, 'HIJAU')).toEqual({ code: 'HIJAU', id: 'Zona Hijau', en: 'Green zone' });
    expect(categoryLabel(sakip, null)).toBeNull();
    expect(categoryLabel(sakip, 'Q')).toBeNull();
  });
});
