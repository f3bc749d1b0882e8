import { categoryThreshold, findBand, grade } from './grade';
import { GradingScheme } from '../frameworks/framework.types';
import { shippedScheme as scheme } from '../testing/shipped-scheme';

const rb = scheme('RB', '2020', 2021);
const sakip = scheme('SAKIP', '2015', 2017);
const ikm = scheme('IKM', '2017', 2023);
const ipp = scheme('IPP', '2022', 2023);
const zona = scheme('OMBUDSMAN', 'zona', 2021);
const ombudsman = scheme('OMBUDSMAN', '2022', 2023);
const spbe = scheme('SPBE', '1', 2023);
const merit = scheme('SISTEM_MERIT', '1', 2023);
const ipAsn = scheme('IP_ASN', '2019', 2023);
const bpk = scheme('OPINI_BPK', '1', 2023);
const kipp2018 = scheme('KIPP', '1', 2018);
const kipp2020 = scheme('KIPP', '1', 2020);
const rb2023 = scheme('RB', '2023', 2023);

describe('grade: every band edge on both sides', () => {
  it.each<[string, GradingScheme, number, string | null]>([
    // RB 2020-2022 / SAKIP: ">80-90", lower bound exclusive, D includes 0
    ['RB', rb, 100, 'AA'],
    ['RB', rb, 90.01, 'AA'],
    ['RB', rb, 90, 'A'],
    ['RB', rb, 80.01, 'A'],
    ['RB', rb, 80.0, 'BB'],
    ['RB', rb, 70.01, 'BB'],
    ['RB', rb, 70, 'B'],
    ['RB', rb, 60.01, 'B'],
    ['RB', rb, 60, 'CC'],
    ['RB', rb, 50.01, 'CC'],
    ['RB', rb, 50, 'C'],
    ['RB', rb, 30.01, 'C'],
    ['RB', rb, 30, 'D'],
    ['RB', rb, 0, 'D'],
    ['RB', rb, -0.01, null],
    ['RB', rb, 100.01, null],
    ['SAKIP: Kota Padang 2017 AKIP 70.46', sakip, 70.46, 'BB'],
    // IKM: rounded to 2 decimals, gaps between bands
    ['IKM', ikm, 100, 'A'],
    ['IKM', ikm, 88.31, 'A'],
    ['IKM', ikm, 88.3, 'B'],
    ['IKM', ikm, 76.61, 'B'],
    ['IKM', ikm, 76.6, 'C'],
    ['IKM', ikm, 65.0, 'C'],
    ['IKM', ikm, 64.99, 'D'],
    ['IKM', ikm, 25, 'D'],
    ['IKM', ikm, 24.99, null],
    ['IKM: seed 80.23', ikm, 80.23, 'B'],
    ['IKM: 64.995 rounds up into C', ikm, 64.995, 'C'],
    ['IKM: 64.994 rounds down into D', ikm, 64.994, 'D'],
    ['IKM: 76.605 rounds up into B', ikm, 76.605, 'B'],
    // IPP
    ['IPP', ipp, 5, 'A'],
    ['IPP', ipp, 4.51, 'A'],
    ['IPP', ipp, 4.5, 'A-'],
    ['IPP', ipp, 4.01, 'A-'],
    ['IPP', ipp, 4.0, 'B'],
    ['IPP', ipp, 3.51, 'B'],
    ['IPP', ipp, 3.5, 'B-'],
    ['IPP', ipp, 1.0, 'F'],
    ['IPP', ipp, 0, 'F'],
    ['IPP: Ternate DMPTSP 4.16', ipp, 4.16, 'A-'],
    ['IPP: Ternate Disdukcapil 4.04', ipp, 4.04, 'A-'],
    // Ombudsman up to 2021: zones
    ['Ombudsman zones', zona, 81.0, 'HIJAU'],
    ['Ombudsman zones', zona, 80.99, 'KUNING'],
    ['Ombudsman zones', zona, 51.0, 'KUNING'],
    ['Ombudsman zones', zona, 50.99, 'MERAH'],
    // Ombudsman 2022-2024
    ['Ombudsman 2022', ombudsman, 100, 'A'],
    ['Ombudsman 2022', ombudsman, 88.0, 'A'],
    ['Ombudsman 2022', ombudsman, 87.99, 'B'],
    ['Ombudsman 2022', ombudsman, 78.0, 'B'],
    ['Ombudsman 2022', ombudsman, 77.99, 'C'],
    ['Ombudsman 2022', ombudsman, 54.0, 'C'],
    ['Ombudsman 2022', ombudsman, 53.99, 'D'],
    ['Ombudsman 2022', ombudsman, 32.0, 'D'],
    ['Ombudsman 2022', ombudsman, 31.99, 'E'],
    ['Ombudsman 2022', ombudsman, 0, 'E'],
    // SPBE: lower bound inclusive, upper exclusive, top band includes 5
    ['SPBE', spbe, 5, 'MEMUASKAN'],
    ['SPBE', spbe, 4.2, 'MEMUASKAN'],
    ['SPBE', spbe, 4.19, 'SANGAT_BAIK'],
    ['SPBE', spbe, 3.5, 'SANGAT_BAIK'],
    ['SPBE', spbe, 3.49, 'BAIK'],
    ['SPBE', spbe, 2.6, 'BAIK'],
    ['SPBE', spbe, 2.59, 'CUKUP'],
    ['SPBE', spbe, 1.8, 'CUKUP'],
    ['SPBE', spbe, 1.79, 'KURANG'],
    ['SPBE', spbe, 0, 'KURANG'],
    ['SPBE', spbe, 5.01, null],
    // Sistem Merit: whole-number bounds
    ['Sistem Merit', merit, 400, 'IV'],
    ['Sistem Merit', merit, 325, 'IV'],
    ['Sistem Merit', merit, 324, 'III'],
    ['Sistem Merit', merit, 250, 'III'],
    ['Sistem Merit', merit, 249, 'II'],
    ['Sistem Merit', merit, 175, 'II'],
    ['Sistem Merit', merit, 174, 'I'],
    ['Sistem Merit', merit, 100, 'I'],
    ['Sistem Merit', merit, 99, null],
    // IP ASN
    ['IP ASN', ipAsn, 100, 'SANGAT_TINGGI'],
    ['IP ASN', ipAsn, 91, 'SANGAT_TINGGI'],
    ['IP ASN', ipAsn, 90, 'TINGGI'],
    ['IP ASN', ipAsn, 81, 'TINGGI'],
    ['IP ASN', ipAsn, 80, 'SEDANG'],
    ['IP ASN', ipAsn, 71, 'SEDANG'],
    ['IP ASN', ipAsn, 70, 'RENDAH'],
    ['IP ASN', ipAsn, 61, 'RENDAH'],
    ['IP ASN', ipAsn, 60, 'SANGAT_RENDAH'],
    ['IP ASN', ipAsn, 0, 'SANGAT_RENDAH'],
    // Ordinal
    ['Opini BPK', bpk, 4, 'WTP'],
    ['Opini BPK', bpk, 3, 'WDP'],
    ['Opini BPK', bpk, 2, 'TW'],
    ['Opini BPK', bpk, 1, 'TMP'],
    ['Opini BPK', bpk, 2.5, null],
    ['Opini BPK', bpk, 5, null],
    ['KIPP 2018', kipp2018, 6, 'TOP_40'],
    ['KIPP 2020', kipp2020, 6, 'TOP_45'],
    ['KIPP 2020', kipp2020, 7, 'TOP_5_OUTSTANDING'],
    ['KIPP 2020', kipp2020, 4, 'TOP_99'],
    // Published only: never computed
    ['RB 2023', rb2023, 83.58, null],
    ['not a number', rb, Number.NaN, null],
  ])('%s: %p → %p', (_name, s, value, expected) => {
    expect(grade(value, s)?.code ?? null).toBe(expected);
  });
});

