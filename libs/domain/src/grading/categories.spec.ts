import { compareCategories, normalizeCategory } from './categories';
import { GradingScheme } from '../frameworks/framework.types';
import { shippedScheme as scheme } from '../testing/shipped-scheme';

const rb = scheme('RB', '2020', 2021);
const rb2023 = scheme('RB', '2023', 2023);
const ipp = scheme('IPP', '2022', 2023);
const zona = scheme('OMBUDSMAN', 'zona', 2021);
const ombudsman = scheme('OMBUDSMAN', '2022', 2023);
const bpk = scheme('OPINI_BPK', '1', 2023);
const merit = scheme('SISTEM_MERIT', '1', 2023);
const kipp = scheme('KIPP', '1', 2020);

describe('normalizeCategory', () => {
  it.each<[string, GradingScheme, string]>([
    ['A- (Sangat Baik)', ipp, 'A-'],
    ['a-', ipp, 'A-'],
    ['A –', ipp, 'A-'],
    ['A (Pelayanan Prima)', ipp, 'A'],
    ['B- (Baik Dengan Catatan)', ipp, 'B-'],
    ['Baik (dengan catatan)', ipp, 'B-'],
    ['Pelayanan Prima', ipp, 'A'],
    ['a-', rb2023, 'A-'],
    ['A-', rb2023, 'A-'],
    ['BB', rb, 'BB'],
    ['bb', rb, 'BB'],
    ['Predikat BB', rb, 'BB'],
    ['BB (Sangat Baik)', rb, 'BB'],
    ['Sangat Memuaskan', rb, 'AA'],
    ['Satisfactory', rb, 'A'],
    ['Zona Hijau', zona, 'HIJAU'],
    ['zona  merah', zona, 'MERAH'],
    ['Kuning', zona, 'KUNING'],
    ['Kualitas Tertinggi', ombudsman, 'A'],
    ['B (Tinggi)', ombudsman, 'B'],
    ['WTP', bpk, 'WTP'],
    ['Wajar Tanpa Pengecualian', bpk, 'WTP'],
    ['Opini WTP', bpk, 'WTP'],
    ['"WDP"', bpk, 'WDP'],
    ['Disclaimer', bpk, 'TMP'],
    ['Kategori IV', merit, 'IV'],
    ['Top 99', kipp, 'TOP_99'],
  ])('%p → %s', (input, s, code) => {
    expect(normalizeCategory(input, s)).toBe(code);
  });

  it.each<[string, GradingScheme]>([
    ['A+', ipp],
    ['Zona Hijau', ombudsman],
    ['', rb],
    ['BB (Baik Sekali)', rb],
    ['A-', rb],
  ])('rejects %p with UNKNOWN_CATEGORY naming the string', (input, s) => {
    expect(() => normalizeCategory(input, s)).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_CATEGORY', message: expect.stringContaining(`"${input}"`) }),
    );
  });

  it('rejects a code and label naming different bands as ambiguous', () => {
    expect(() => normalizeCategory('A (Sangat Baik)', ipp)).toThrow(
      expect.objectContaining({ code: 'AMBIGUOUS_CATEGORY', message: expect.stringMatching(/"A \(Sangat Baik\)".*A and A-/) }),
    );
  });
});

describe('compareCategories', () => {
  it.each<[string, number | null, string | null, GradingScheme, object]>([
    ['IPP 4.16 published "A" computes to A-', 4.16, 'A', ipp, { published: 'A', computed: 'A-', mismatch: true, shown: 'A' }],
    ['IPP 4.04 published "A" computes to A-', 4.04, 'A', ipp, { published: 'A', computed: 'A-', mismatch: true, shown: 'A' }],
    ['Kota Padang AKIP 70.46 published BB', 70.46, 'BB', rb, { published: 'BB', computed: 'BB', mismatch: false, shown: 'BB' }],
    [
      'nothing published: the computed one shows',
      80.01,
      null,
      rb,
      { published: null, computed: 'A', mismatch: false, shown: 'A' },
    ],
    [
      'RB 2023: only the published grade exists',
      83.67,
      'A-',
      rb2023,
      { published: 'A-', computed: null, mismatch: false, shown: 'A-' },
    ],
    [
      'no value, only the published category',
      null,
      'WTP',
      bpk,
      { published: 'WTP', computed: null, mismatch: false, shown: 'WTP' },
    ],
    ['neither', null, null, rb, { published: null, computed: null, mismatch: false, shown: null }],
  ])('%s', (_name, value, published, s, expected) => {
    expect(compareCategories(value, published, s)).toEqual(expected);
  });

  it('rejects an unknown published category', () => {
    expect(() => compareCategories(80, 'Excellent', rb)).toThrow(expect.objectContaining({ code: 'UNKNOWN_CATEGORY' }));
  });
});
