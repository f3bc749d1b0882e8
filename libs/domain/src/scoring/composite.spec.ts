import { composite, LeafValues, normalizedPosition, valueAtPosition } from './composite';
import { shippedDefinition } from '../frameworks/definitions';
import { Scale, ScoringTree } from '../frameworks/framework.types';
import { grade } from '../grading/grade';
import { shippedScheme } from '../testing/shipped-scheme';

const rb = shippedDefinition('RB', '2020');
const rbScheme = shippedScheme('RB', '2020', 2022);
const AREAS = [
  'MANAJEMEN_PERUBAHAN',
  'DEREGULASI_KEBIJAKAN',
  'PENATAAN_ORGANISASI',
  'PENATAAN_TATALAKSANA',
  'PENATAAN_SDM_APARATUR',
  'PENGUATAN_AKUNTABILITAS',
  'PENGUATAN_PENGAWASAN',
  'PENINGKATAN_KUALITAS_PELAYANAN_PUBLIK',
];
const HASIL = [
  'AKUNTABILITAS_KINERJA_KEUANGAN',
  'KUALITAS_PELAYANAN_PUBLIK',
  'PEMERINTAH_BERSIH_BEBAS_KKN',
  'KINERJA_ORGANISASI',
];

function rbValues(
  area: number,
  hasilAntara: number,
  reform: number,
  hasil: readonly number[],
  quickWins: number | null = 50,
): LeafValues {
  return {
    ...Object.fromEntries(AREAS.map((code) => [code, area])),
    QUICK_WINS: quickWins,
    HASIL_ANTARA: hasilAntara,
    REFORM: reform,
    ...Object.fromEntries(HASIL.map((code, i) => [code, hasil[i]])),
  };
}

const valueOf = (result: ReturnType<typeof composite>, code: string) => result.nodes.find((n) => n.code === code)?.value;

describe('composite: RB 2020-2022 (points, weighted_sum)', () => {
  it('sums points bottom-up', () => {
    const result = composite(rb, rbValues(2, 7, 20, [8, 7, 6, 9]));
    expect(valueOf(result, 'PEMENUHAN')).toBe(16);
    expect(valueOf(result, 'PENGUNGKIT')).toBe(43);
    expect(valueOf(result, 'HASIL')).toBe(30);
    expect(result).toMatchObject({ value: 73, complete: true, missing: [], missingUnweighted: [] });
    expect(grade(result.value as number, rbScheme)?.code).toBe('BB');
  });

  it('scores full points as 100 and none as 0', () => {
    expect(composite(rb, rbValues(2.5, 10, 30, [10, 10, 10, 10])).value).toBe(100);
    expect(composite(rb, rbValues(0, 0, 0, [0, 0, 0, 0], 0)).value).toBe(0);
  });

  it('keeps an exact 80.00 at 80 (BB), free of floating-point drift into A', () => {
    const result = composite(rb, rbValues(2.3, 7.7, 23.9, [7.5, 7.5, 7.5, 7.5]));
    expect(result.value).toBe(80);
    expect(grade(result.value as number, rbScheme)?.code).toBe('BB');
  });

  it('makes a node and its ancestors explicitly incomplete when a leaf is missing — never zero', () => {
    const values = { ...rbValues(2, 7, 20, [8, 7, 6, 9]), REFORM: undefined };
    const result = composite(rb, values);
    expect(result).toMatchObject({ value: null, position: null, complete: false, missing: ['REFORM'] });
    expect(result.nodes.find((n) => n.code === 'PENGUNGKIT')).toMatchObject({
      value: null,
      complete: false,
      missing: ['REFORM'],
    });
    expect(result.nodes.find((n) => n.code === 'HASIL')).toMatchObject({ value: 30, complete: true, missing: [] });
    expect(result.nodes.find((n) => n.code === 'PEMENUHAN')).toMatchObject({ value: 16, complete: true });
  });

  it('treats null like a missing value and lists every missing leaf', () => {
    const result = composite(rb, { ...rbValues(2, 7, 20, [8, 7, 6, 9]), MANAJEMEN_PERUBAHAN: null, KINERJA_ORGANISASI: null });
    expect(result.complete).toBe(false);
    expect(result.missing).toEqual(['MANAJEMEN_PERUBAHAN', 'KINERJA_ORGANISASI']);
  });

  it('is incomplete with every leaf listed when nothing is entered', () => {
    const result = composite(rb, {});
    expect(result.value).toBeNull();
    expect(result.missing).toHaveLength(AREAS.length + 2 + HASIL.length);
    expect(result.missingUnweighted).toEqual(['QUICK_WINS']);
  });

  it('records a missing weight-0 leaf (Quick Wins) without blocking the value', () => {
    const result = composite(rb, rbValues(2, 7, 20, [8, 7, 6, 9], null));
    expect(result).toMatchObject({ value: 73, complete: true, missing: [], missingUnweighted: ['QUICK_WINS'] });
    expect(result.nodes.find((n) => n.code === 'QUICK_WINS')).toMatchObject({ value: null, complete: false });
  });

  it('lists nodes parents first, with parent and depth', () => {
    const nodes = composite(rb, rbValues(2, 7, 20, [8, 7, 6, 9])).nodes;
    expect(nodes.slice(0, 3).map((n) => [n.code, n.parentCode, n.depth])).toEqual([
      ['PENGUNGKIT', null, 0],
      ['PEMENUHAN', 'PENGUNGKIT', 1],
      ['MANAJEMEN_PERUBAHAN', 'PEMENUHAN', 2],
    ]);
    expect(nodes.find((n) => n.code === 'PEMENUHAN')?.position).toBe(0.8);
  });

  it.each<[string, LeafValues, string]>([
    ['an unknown code', { NOT_A_NODE: 1 }, 'UNKNOWN_NODE'],
    ['a computed node', { PENGUNGKIT: 40 }, 'NOT_A_LEAF'],
    ['a value above its scale (2.5 points)', { MANAJEMEN_PERUBAHAN: 3 }, 'VALUE_OUT_OF_SCALE'],
    ['a negative value', { REFORM: -1 }, 'VALUE_OUT_OF_SCALE'],
    ['a value that is not a number', { REFORM: Number.NaN }, 'INVALID_INPUT'],
  ])('rejects %s', (_what, values, code) => {
    expect(() => composite(rb, values)).toThrow(expect.objectContaining({ code }));
  });

  it('names the leaf and its scale when a value is out of scale', () => {
    expect(() => composite(rb, { MANAJEMEN_PERUBAHAN: 3 })).toThrow('Value 3 of MANAJEMEN_PERUBAHAN is outside its scale 0–2.5');
  });
});