describe('categoryThreshold: the least value that earns a category', () => {
  it.each<[string, GradingScheme, string, number | null]>([
    ['RB A is above 80', rb, 'A', 80.01],
    ['RB D starts at 0', rb, 'D', 0],
    ['IKM B', ikm, 'B', 76.61],
    ['IKM C', ikm, 'C', 65],
    ['Ombudsman A', ombudsman, 'A', 88],
    ['SPBE Baik', spbe, 'BAIK', 2.6],
    ['Sistem Merit II', merit, 'II', 175],
    ['Opini BPK WDP', bpk, 'WDP', 3],
    ['RB 2023 A (not computable)', rb2023, 'A', null],
  ])('%s → %p', (_name, s, band, expected) => {
    const threshold = categoryThreshold(s, band, { precision: 2, higherIsBetter: true });
    expect(threshold).toBe(expected);
    if (threshold !== null) expect(grade(threshold, s)?.code).toBe(band);
  });

  it('is one step below the grade change on the better side for lower-is-better scales', () => {
    expect(categoryThreshold(rb, 'A', { precision: 2, higherIsBetter: false })).toBe(90);
    expect(categoryThreshold(spbe, 'BAIK', { precision: 2, higherIsBetter: false })).toBe(3.49);
  });

  it('throws UNKNOWN_BAND for a band the scheme does not have', () => {
    expect(() => categoryThreshold(rb, 'A-', { precision: 2, higherIsBetter: true })).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_BAND', message: expect.stringContaining('"A-"') }),
    );
    expect(() => categoryThreshold(rb2023, 'Z', { precision: 2, higherIsBetter: true })).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_BAND' }),
    );
  });
});

describe('findBand', () => {
  it('finds a band by code', () => {
    expect(findBand(ipp, 'A-').labels.id).toBe('Sangat Baik');
  });
});
