import { whatIf } from './what-if';
import { shippedDefinition } from '../frameworks/definitions';
import { leafCodes } from '../frameworks/tree';
import { competitionRanks } from '../ranking/ranks';
import { composite, LeafValues } from '../scoring/composite';

const rb = shippedDefinition('RB', '2020');
const ipp = shippedDefinition('IPP', '2022');
const current: LeafValues = {
  ...Object.fromEntries(leafCodes(rb).map((code) => [code, 0])),
  MANAJEMEN_PERUBAHAN: 2,
  DEREGULASI_KEBIJAKAN: 2,
  PENATAAN_ORGANISASI: 2,
  PENATAAN_TATALAKSANA: 2,
  PENATAAN_SDM_APARATUR: 2,
  PENGUATAN_AKUNTABILITAS: 2,
  PENGUATAN_PENGAWASAN: 2,
  PENINGKATAN_KUALITAS_PELAYANAN_PUBLIK: 2,
  QUICK_WINS: 60,
  HASIL_ANTARA: 6,
  REFORM: 18,
  AKUNTABILITAS_KINERJA_KEUANGAN: 7,
  KUALITAS_PELAYANAN_PUBLIK: 6,
  PEMERINTAH_BERSIH_BEBAS_KKN: 5,
  KINERJA_ORGANISASI: 6,
}; // 16 + 6 + 18 + 24 = 64 → B
const peers = [81.2, 72.5, 64, 58.3, null, 61.75];

describe('whatIf', () => {
  it('with no changes reproduces the current composite, grade and rank', () => {
    const result = whatIf(rb, current, {}, peers, 2022);
    const now = composite(rb, current);
    expect(result.composite).toEqual(now);
    expect(result.composite.value).toBe(64);
    expect(result.band?.code).toBe('B');
    expect(result.rank).toBe(competitionRanks([now.value, ...peers], 2)[0]);
    expect(result.rank).toBe(3);
    expect(result.rankedCount).toBe(6);
  });

  it('shows the composite, category and rank after changes', () => {
    const result = whatIf(rb, current, { REFORM: 27, KINERJA_ORGANISASI: 10 }, peers, 2022);
    expect(result.composite.value).toBe(77);
    expect(result.band?.code).toBe('BB');
    expect(result.rank).toBe(2);
  });

  it('round-trips: changing a value and changing it back gives the current result', () => {
    const changed = whatIf(rb, current, { REFORM: 30 }, peers, 2022);
    const back = whatIf(rb, { ...current, REFORM: 30 }, { REFORM: current.REFORM }, peers, 2022);
    expect(changed.composite.value).not.toBe(back.composite.value);
    expect(back).toEqual(whatIf(rb, current, {}, peers, 2022));
  });

  it('stores nothing: the inputs are left as they were', () => {
    const before = JSON.stringify(current);
    whatIf(rb, current, { REFORM: 30 }, peers, 2022);
    expect(JSON.stringify(current)).toBe(before);
  });

  it('is unranked and ungraded while a leaf is missing', () => {
    const result = whatIf(rb, current, { REFORM: null }, peers, 2022);
    expect(result).toMatchObject({ band: null, rank: null, rankedCount: 5 });
    expect(result.composite.missing).toEqual(['REFORM']);
  });

  it('grades unit-level IPP values with its own scheme', () => {
    const values = {
      KEBIJAKAN_PELAYANAN: 4,
      PROFESIONALISME_SDM: 4,
      SARANA_PRASARANA: 4,
      SISTEM_INFORMASI: 4,
      KONSULTASI_PENGADUAN: 4,
      INOVASI: 4,
    };
    const result = whatIf(ipp, values, { INOVASI: 5 }, [4.16, 4.04], 2023);
    expect(result.composite.value).toBe(4.12);
    expect(result.band?.code).toBe('A-');
    expect(result.rank).toBe(2);
  });

  it('rejects a change to an unknown leaf and a year the definition does not cover', () => {
    expect(() => whatIf(rb, current, { NOPE: 1 }, peers, 2022)).toThrow(expect.objectContaining({ code: 'UNKNOWN_NODE' }));
    expect(() => whatIf(rb, current, {}, peers, 2024)).toThrow(expect.objectContaining({ code: 'YEAR_NOT_COVERED' }));
  });
});
