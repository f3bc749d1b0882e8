import { DefinitionIssueCode } from './definition-issue';
import ikm from './definitions/ikm-2017.json';
import kipp from './definitions/kipp.json';
import opiniBpk from './definitions/opini-bpk.json';
import rb2020 from './definitions/rb-2020.json';
import { FrameworkDefinition } from './framework.types';
import {
  InvalidDefinitionError,
  parseFrameworkDefinition,
  validateDefinitionSet,
  validateFrameworkDefinition,
} from './validate-definition';

// Definitions are edited as plain JSON here, the way an operator's file would arrive.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function edited(base: unknown, edit: (definition: Json) => void): Json {
  const copy = JSON.parse(JSON.stringify(base));
  edit(copy);
  return copy;
}

type Case = [string, unknown, (d: Json) => void, string, DefinitionIssueCode];

const cases: Case[] = [
  // Shape
  ['a missing property', rb2020, (d) => delete d.names, 'names', 'MISSING_PROPERTY'],
  ['a misspelt property', rb2020, (d) => (d.nodes[0].wieght = 60), 'nodes[0].wieght', 'UNKNOWN_PROPERTY'],
  ['a weight given as text', rb2020, (d) => (d.nodes[0].weight = '60'), 'nodes[0].weight', 'WRONG_TYPE'],
  ['an empty name', rb2020, (d) => (d.names.en = ' '), 'names.en', 'EMPTY_TEXT'],
  ['an unknown status', rb2020, (d) => (d.nodes[1].status = 'maybe'), 'nodes[1].status', 'INVALID_VALUE'],
  ['an unknown aggregation', rb2020, (d) => (d.nodes[0].aggregation = 'sum'), 'nodes[0].aggregation', 'UNKNOWN_AGGREGATION'],
  [
    'a scheme without a boundary rule',
    rb2020,
    (d) => delete d.schemes[0].boundaryRule,
    'schemes[0].boundaryRule',
    'MISSING_PROPERTY',
  ],
  [
    'an unknown boundary rule',
    rb2020,
    (d) => (d.schemes[0].boundaryRule = 'upper_inclusive'),
    'schemes[0].boundaryRule',
    'UNKNOWN_BOUNDARY_RULE',
  ],
  ['a rounded scheme without decimals', ikm, (d) => delete d.schemes[0].decimals, 'schemes[0].decimals', 'MISSING_PROPERTY'],
  ['a range band without bounds', rb2020, (d) => delete d.schemes[0].bands[2].min, 'schemes[0].bands[2].min', 'MISSING_PROPERTY'],
  // Identity, sources, years
  ['a lower-case code', rb2020, (d) => (d.code = 'rb'), 'code', 'INVALID_CODE'],
  [
    'a node code used twice',
    rb2020,
    (d) => (d.nodes[1].children[0].code = 'REFORM'),
    'nodes[1].children[0].code',
    'DUPLICATE_CODE',
  ],
  ['no regulations', rb2020, (d) => (d.regulations = []), 'regulations', 'NO_REGULATIONS'],
  [
    'a citation listed twice',
    rb2020,
    (d) => d.regulations.push(d.regulations[0]),
    'regulations[2].citation',
    'DUPLICATE_CITATION',
  ],
  [
    'a node citing an unlisted regulation',
    rb2020,
    (d) => (d.nodes[1].regulation = 'PermenPAN-RB 14/2014'),
    'nodes[1].regulation',
    'UNKNOWN_REGULATION',
  ],
  [
    'a band citing an unlisted regulation',
    rb2020,
    (d) => (d.schemes[0].bands[3].regulation = 'X'),
    'schemes[0].bands[3].regulation',
    'UNKNOWN_REGULATION',
  ],
  ['years ending before they start', rb2020, (d) => (d.years = { from: 2022, to: 2020 }), 'years', 'INVALID_YEARS'],
  ['a fractional year', rb2020, (d) => (d.years.from = 2020.5), 'years', 'INVALID_YEARS'],
  // Scales and the tree
  ['a scale with min >= max', rb2020, (d) => (d.scale.max = 0), 'scale.max', 'INVALID_SCALE'],
  ['a precision of 7', rb2020, (d) => (d.scale.precision = 7), 'scale.precision', 'INVALID_PRECISION'],
  ['a fractional precision', ikm, (d) => (d.nodes[3].scale.precision = 1.5), 'nodes[3].scale.precision', 'INVALID_PRECISION'],
  ['an ordinal scale with decimals', opiniBpk, (d) => (d.scale.precision = 2), 'scale', 'ORDINAL_SCALE_NOT_INTEGER'],
  ['no nodes', rb2020, (d) => (d.nodes = []), 'nodes', 'NO_NODES'],
  ['a negative weight', rb2020, (d) => (d.nodes[0].children[2].weight = -30), 'nodes[0].children[2].weight', 'NEGATIVE_WEIGHT'],
  [
    'weights not adding up to the span',
    rb2020,
    (d) => (d.nodes[1].children[3].weight = 5),
    'nodes[1].children',
    'WEIGHTS_DO_NOT_MATCH_SCALE',
  ],
  ['top-level weights not adding up to 100', rb2020, (d) => (d.nodes[0].weight = 50), 'nodes', 'WEIGHTS_DO_NOT_MATCH_SCALE'],
  [
    'a zero weight without a scale under weighted_sum',
    rb2020,
    (d) => delete d.nodes[0].children[0].children[8].scale,
    'nodes[0].children[0].children[8].scale',
    'ZERO_WEIGHT_NEEDS_SCALE',
  ],
  ['a parent without aggregation', rb2020, (d) => delete d.nodes[1].aggregation, 'nodes[1].aggregation', 'MISSING_AGGREGATION'],
  [
    'a leaf with an aggregation',
    rb2020,
    (d) => (d.nodes[0].children[1].aggregation = 'mean'),
    'nodes[0].children[1].aggregation',
    'AGGREGATION_ON_LEAF',
  ],
  ['all weights 0 under weighted_mean', ikm, (d) => d.nodes.forEach((n: Json) => (n.weight = 0)), 'nodes', 'ZERO_TOTAL_WEIGHT'],
  [
    'unequal weights under mean',
    ikm,
    (d) => ((d.aggregation = 'mean'), (d.nodes[0].weight = 2)),
    'nodes',
    'UNEQUAL_WEIGHTS_FOR_MEAN',
  ],
  // Bands
  ['overlapping bands', rb2020, (d) => (d.schemes[0].bands[1].min = 79), 'schemes[0].bands[1].min', 'BANDS_OVERLAP'],
  ['a gap between contiguous bands', rb2020, (d) => (d.schemes[0].bands[2].max = 79), 'schemes[0].bands[1].min', 'BANDS_GAP'],
  ['a gap wider than the rounding step', ikm, (d) => (d.schemes[0].bands[2].min = 65.01), 'schemes[0].bands[2].min', 'BANDS_GAP'],
  ['rounded bands touching (no step)', ikm, (d) => (d.schemes[0].bands[3].max = 65), 'schemes[0].bands[2].min', 'BANDS_OVERLAP'],
  ['unordered bands', rb2020, (d) => d.schemes[0].bands.reverse(), 'schemes[0].bands[1]', 'BANDS_UNORDERED'],
  ['a band with min above max', ikm, (d) => (d.schemes[0].bands[1].min = 90), 'schemes[0].bands[1]', 'INVALID_BAND_BOUNDS'],
  [
    'a bound with more decimals than the rounding',
    ikm,
    (d) => (d.schemes[0].bands[0].min = 88.305),
    'schemes[0].bands[0]',
    'BOUND_PRECISION',
  ],
  ['a band beyond the scale', rb2020, (d) => (d.schemes[0].bands[0].max = 101), 'schemes[0].bands[0].max', 'BAND_OUTSIDE_SCALE'],
  [
    'bands not reaching the scale maximum',
    rb2020,
    (d) => (d.schemes[0].bands[0].max = 99),
    'schemes[0].bands[0].max',
    'BANDS_DO_NOT_COVER_SCALE',
  ],
  [
    'bands not reaching the scale minimum',
    ikm,
    (d) => (d.schemes[0].bands[3].min = 30),
    'schemes[0].bands[3].min',
    'BANDS_DO_NOT_COVER_SCALE',
  ],
  [
    'a band code used twice',
    rb2020,
    (d) => (d.schemes[0].bands[1].code = 'AA'),
    'schemes[0].bands[1].code',
    'DUPLICATE_BAND_CODE',
  ],
  [
    'a name shared by two bands',
    ikm,
    (d) => (d.schemes[0].bands[1].aliases = ['Sangat Baik']),
    'schemes[0].bands[1]',
    'DUPLICATE_CATEGORY_NAME',
  ],
  [
    'a band code that is not a published code',
    rb2020,
    (d) => (d.schemes[0].bands[1].code = 'a plus'),
    'schemes[0].bands[1].code',
    'INVALID_CODE',
  ],
  ['a scheme without bands', rb2020, (d) => (d.schemes[0].bands = []), 'schemes[0].bands', 'NO_BANDS'],
  ['rounding decimals out of range', ikm, (d) => (d.schemes[0].decimals = -1), 'schemes[0].decimals', 'INVALID_DECIMALS'],
  [
    'an ordinal scheme on a numeric framework',
    rb2020,
    (d) => (d.schemes[0] = { ...d.schemes[0], boundaryRule: 'ordinal', bands: [] }),
    'schemes[0].boundaryRule',
    'SCHEME_KIND_MISMATCH',
  ],
  ['a missing ordinal level', opiniBpk, (d) => d.schemes[0].bands.splice(2, 1), 'schemes[0].bands', 'BANDS_GAP'],
  ['ordinal levels listed worst first', opiniBpk, (d) => d.schemes[0].bands.reverse(), 'schemes[0].bands[1]', 'BANDS_UNORDERED'],
  [
    'a fractional ordinal level',
    opiniBpk,
    (d) => (d.schemes[0].bands[1].level = 3.5),
    'schemes[0].bands[1].level',
    'INVALID_LEVEL',
  ],
  // Schemes over the years
  [
    'a scheme beyond the definition years',
    rb2020,
    (d) => (d.schemes[0].years.to = 2023),
    'schemes[0].years',
    'SCHEME_YEARS_OUTSIDE_DEFINITION',
  ],
  ['a year with no scheme', kipp, (d) => (d.schemes[1].years.from = 2020), 'schemes[1].years', 'SCHEME_YEARS_GAP'],
  ['a year with two schemes', kipp, (d) => (d.schemes[1].years.from = 2018), 'schemes[1].years', 'SCHEME_YEARS_OVERLAP'],
  ['the last years without a scheme', rb2020, (d) => (d.schemes[0].years.to = 2021), 'schemes[0].years', 'SCHEME_YEARS_GAP'],
  ['a scheme code used twice', kipp, (d) => (d.schemes[1].code = 'KIPP_2017'), 'schemes[1].code', 'DUPLICATE_CODE'],
];

