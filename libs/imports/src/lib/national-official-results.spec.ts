import type { RawOfficialRow } from '@rapor/assessments';
import { definitionForYear, FRAMEWORK_DEFINITIONS } from '@rapor/domain';
import { planNationalImport, type ExistingPeriod, type NationalRegion, type StoredOfficialResult } from './national-official-results';

// A small country: two provinces, one region name used in both (as "Kabupaten Barito …"-like
// names can be), SAKIP 2023 (0–100, AA..D, computed categories).
const REGIONS: NationalRegion[] = [
  { code: '19.01', name: 'Kabupaten Bangka', provinceCode: '19' },
  { code: '19.71', name: 'Kota Pangkal Pinang', provinceCode: '19' },
  { code: '13.01', name: 'Kabupaten Kembar', provinceCode: '13' },
  { code: '19.05', name: 'Kabupaten Kembar', provinceCode: '19' },
  { code: '13.71', name: 'Kota Padang', provinceCode: '13' },
];
const NAMES = new Map([
  ['13', 'Sumatera Barat'],
  ['19', 'Kepulauan Bangka Belitung'],
]);
const definition = definitionForYear(FRAMEWORK_DEFINITIONS, 'SAKIP', 2023);

let line = 1;
const row = (region: string | null, value: string | null, category: string | null = null, source: string | null = null): RawOfficialRow => ({
  line: ++line,
  region,
  value,
  category,
  source,
});

function plan(rows: RawOfficialRow[], periods: ExistingPeriod[] = [], stored: StoredOfficialResult[] = []) {
  return planNationalImport({
    definition,
    year: 2023,
    regions: REGIONS,
    provinceNames: NAMES,
    periods,
    stored: new Map(stored.map((s) => [`${periods.find((p) => p.provinceCode === s.regionCode.slice(0, 2))!.id}|${s.regionCode}`, s])),
    rows,
    defaultSource: 'LHE 2023',
  });
}

beforeEach(() => {
  line = 1;
});

describe('splitting a national table by province', () => {
  it('groups rows by the province of their region (by code or by a unique name), provinces in code order', () => {
    const result = plan([row('19.71', '61'), row('Kota Padang', '70'), row('19.01', '55,5')]);
    expect(result.provinces.map((p) => [p.provinceCode, p.provinceName, p.rows, p.new, p.opensPeriod, p.periodId])).toEqual([
      ['13', 'Sumatera Barat', 1, 1, true, null],
      ['19', 'Kepulauan Bangka Belitung', 2, 2, true, null],
    ]);
    expect(result.rows.map((r) => [r.line, r.regionCode, r.provinceCode, r.status, r.value])).toEqual([
      [2, '19.71', '19', 'new', 61],
      [3, '13.71', '13', 'new', 70],
      [4, '19.01', '19', 'new', 55.5],
    ]);
    expect(result.provinces[1].raw.map((r) => r.line)).toEqual([2, 4]);
  });

  it('asks for the code when a name is used in two provinces, and reports unknown regions nationally', () => {
    const result = plan([row('Kabupaten Kembar', '61'), row('99.01', '61'), row('Kota Pangkal Pinnang', '61'), row(null, '61')]);
    expect(result.provinces).toEqual([]);
    expect(result.rows.map((r) => [r.provinceCode, r.status, r.errors.map((e) => e.code)])).toEqual([
      [null, 'error', ['AMBIGUOUS_REGION']],
      [null, 'error', ['UNKNOWN_REGION']],
      [null, 'error', ['UNKNOWN_REGION']],
      [null, 'error', ['MISSING_REGION']],
    ]);
    expect(result.rows[0].errors[0].message).toBe('"Kabupaten Kembar" names more than one kabupaten/kota: 13.01 (province 13), 19.05 (province 19); give the code');
    expect(result.rows[2].errors[0].suggestions).toEqual(['Kota Pangkal Pinang']);
  });

  it('still checks the value, category and source of a row whose region is unknown', () => {
    const [r] = plan([row('99.01', 'tujuh', 'Z')]).rows;
    expect(r.errors.map((e) => `${e.column}:${e.code}`)).toEqual(['region:UNKNOWN_REGION', 'value:NOT_A_NUMBER', 'category:UNKNOWN_CATEGORY']);
  });

  it('counts duplicates, bad values and category mismatches in their province', () => {
    const result = plan([row('19.71', '61', 'AA'), row('19.71', '62'), row('19.01', '120')]);
    expect(result.provinces[0]).toMatchObject({ provinceCode: '19', rows: 3, new: 1, failed: 2, categoryMismatches: 1 });
    expect(result.rows.map((r) => r.errors.map((e) => e.code))).toEqual([[], ['DUPLICATE_ROW'], ['VALUE_OUT_OF_SCALE']]);
  });
});

describe('what a row would change', () => {
  const periods: ExistingPeriod[] = [{ id: 'p19', provinceCode: '19', state: 'open' }];
  const stored = (regionCode: string, value: number, sourceNote = 'LHE 2023', state = 'verified'): StoredOfficialResult => ({
    regionCode,
    value,
    publishedCategory: null,
    state,
    sourceNote,
  });

  it('is unchanged when value, category, source and state are as stored; changed otherwise; new without a stored result', () => {
    const result = plan(
      [row('19.71', '61'), row('19.01', '55'), row('Kabupaten Bangka', '55', null, 'another source'), row('Kota Padang', '70')],
      periods,
      [stored('19.71', 61), stored('19.01', 54)],
    );
    expect(result.rows.map((r) => r.status)).toEqual(['unchanged', 'changed', 'error', 'new']);
    expect(result.provinces.map((p) => [p.provinceCode, p.periodId, p.opensPeriod, p.new, p.changed, p.unchanged, p.failed])).toEqual([
      ['13', null, true, 1, 0, 0, 0],
      ['19', 'p19', false, 0, 1, 1, 1],
    ]);
  });

  it('blocks a published province only when its rows would change it', () => {
    const published: ExistingPeriod[] = [{ id: 'p19', provinceCode: '19', state: 'published' }];
    expect(plan([row('19.71', '61')], published, [stored('19.71', 61)]).provinces[0].blocked).toBeNull();
    expect(plan([row('19.71', '62')], published, [stored('19.71', 61)]).provinces[0].blocked).toBe('PERIOD_ALREADY_PUBLISHED');
    expect(plan([row('19.01', '62')], published, [stored('19.71', 61)]).provinces[0].blocked).toBe('PERIOD_ALREADY_PUBLISHED');
  });
});
