import { DomainError } from '../errors';
import { Band, CategoryBand, GradingScheme, RangeBand, RangeScheme, RankingScale } from '../frameworks/framework.types';
import { roundTo, stepOf } from '../numbers';

/** The scheme's bands sorted from the lowest to the highest bound. */
export function ascendingBands(bands: readonly RangeBand[]): RangeBand[] {
  return [...bands].sort((a, b) => a.min - b.min);
}

function inBand(value: number, band: RangeBand, scheme: RangeScheme, lowest: boolean, highest: boolean): boolean {
  switch (scheme.boundaryRule) {
    case 'lower_exclusive':
      return (lowest ? value >= band.min : value > band.min) && value <= band.max;
    case 'lower_inclusive':
      return value >= band.min && (highest ? value <= band.max : value < band.max);
    case 'lower_inclusive_rounded':
      return value >= band.min && value <= band.max;
  }
}

function gradeRange(value: number, scheme: RangeScheme): RangeBand | null {
  const compared = scheme.boundaryRule === 'lower_inclusive_rounded' ? roundTo(value, scheme.decimals) : value;
  const bands = ascendingBands(scheme.bands);
  return bands.find((band, i) => inBand(compared, band, scheme, i === 0, i === bands.length - 1)) ?? null;
}

/**
 * The band a value falls in under a scheme, by the scheme's boundary rule (see `BoundaryRule`).
 * Returns `null` when the value is outside the scheme's bands (out of scale, not finite, not a
 * level of an ordinal scheme) and always for `published_only` schemes, whose categories cannot be
 * computed from the value.
 *
 * @example grade(80.00, rb2020) → BB; grade(80.01, rb2020) → A; grade(64.99, ikm) → D; grade(65, ikm) → C
 */
export function grade(value: number, scheme: GradingScheme): Band | null {
  if (!Number.isFinite(value)) return null;
  switch (scheme.boundaryRule) {
    case 'ordinal':
      return scheme.bands.find((band) => band.level === value) ?? null;
    case 'published_only':
      return null;
    default:
      return gradeRange(value, scheme);
  }
}

/** The band of a scheme with the given code; throws `UNKNOWN_BAND` when there is none. */
export function findBand<B extends CategoryBand>(
  scheme: { readonly code: string; readonly bands: readonly B[] },
  code: string,
): B {
  const band = scheme.bands.find((b) => b.code === code);
  if (!band) {
    throw new DomainError('UNKNOWN_BAND', `Band "${code}" is not in scheme ${scheme.code}`);
  }
  return band;
}

function rangeThreshold(band: RangeBand, scheme: RangeScheme, scale: RankingScale): number {
  const bands = ascendingBands(scheme.bands);
  const step = stepOf(scale.precision);
  const lowest = bands[0].code === band.code;
  const highest = bands[bands.length - 1].code === band.code;
  // The value entering the band from its worse side: the lower bound on a higher-is-better scale.
  if (scale.higherIsBetter) {
    const exclusive = scheme.boundaryRule === 'lower_exclusive' && !lowest;
    return exclusive ? roundTo(band.min + step, scale.precision) : band.min;
  }
  const exclusive = scheme.boundaryRule === 'lower_inclusive' && !highest;
  return exclusive ? roundTo(band.max - step, scale.precision) : band.max;
}

/**
 * The least good value, at the scale's precision, that still earns a category: the target to aim
 * at for "reach A". On RB (">80–90", precision 2) that is 80.01 for A; on IKM it is 76.61 for B.
 * `null` for `published_only` schemes, whose categories have no known bounds.
 * Throws `UNKNOWN_BAND` when the scheme has no such band.
 */
export function categoryThreshold(scheme: GradingScheme, bandCode: string, scale: RankingScale): number | null {
  switch (scheme.boundaryRule) {
    case 'ordinal':
      return findBand(scheme, bandCode).level;
    case 'published_only':
      findBand(scheme, bandCode);
      return null;
    default:
      return rangeThreshold(findBand(scheme, bandCode), scheme, scale);
  }
}
