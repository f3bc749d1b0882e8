import { readCategory } from './category-phrase';
import { GradingScheme } from '../frameworks/framework.types';
import { shippedScheme as scheme } from '../testing/shipped-scheme';

const rb = scheme('RB', '2020', 2021);
const rb2023 = scheme('RB', '2023', 2023);
const ipp = scheme('IPP', '2022', 2023);
const zona = scheme('OMBUDSMAN', 'zona', 2021);
const ombudsman = scheme('OMBUDSMAN', '2022', 2023);
const bpk = scheme('OPINI_BPK', '1', 2023);
const ikm = scheme('IKM', '2017', 2023);

describe('readCategory: phrases as officials and the press write them', () => {
  it.each<[string, GradingScheme, string, string[]]>([
    // phrase, scheme, code, how each part was read
    ['BB', rb, 'BB', ['CODE']],
    ['bb', rb, 'BB', ['CODE']],
    ['Predikat BB', rb, 'BB', ['CODE']],
    ['PREDIKAT: BB', rb, 'BB', ['FILLER', 'CODE']],
    ['Nilai A', ikm, 'A', ['CODE']],
    ['Sangat Memuaskan', rb, 'AA', ['LABEL']],
    ['Very satisfactory', rb, 'AA', ['LABEL_EN']],
    ['BB (Sangat Baik)', rb, 'BB', ['CODE', 'LABEL']],
    ['Sangat Baik (BB)', rb, 'BB', ['LABEL', 'CODE']],
    ['BB - Sangat Baik', rb, 'BB', ['CODE', 'LABEL']],
    ['Predikat "BB" Sangat Baik', rb, 'BB', ['CODE', 'LABEL']],
    ['A (Pelayanan Prima)', ipp, 'A', ['CODE', 'LABEL']],
    ['a (pelayanan prima)', ipp, 'A', ['CODE', 'LABEL']],
    ['A Pelayanan Prima', ipp, 'A', ['CODE', 'LABEL']],
    ['A- (Sangat Baik)', ipp, 'A-', ['CODE', 'LABEL']],
    ['Baik (Dengan Catatan)', ipp, 'B-', ['LABEL']],
    ['A-', rb2023, 'A-', ['CODE']],
    ['Zona Hijau - Kualitas Tertinggi', ombudsman, 'A', ['ZONE', 'LABEL']],
    ['ZONA HIJAU – KUALITAS TERTINGGI', ombudsman, 'A', ['ZONE', 'LABEL']],
    ['Zona Hijau-Kualitas Tinggi', ombudsman, 'B', ['ZONE', 'ALIAS']],
    ['Kualitas Tertinggi', ombudsman, 'A', ['LABEL']],
    ['Kualitas Sedang (Zona Kuning)', ombudsman, 'C', ['ALIAS', 'ZONE']],
    ['A (Kualitas Tertinggi)', ombudsman, 'A', ['CODE', 'LABEL']],
    ['Predikat A, Zona Hijau', ombudsman, 'A', ['CODE', 'ZONE']],
    ['Zona Hijau', zona, 'HIJAU', ['LABEL']],
    ['hijau', zona, 'HIJAU', ['CODE']],
    ['Merah', zona, 'MERAH', ['CODE']],
    ['Opini WTP', bpk, 'WTP', ['CODE']],
    ['WTP (Wajar Tanpa Pengecualian)', bpk, 'WTP', ['CODE', 'LABEL']],
  ])('%p', (phrase, s, code, kinds) => {
    const reading = readCategory(phrase, s);
    expect(reading.code).toBe(code);
    expect(reading.parts.map((p) => p.readAs)).toEqual(kinds);
  });

  it('says how the phrase was read, and marks only the bare code as exact', () => {
    expect(readCategory('BB', rb)).toMatchObject({ exact: true, explanation: '"BB" is the code BB' });
    expect(readCategory('Zona Hijau - Kualitas Tertinggi', ombudsman)).toMatchObject({
      code: 'A',
      exact: false,
      explanation: '"Zona Hijau - Kualitas Tertinggi" read as A: "Zona Hijau" is a zone, not a category of this scheme (not checked); "Kualitas Tertinggi" is the label of A',
    });
    expect(readCategory('bb', rb).exact).toBe(false);
  });

  it.each<[string, GradingScheme, RegExp]>([
    ['Istimewa', rb, /"Istimewa" for scheme RB_2020 \(known: AA "Sangat Memuaskan", A "Memuaskan", BB "Sangat Baik"/],
    ['', rb, /Unknown category ""/],
    ['BB (Baik Sekali)', rb, /"Baik Sekali" names none of its categories/],
    ['A-', rb, /"A-"/],
    ['A+', ipp, /"A\+"/],
    ['Zona Hijau', ombudsman, /a zone alone does not name one of its categories.*known: A "Kualitas Tertinggi", B "Tinggi"/],
    ['Zona Hijau - Kualitas Tertinggi', zona, /"Kualitas Tertinggi" names none/],
    ['Predikat', rb, /Unknown category "Predikat"/],
  ])('rejects %p with UNKNOWN_CATEGORY, listing codes and labels', (phrase, s, message) => {
    expect(() => readCategory(phrase, s)).toThrow(expect.objectContaining({ code: 'UNKNOWN_CATEGORY', message: expect.stringMatching(message) }));
  });

  it.each<[string, GradingScheme, string]>([
    ['A (Sangat Baik)', ipp, 'A and A-'],
    ['A - Kualitas Tinggi', ombudsman, 'A and B'],
    ['BB (Baik)', rb, 'BB and B'],
  ])('rejects %p as AMBIGUOUS_CATEGORY when parts name different bands', (phrase, s, both) => {
    expect(() => readCategory(phrase, s)).toThrow(expect.objectContaining({ code: 'AMBIGUOUS_CATEGORY', message: expect.stringContaining(both) }));
  });
});