describe('composite: weighted means', () => {
  it('IPP: aspects 24/25/18/11/10/12 on 0-5', () => {
    const ipp = shippedDefinition('IPP', '2022');
    const values = {
      KEBIJAKAN_PELAYANAN: 5,
      PROFESIONALISME_SDM: 4,
      SARANA_PRASARANA: 3,
      SISTEM_INFORMASI: 4,
      KONSULTASI_PENGADUAN: 5,
      INOVASI: 2,
    };
    // (24*5 + 25*4 + 18*3 + 11*4 + 10*5 + 12*2) / 100 = 3.92
    expect(composite(ipp, values).value).toBe(3.92);
  });

  it('IKM: nine element means on 1-4 give the index × 25', () => {
    const ikm = shippedDefinition('IKM', '2017');
    const values = Object.fromEntries(ikm.nodes.map((n) => [n.code, 3.2092]));
    expect(composite(ikm, values).value).toBe(80.23);
  });

  it('RB from 2023: General (points of 100) and Tematik (points of 20) weigh 100:20', () => {
    const rb2023 = shippedDefinition('RB', '2023');
    const values = {
      STRATEGI_PELAKSANAAN: 6,
      CAPAIAN_KEBIJAKAN_RB: 30,
      RB_GENERAL_LAINNYA: 24,
      PENANGGULANGAN_KEMISKINAN: 4,
      DIGITALISASI_ADMINISTRASI: 2,
      PENGENDALIAN_INFLASI: 3,
      PENINGKATAN_INVESTASI: 1,
    };
    const result = composite(rb2023, values);
    expect(valueOf(result, 'RB_GENERAL')).toBe(60);
    expect(valueOf(result, 'RB_TEMATIK')).toBe(10);
    expect(result.value).toBeCloseTo((70 / 120) * 100, 9);
  });

  const scale = (min: number, max: number, higherIsBetter = true): Scale => ({ min, max, precision: 2, higherIsBetter });
  const leaf = (code: string, weight: number, own?: Scale) => ({
    code,
    names: { id: code, en: code },
    weight,
    regulation: 'X',
    status: 'confirmed' as const,
    ...(own ? { scale: own } : {}),
  });

  it('mean counts children alike', () => {
    const tree: ScoringTree = { scale: scale(0, 100), aggregation: 'mean', nodes: [leaf('A', 1), leaf('B', 1), leaf('C', 1)] };
    expect(composite(tree, { A: 10, B: 20, C: 60 }).value).toBe(30);
  });

  it('turns a lower-is-better child into goodness before aggregating', () => {
    const tree: ScoringTree = {
      scale: scale(0, 100),
      aggregation: 'weighted_mean',
      nodes: [leaf('SCORE', 1), leaf('DAYS_LATE', 1, scale(0, 10, false))],
    };
    // SCORE 80 → 0.8; 2 days late of 0-10 (fewer is better) → 0.8; mean 0.8 → 80
    expect(composite(tree, { SCORE: 80, DAYS_LATE: 2 }).value).toBe(80);
  });

  it('maps onto a lower-is-better root', () => {
    const tree: ScoringTree = { scale: scale(1, 5, false), aggregation: 'weighted_mean', nodes: [leaf('A', 1, scale(0, 100))] };
    expect(composite(tree, { A: 100 }).value).toBe(1);
    expect(composite(tree, { A: 0 }).value).toBe(5);
  });

  it('refuses a tree whose weights are all 0', () => {
    const tree: ScoringTree = { scale: scale(0, 100), aggregation: 'weighted_mean', nodes: [leaf('A', 0, scale(0, 1))] };
    expect(() => composite(tree, { A: 1 })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});

describe('normalizedPosition / valueAtPosition', () => {
  it.each<[number, Scale, number]>([
    [80.23, { min: 25, max: 100, precision: 2, higherIsBetter: true }, 0.7364],
    [175, { min: 100, max: 400, precision: 1, higherIsBetter: true }, 0.25],
    [2, { min: 0, max: 10, precision: 0, higherIsBetter: false }, 0.8],
  ])('%p on %o is at %p, and back', (value, s, position) => {
    expect(normalizedPosition(value, s)).toBe(position);
    expect(valueAtPosition(position, s)).toBe(value);
  });
});
