import { DomainError } from '../errors';
import { CategoryBand, GradingScheme } from '../frameworks/framework.types';

/** How one part of a published category phrase was read. */
export type CategoryPartKind =
  /** The band's code ("BB"). */
  | 'CODE'
  /** The band's Indonesian label ("Sangat Baik"). */
  | 'LABEL'
  /** The band's English label ("Very good"). */
  | 'LABEL_EN'
  /** Another name the framework data gives the band ("Tertinggi"). */
  | 'ALIAS'
  /** An Ombudsman colour zone ("Zona Hijau") where the scheme's categories are grades, not zones: not checked. */
  | 'ZONE'
  /** A word that introduces a category ("Predikat", "Kategori", "Nilai"): ignored. */
  | 'FILLER';

/** One part of a phrase and what it was read as. */
export interface CategoryPart {
  /** The part as written. */
  readonly text: string;
  readonly readAs: CategoryPartKind;
  /** The band code the part names; null for zones and filler words. */
  readonly code: string | null;
}

/** What a published category phrase was read as, and how. */
export interface CategoryReading {
  /** The band code the phrase names. */
  readonly code: string;
  /** The phrase as written. */
  readonly text: string;
  /** True when the phrase is exactly the band code ("BB"); false when anything had to be interpreted. */
  readonly exact: boolean;
  /** Each part of the phrase and what it was read as, in order. */
  readonly parts: readonly CategoryPart[];
  /** One sentence for a report, e.g. `"Zona Hijau - Kualitas Tertinggi" read as A: "Kualitas Tertinggi" is the label of A; ...`. */
  readonly explanation: string;
}

const DASHES = /[\u2010-\u2015\u2212]/g;
const QUOTES_AND_DOTS = /["'\u2018\u2019\u201C\u201D.]/g;
// Words that introduce a category in decrees and news ("predikat BB", "opini WTP", "nilai: A").
const FILLERS = ['predikat', 'kategori', 'opini', 'nilai', 'hasil', 'peringkat', 'grade', 'category'];
const LEADING_FILLER = new RegExp(`^(${FILLERS.join('|')})\\s+`);
// "Kualitas Tinggi" names B of the Ombudsman 2022 grades, so "kualitas" is dropped only when the
// phrase does not match with it.
const SOFT_PREFIX = /^kualitas\s+/;
// The Ombudsman's colour zones (up to 2021 the categories themselves; from 2022 groups of grades).
const ZONE = /^(zona\s+)?(hijau|kuning|merah)$/;
// Parts of a phrase: parentheses, brackets, commas, colons, slashes, bars, and dashes between
// words (" - ", or "Hijau-Kualitas"); the dash of a code such as "A-" is kept.
const SEPARATORS = /[()[\],;:/|]|\s+-+\s+|(?<=\p{L}{3})-(?=\p{L}{3})/u;

/**
 * The comparison key of a category string: case, spacing, quotes, dots, parentheses, dash variants
 * and a leading "Predikat"/"Kategori"/"Opini"/"Nilai" do not matter ("Predikat A – ", "a-" and
 * "A-" are one key; so are "Baik (Dengan Catatan)" and "baik dengan catatan").
 */
export function categoryKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(DASHES, '-')
    .replace(QUOTES_AND_DOTS, '')
    .replace(/[()]/g, ' ')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(LEADING_FILLER, '');
}

/** Every string that names a band, with what it is: code first, then labels, then aliases. */
function namesOf(band: CategoryBand): [string, CategoryPartKind][] {
  return [[band.code, 'CODE'], [band.labels.id, 'LABEL'], [band.labels.en, 'LABEL_EN'], ...(band.aliases ?? []).map((a): [string, CategoryPartKind] => [a, 'ALIAS'])];
}

/** The band a whole string names, and how; undefined when it names none. */
function lookup(scheme: GradingScheme, text: string): { band: CategoryBand; kind: CategoryPartKind } | undefined {
  const keys = [categoryKey(text)];
  if (SOFT_PREFIX.test(keys[0])) keys.push(keys[0].replace(SOFT_PREFIX, ''));
  for (const key of keys) {
    if (!key) continue;
    // Codes first: RB 2023's "A-" is a code and a label at once.
    for (const kind of ['CODE', 'LABEL', 'LABEL_EN', 'ALIAS'] as const) {
      const band = scheme.bands.find((b: CategoryBand) => namesOf(b).some(([name, k]) => k === kind && categoryKey(name) === key));
      if (band) return { band, kind };
    }
  }
  return undefined;
}

