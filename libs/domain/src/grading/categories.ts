import { DomainError } from '../errors';
import { CategoryBand, GradingScheme } from '../frameworks/framework.types';
import { grade } from './grade';

// Words that news and decrees put before a category ("predikat BB", "opini WTP") without changing it.
const PREFIX_WORDS = /^(predikat|kategori|opini)\s+/;
const DASHES = /[\u2010-\u2015\u2212]/g;
const QUOTES_AND_DOTS = /["'\u2018\u2019\u201C\u201D.]/g;
const PARENTHESES = /[()]/g;
const WITH_PARENTHESIS = /^(.*?)\s*\((.*)\)$/;

/**
 * The comparison key of a category string: case, spacing, quotes, dots, parentheses, dash variants
 * and a leading "Predikat"/"Kategori"/"Opini" do not matter ("Predikat A – ", "a-" and "A-" are
 * one key; so are "Baik (Dengan Catatan)" and "baik dengan catatan").
 */
export function categoryKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(DASHES, '-')
    .replace(QUOTES_AND_DOTS, '')
    .replace(PARENTHESES, ' ')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(PREFIX_WORDS, '');
}

/** Every string that names a band: its code, both labels and its aliases. */
export function bandNames(band: CategoryBand): string[] {
  return [band.code, band.labels.id, band.labels.en, ...(band.aliases ?? [])];
}

function lookup(scheme: GradingScheme, text: string): CategoryBand | undefined {
  const key = categoryKey(text);
  return scheme.bands.find((band: CategoryBand) => bandNames(band).some((name) => categoryKey(name) === key));
}

function knownCodes(scheme: GradingScheme): string {
  return scheme.bands.map((band) => band.code).join(', ');
}

function unknown(input: string, scheme: GradingScheme): DomainError {
  return new DomainError(
    'UNKNOWN_CATEGORY',
    `Unknown category "${input}" for scheme ${scheme.code} (known: ${knownCodes(scheme)})`,
  );
}

function resolveWithParenthesis(input: string, scheme: GradingScheme): CategoryBand {
  const match = WITH_PARENTHESIS.exec(input.trim());
  if (!match) throw unknown(input, scheme);
  const outer = lookup(scheme, match[1]);
  const inner = lookup(scheme, match[2]);
  if (!outer || !inner) throw unknown(input, scheme);
  if (outer.code !== inner.code) {
    throw new DomainError(
      'AMBIGUOUS_CATEGORY',
      `Category "${input}" names two bands of scheme ${scheme.code}: ${outer.code} and ${inner.code}`,
    );
  }
  return outer;
}

/**
 * Maps a published category string to the code of a band of the scheme. Matches the band's code,
 * its Indonesian or English label or an alias, ignoring case, spacing, dash variants and a leading
 * "Predikat"/"Kategori"/"Opini"; "CODE (Label)" is accepted when both parts name the same band.
 *
 * @example normalizeCategory("A- (Sangat Baik)", ipp) → "A-"; normalizeCategory("Wajar Tanpa Pengecualian", bpk) → "WTP"
 * @throws DomainError `UNKNOWN_CATEGORY` naming the string when nothing matches;
 *   `AMBIGUOUS_CATEGORY` when the code and the label in parentheses name different bands.
 */
export function normalizeCategory(input: string, scheme: GradingScheme): string {
  return (lookup(scheme, input) ?? resolveWithParenthesis(input, scheme)).code;
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