describe('validateFrameworkDefinition', () => {
  it.each(cases)('catches %s', (_what, base, edit, path, code) => {
    expect(validateFrameworkDefinition(edited(base, edit))).toContainEqual({ path, code, message: expect.any(String) });
  });

  it('accepts the unedited bases, so each case above fails only for its edit', () => {
    expect([rb2020, ikm, kipp, opiniBpk].flatMap(validateFrameworkDefinition)).toEqual([]);
  });

  it('reports exactly the overlap, with a message naming both bands', () => {
    const issues = validateFrameworkDefinition(edited(rb2020, (d) => (d.schemes[0].bands[1].min = 79)));
    expect(issues).toEqual([
      { path: 'schemes[0].bands[1].min', code: 'BANDS_OVERLAP', message: 'A starts at 79, inside BB (up to 80)' },
    ]);
  });

  it('reports every problem at once, not only the first', () => {
    const issues = validateFrameworkDefinition(
      edited(rb2020, (d) => {
        d.nodes[0].children[2].weight = -30;
        d.scale.precision = 9;
      }),
    );
    expect(issues.map((i) => i.code).sort()).toEqual(['INVALID_PRECISION', 'NEGATIVE_WEIGHT', 'WEIGHTS_DO_NOT_MATCH_SCALE']);
  });

  it.each([null, 42, 'RB', []])('rejects %p as not a definition', (input) => {
    expect(validateFrameworkDefinition(input)).toEqual([
      { path: '', code: 'WRONG_TYPE', message: expect.stringContaining('the definition') },
    ]);
  });
});