/** The parts of one segment: a band name, a zone, a filler word, or a code followed by a label ("A Pelayanan Prima"). */
function readSegment(scheme: GradingScheme, segment: string): CategoryPart[] | null {
  const found = lookup(scheme, segment);
  if (found) return [{ text: segment, readAs: found.kind, code: found.band.code }];
  const key = categoryKey(segment);
  if (key === '' || FILLERS.includes(key)) return [{ text: segment, readAs: 'FILLER', code: null }];
  if (ZONE.test(key)) return [{ text: segment, readAs: 'ZONE', code: null }];
  const words = segment.split(/\s+/);
  for (let k = 1; k < words.length; k++) {
    const head = lookup(scheme, words.slice(0, k).join(' '));
    const tail = lookup(scheme, words.slice(k).join(' '));
    if (head && tail) {
      return [
        { text: words.slice(0, k).join(' '), readAs: head.kind, code: head.band.code },
        { text: words.slice(k).join(' '), readAs: tail.kind, code: tail.band.code },
      ];
    }
  }
  return null;
}

/** "A \"Kualitas Tertinggi\", B \"Tinggi\", ...": what a scheme knows, for error messages. */
export function knownCategories(scheme: GradingScheme): string {
  return scheme.bands.map((b) => (categoryKey(b.labels.id) === categoryKey(b.code) ? b.code : `${b.code} "${b.labels.id}"`)).join(', ');
}

function unknown(input: string, scheme: GradingScheme, why = ''): DomainError {
  return new DomainError('UNKNOWN_CATEGORY', `Unknown category "${input}" for scheme ${scheme.code}${why} (known: ${knownCategories(scheme)})`);
}

const DESCRIBE: Record<CategoryPartKind, (p: CategoryPart) => string> = {
  CODE: (p) => `"${p.text}" is the code ${p.code}`,
  LABEL: (p) => `"${p.text}" is the label of ${p.code}`,
  LABEL_EN: (p) => `"${p.text}" is the English label of ${p.code}`,
  ALIAS: (p) => `"${p.text}" is another name of ${p.code}`,
  ZONE: (p) => `"${p.text}" is a zone, not a category of this scheme (not checked)`,
  FILLER: (p) => `"${p.text}" ignored`,
};

/**
 * Reads a published category phrase as officials and the press write it, and says how: a band's
 * code, Indonesian or English label or alias anywhere in the text, in any case, with "Predikat",
 * "Kategori", "Nilai", "Kualitas …", parentheses or dashes ("Predikat BB", "A (Pelayanan Prima)",
 * "Zona Hijau - Kualitas Tertinggi"). An Ombudsman zone beside a grade is accepted and reported as
 * not checked. Pure.
 *
 * @throws DomainError `UNKNOWN_CATEGORY` when a part names nothing of the scheme (or only a zone),
 *   listing the scheme's codes and labels; `AMBIGUOUS_CATEGORY` when parts name different bands.
 */
export function readCategory(input: string, scheme: GradingScheme): CategoryReading {
  const text = input.trim();
  const whole = lookup(scheme, text);
  let parts: CategoryPart[];
  if (whole) parts = [{ text, readAs: whole.kind, code: whole.band.code }];
  else {
    const segments = text
      .replace(DASHES, '-')
      .split(SEPARATORS)
      .map((s) => s.trim())
      .filter((s) => s !== '');
    parts = [];
    for (const segment of segments) {
      const read = readSegment(scheme, segment);
      if (!read) throw unknown(input, scheme, segments.length > 1 ? `: "${segment}" names none of its categories` : '');
      parts.push(...read);
    }
  }
  const codes = [...new Set(parts.flatMap((p) => (p.code === null ? [] : [p.code])))];
  if (codes.length === 0) {
    throw unknown(input, scheme, parts.some((p) => p.readAs === 'ZONE') ? ': a zone alone does not name one of its categories' : '');
  }
  if (codes.length > 1) {
    throw new DomainError('AMBIGUOUS_CATEGORY', `Category "${input}" names two bands of scheme ${scheme.code}: ${codes.join(' and ')}`);
  }
  const code = codes[0];
  const exact = text === code;
  const explanation = exact ? `"${text}" is the code ${code}` : `"${text}" read as ${code}: ${parts.map((p) => DESCRIBE[p.readAs](p)).join('; ')}`;
  return { code, text, exact, parts, explanation };
}
