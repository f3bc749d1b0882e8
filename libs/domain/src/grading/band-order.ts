import { DomainError } from '../errors';
import { CategoryBand, GradingScheme } from '../frameworks/framework.types';
import { normalizeCategory } from './categories';

function bandOf(scheme: GradingScheme, code: string): CategoryBand | null {
  const exact = scheme.bands.find((band: CategoryBand) => band.code === code);
  if (exact) return exact;
  try {
    const normalised = normalizeCategory(code, scheme);
    return scheme.bands.find((band: CategoryBand) => band.code === normalised) ?? null;
  } catch (error) {
    if (error instanceof DomainError) return null;
    throw error;
  }
}

/**
 * Where a category stands in its scheme: 0 for the best band, as schemes list their bands best
 * first (AA, A, BB, B, CC, C, D; Hijau, Kuning, Merah). `null` for no category or one the scheme
 * does not know.
 */
export function bandPosition(scheme: GradingScheme | null, code: string | null): number | null {
  if (!scheme || code === null) return null;
  const band = bandOf(scheme, code);
  return band ? (scheme.bands as readonly CategoryBand[]).indexOf(band) : null;
}

/**
 * Orders categories by the scheme's band order, best first (never alphabetically: A before BB
 * before B). With `descending`, worst first. Categories the scheme does not know, then missing
 * ones, come last either way.
 */
export function compareByBandOrder(
  scheme: GradingScheme | null,
  descending = false,
): (a: string | null, b: string | null) => number {
  return (a, b) => {
    const pa = bandPosition(scheme, a);
    const pb = bandPosition(scheme, b);
    const key = (p: number | null, code: string | null) => (p !== null ? 0 : code !== null ? 1 : 2);
    if (key(pa, a) !== key(pb, b)) return key(pa, a) - key(pb, b);
    if (pa !== null && pb !== null) return descending ? pb - pa : pa - pb;
    return 0;
  };
}

/** A category code with its labels in Indonesian and English, e.g. BB "Sangat Baik" / "Very good". */
export interface CategoryLabel {
  readonly code: string;
  /** Indonesian label, as the scheme's table publishes it. */
  readonly id: string;
  /** English meaning. */
  readonly en: string;
}

/** The labels of a category under a scheme; `null` for no category or one the scheme does not know. */
export function categoryLabel(scheme: GradingScheme | null, code: string | null): CategoryLabel | null {
  if (!scheme || code === null) return null;
  const band = bandOf(scheme, code);
  return band ? { code: band.code, id: band.labels.id, en: band.labels.en } : null;
}
