// The structure of a definition file, mirroring the types in framework.types.ts.
import { AGGREGATIONS, BOUNDARY_RULES, FACT_STATUSES } from './framework.types';
import { arrayOf, boolean, lazy, nullable, number, object, oneOf, Shape, text, variant } from './shape';

const localized = object({ id: text, en: text });
const status = oneOf(FACT_STATUSES);
const notes = arrayOf(text);
const years = object({ from: nullable(number), to: nullable(number) });
const scale = object({ min: number, max: number, precision: number, higherIsBetter: boolean });

const regulation = object({ citation: text, title: text, status });

const node: Shape = object(
  { code: text, names: localized, weight: number, regulation: text, status },
  {
    scale,
    aggregation: oneOf(AGGREGATIONS, 'UNKNOWN_AGGREGATION'),
    notes,
    children: arrayOf(lazy(() => node)),
  },
);

const bandBase = { code: text, labels: localized, regulation: text, status };
const bandOptional = { aliases: arrayOf(text), notes };
const rangeBand = object({ ...bandBase, min: number, max: number }, bandOptional);
const ordinalBand = object({ ...bandBase, level: number }, bandOptional);
const categoryBand = object(bandBase, bandOptional);

const schemeBase = { code: text, names: localized, regulation: text, status, notes, years };

function scheme(rule: string, band: Shape, extra: Record<string, Shape> = {}): Shape {
  return object({ ...schemeBase, ...extra, boundaryRule: oneOf([rule]), bands: arrayOf(band) });
}

const gradingScheme = variant(
  'boundaryRule',
  {
    lower_exclusive: scheme('lower_exclusive', rangeBand),
    lower_inclusive: scheme('lower_inclusive', rangeBand),
    lower_inclusive_rounded: scheme('lower_inclusive_rounded', rangeBand, { decimals: number }),
    ordinal: scheme('ordinal', ordinalBand),
    published_only: scheme('published_only', categoryBand),
  } satisfies Record<(typeof BOUNDARY_RULES)[number], Shape>,
  'UNKNOWN_BOUNDARY_RULE',
);

/** The structure of a `FrameworkDefinition` (types only; meaning is checked by the validator). */
export const definitionShape: Shape = object({
  code: text,
  version: text,
  names: localized,
  regulations: arrayOf(regulation),
  status,
  notes,
  years,
  level: oneOf(['region', 'unit']),
  valueKind: oneOf(['numeric', 'ordinal']),
  scale,
  publishedGradeAuthoritative: boolean,
  aggregation: oneOf(AGGREGATIONS, 'UNKNOWN_AGGREGATION'),
  nodes: arrayOf(node),
  schemes: arrayOf(gradingScheme),
});