describe('parseFrameworkDefinition', () => {
  it('returns a frozen copy of a valid definition', () => {
    const parsed = parseFrameworkDefinition(ikm);
    expect(parsed).toEqual(ikm);
    expect(Object.isFrozen(parsed.nodes[0])).toBe(true);
  });

  it('throws InvalidDefinitionError carrying the issues', () => {
    const broken = edited(rb2020, (d) => (d.schemes[0].boundaryRule = 'upper_inclusive'));
    expect(() => parseFrameworkDefinition(broken)).toThrow(InvalidDefinitionError);
    expect(() => parseFrameworkDefinition(broken)).toThrow(
      expect.objectContaining({
        code: 'INVALID_DEFINITION',
        issues: [expect.objectContaining({ path: 'schemes[0].boundaryRule', code: 'UNKNOWN_BOUNDARY_RULE' })],
      }),
    );
  });
});

describe('validateDefinitionSet', () => {
  const rb = parseFrameworkDefinition(rb2020);

  it('catches a version defined twice', () => {
    expect(validateDefinitionSet([rb, rb])).toEqual([
      expect.objectContaining({ path: '[1].version', code: 'DUPLICATE_VERSION' }),
    ]);
  });

  it('catches two versions of one code covering the same year', () => {
    const next: FrameworkDefinition = { ...rb, version: '2022b', years: { from: 2022, to: null } };
    expect(validateDefinitionSet([rb, next])).toEqual([
      expect.objectContaining({ path: '[1].years', code: 'VERSION_YEARS_OVERLAP' }),
    ]);
  });

  it('lets versions of different codes share years', () => {
    expect(validateDefinitionSet([rb, { ...rb, code: 'RB_COPY' }])).toEqual([]);
  });
});
