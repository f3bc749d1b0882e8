import { CategoryBand, GradingScheme } from '../frameworks/framework.types';
import { readCategory } from './category-phrase';
import { grade } from './grade';

export { categoryKey } from './category-phrase';

/** Every string that names a band: its code, both labels and its aliases. */
export function bandNames(band: CategoryBand): string[] {
  return [band.code, band.labels.id, band.labels.en, ...(band.aliases ?? [])];
}

/**
 * Maps a published category string to the code of a band of the scheme, as {@link readCategory}
 * reads it: a code, label or alias anywhere in the phrase, in any case, with "Predikat", "Zona …",
 * "Kualitas …", dashes or parentheses ("CODE (Label)" when both name the same band).
 *
 * @example normalizeCategory("A- (Sangat Baik)", ipp) → "A-"; normalizeCategory("Zona Hijau - Kualitas Tertinggi", ombudsman2022) → "A"
 * @throws DomainError `UNKNOWN_CATEGORY` naming the string and the scheme's codes and labels when
 *   nothing matches; `AMBIGUOUS_CATEGORY` when parts of the phrase name different bands.
 */
export function normalizeCategory(input: string, scheme: GradingScheme): string {
  return readCategory(input, scheme).code;
}

/** The published and computed categories of a result side by side (principle 1 of the reference). */
export interface CategoryComparison {
  /** Band code of the published category, or `null` when none was published. */
  readonly published: string | null;
  /** Band code computed from the value by the scheme, or `null` (no value, out of scale, or not computable). */
  readonly computed: string | null;
  /** True when both exist and differ — e.g. IPP 4.16 published "A" but A- by the band table. */
  readonly mismatch: boolean;
  /** What leaderboards show: the published category when it exists, else the computed one. */
  readonly shown: string | null;
}

/**
 * Compares the category published for a value with the one the scheme computes.
 * The published string is normalised with {@link normalizeCategory} (and rejected when unknown).
 */
export function compareCategories(value: number | null, published: string | null, scheme: GradingScheme): CategoryComparison {
  const publishedCode = published === null ? null : normalizeCategory(published, scheme);
  const computedCode = value === null ? null : (grade(value, scheme)?.code ?? null);
  return {
    published: publishedCode,
    computed: computedCode,
    mismatch: publishedCode !== null && computedCode !== null && publishedCode !== computedCode,
    shown: publishedCode ?? computedCode,
  };
}
