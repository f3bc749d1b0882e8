import { IssueList } from './definition-issue';
import { CategoryBand, GradingScheme, OrdinalScheme, RangeScheme, Scale } from './framework.types';
import { checkCitation, checkCode, checkUnique, checkYears, ValidationContext } from './validation-context';
import { firstYear, formatYears, lastYear } from './years';
import { bandNames, categoryKey } from '../grading/categories';
import { cleanFloat, isValidDecimals, roundTo, stepOf } from '../numbers';

// Band codes are published strings: "A-", "BB", "TOP_99", "IV".
const BAND_CODE_PATTERN = /^[A-Z0-9][A-Z0-9_+-]*$/;

function checkBandNames(scheme: GradingScheme, path: string, issues: IssueList): void {
  const bands: readonly CategoryBand[] = scheme.bands;
  checkUnique(
    bands,
    (band) => band.code,
    (_band, j, code) =>
      issues.add(
        `${path}.bands[${j}].code`,
        'DUPLICATE_BAND_CODE',
        `band code "${code}" is used more than once in ${scheme.code}`,
      ),
  );
  // Every name of a band must lead to that band only, or published strings become ambiguous.
  const owner = new Map<string, string>();
  bands.forEach((band, j) => {
    for (const name of bandNames(band)) {
      const key = categoryKey(name);
      const other = owner.get(key);
      if (other !== undefined && other !== band.code) {
        issues.add(
          `${path}.bands[${j}]`,
          'DUPLICATE_CATEGORY_NAME',
          `"${name}" names both ${other} and ${band.code} in ${scheme.code}`,
        );
      }
      owner.set(key, other ?? band.code);
    }
  });
}

function checkRangeBand(scheme: RangeScheme, j: number, scale: Scale, path: string, issues: IssueList): void {
  const band = scheme.bands[j];
  const bandPath = `${path}.bands[${j}]`;
  const rounded = scheme.boundaryRule === 'lower_inclusive_rounded';
  if (rounded && [band.min, band.max].some((bound) => roundTo(bound, scheme.decimals) !== bound)) {
    issues.add(
      bandPath,
      'BOUND_PRECISION',
      `${bandPath}: bounds ${band.min}–${band.max} have more than the scheme's ${scheme.decimals} decimals`,
    );
  }
  if (rounded ? band.min > band.max : band.min >= band.max) {
    issues.add(bandPath, 'INVALID_BAND_BOUNDS', `${bandPath}: min (${band.min}) must be below max (${band.max})`);
  }
  if (band.min < scale.min)
    issues.add(`${bandPath}.min`, 'BAND_OUTSIDE_SCALE', `${bandPath}.min ${band.min} is below the scale minimum ${scale.min}`);
  if (band.max > scale.max)
    issues.add(`${bandPath}.max`, 'BAND_OUTSIDE_SCALE', `${bandPath}.max ${band.max} is above the scale maximum ${scale.max}`);
  const previous = scheme.bands[j - 1];
  if (previous && (scale.higherIsBetter ? previous.min <= band.min : previous.min >= band.min)) {
    issues.add(
      bandPath,
      'BANDS_UNORDERED',
      `${bandPath} (${band.code}) must come after ${previous.code}: bands are listed best first`,
    );
  }
}

// Bands, sorted by bound, must tile the scale: each starts where the one below ends (contiguous
// rules) or one rounding step above it (the rounded rule, e.g. 64.99 | 65.00).
function checkRangeCoverage(scheme: RangeScheme, scale: Scale, path: string, issues: IssueList): void {
  const step = scheme.boundaryRule === 'lower_inclusive_rounded' ? stepOf(scheme.decimals) : 0;
  const sorted = scheme.bands.map((band, j) => ({ band, at: `${path}.bands[${j}]` })).sort((a, b) => a.band.min - b.band.min);
  sorted.slice(1).forEach(({ band, at }, k) => {
    const below = sorted[k].band;
    const expected = cleanFloat(below.max + step);
    if (band.min < expected)
      issues.add(`${at}.min`, 'BANDS_OVERLAP', `${band.code} starts at ${band.min}, inside ${below.code} (up to ${below.max})`);
    if (band.min > expected)
      issues.add(
        `${at}.min`,
        'BANDS_GAP',
        `${band.code} starts at ${band.min}, leaving a gap after ${below.code} (up to ${below.max}); expected ${expected}`,
      );
  });
  const lowest = sorted[0];
  const highest = sorted[sorted.length - 1];
  if (lowest.band.min !== scale.min) {
    issues.add(
      `${lowest.at}.min`,
      'BANDS_DO_NOT_COVER_SCALE',
      `the lowest band starts at ${lowest.band.min}, not at the scale minimum ${scale.min}`,
    );
  }
  if (highest.band.max !== scale.max) {
    issues.add(
      `${highest.at}.max`,
      'BANDS_DO_NOT_COVER_SCALE',
      `the highest band ends at ${highest.band.max}, not at the scale maximum ${scale.max}`,
    );
  }
}

function checkRangeScheme(scheme: RangeScheme, scale: Scale, path: string, issues: IssueList): void {
  if (scheme.boundaryRule === 'lower_inclusive_rounded' && !isValidDecimals(scheme.decimals)) {
    issues.add(`${path}.decimals`, 'INVALID_DECIMALS', `${path}.decimals must be an integer in 0..6, got ${scheme.decimals}`);
    return;
  }
  scheme.bands.forEach((_band, j) => checkRangeBand(scheme, j, scale, path, issues));
  checkRangeCoverage(scheme, scale, path, issues);
}

function checkOrdinalScheme(scheme: OrdinalScheme, scale: Scale, path: string, issues: IssueList): void {
  scheme.bands.forEach((band, j) => {
    const at = `${path}.bands[${j}]`;
    if (!Number.isInteger(band.level) || band.level < scale.min || band.level > scale.max) {
      issues.add(
        `${at}.level`,
        'INVALID_LEVEL',
        `${at}.level must be a whole number within ${scale.min}–${scale.max}, got ${band.level}`,
      );
    }
    const previous = scheme.bands[j - 1];
    if (previous && (scale.higherIsBetter ? previous.level <= band.level : previous.level >= band.level)) {
      issues.add(
        at,
        'BANDS_UNORDERED',
        `${at} (${band.code}) must come after ${previous.code}: levels are listed best first, each once`,
      );
    }
  });
  const levels = new Set(scheme.bands.map((band) => band.level));
  const missing: number[] = [];
  // Bounded by the number of bands: a scale wider than them stops after a few reported gaps.
  for (let level = scale.min; level <= scale.max && missing.length < 5; level++) {
    if (!levels.has(level)) missing.push(level);
  }
  if (missing.length > 0) issues.add(`${path}.bands`, 'BANDS_GAP', `${scheme.code} has no band at level ${missing.join(', ')}`);
}

function checkScheme(ctx: ValidationContext, scheme: GradingScheme, path: string): void {
  const { definition, issues } = ctx;
  checkCode(scheme.code, `${path}.code`, issues);
  checkCitation(ctx, scheme.regulation, `${path}.regulation`);
  checkYears(scheme.years, `${path}.years`, issues);
  if (firstYear(scheme.years) < firstYear(definition.years) || lastYear(scheme.years) > lastYear(definition.years)) {
    issues.add(
      `${path}.years`,
      'SCHEME_YEARS_OUTSIDE_DEFINITION',
      `${scheme.code} covers ${formatYears(scheme.years)}, beyond the definition's ${formatYears(definition.years)}`,
    );
  }
  const ordinalRule = scheme.boundaryRule === 'ordinal';
  if (scheme.boundaryRule !== 'published_only' && ordinalRule !== (definition.valueKind === 'ordinal')) {
    issues.add(
      `${path}.boundaryRule`,
      'SCHEME_KIND_MISMATCH',
      `${scheme.boundaryRule} does not grade ${definition.valueKind} values`,
    );
    return;
  }
  if (scheme.bands.length === 0) {
    issues.add(`${path}.bands`, 'NO_BANDS', `${scheme.code} has no bands`);
    return;
  }
  scheme.bands.forEach((band: CategoryBand, j) => {
    checkCode(band.code, `${path}.bands[${j}].code`, issues, BAND_CODE_PATTERN);
    checkCitation(ctx, band.regulation, `${path}.bands[${j}].regulation`);
  });
  checkBandNames(scheme, path, issues);
  if (scheme.boundaryRule === 'ordinal') checkOrdinalScheme(scheme, definition.scale, path, issues);
  else if (scheme.boundaryRule !== 'published_only') checkRangeScheme(scheme, definition.scale, path, issues);
}

// A definition's schemes must tile its years, so exactly one scheme applies to each year.
function checkSchemeYears(ctx: ValidationContext): void {
  const { definition, issues } = ctx;
  if (definition.schemes.length === 0) return;
  const sorted = definition.schemes
    .map((scheme, i) => ({ years: scheme.years, at: `schemes[${i}].years` }))
    .sort((a, b) => firstYear(a.years) - firstYear(b.years));
  if (firstYear(sorted[0].years) > firstYear(definition.years)) {
    issues.add(
      sorted[0].at,
      'SCHEME_YEARS_GAP',
      `no scheme covers the definition's first years (${formatYears(definition.years)})`,
    );
  }
  sorted.slice(1).forEach(({ years, at }, k) => {
    const end = lastYear(sorted[k].years);
    if (firstYear(years) <= end)
      issues.add(at, 'SCHEME_YEARS_OVERLAP', `${formatYears(years)} overlaps ${formatYears(sorted[k].years)}`);
    else if (firstYear(years) > end + 1)
      issues.add(
        at,
        'SCHEME_YEARS_GAP',
        `no scheme covers the years between ${formatYears(sorted[k].years)} and ${formatYears(years)}`,
      );
  });
  const last = sorted[sorted.length - 1];
  if (lastYear(last.years) < lastYear(definition.years)) {
    issues.add(last.at, 'SCHEME_YEARS_GAP', `no scheme covers the definition's last years (${formatYears(definition.years)})`);
  }
}

/** Checks every grading scheme: codes, sources, years, and its bands by its boundary rule. */
export function checkSchemes(ctx: ValidationContext): void {
  const { definition, issues } = ctx;
  definition.schemes.forEach((scheme, i) => checkScheme(ctx, scheme, `schemes[${i}]`));
  checkUnique(
    definition.schemes,
    (scheme) => scheme.code,
    (_s, i, code) => issues.add(`schemes[${i}].code`, 'DUPLICATE_CODE', `scheme code "${code}" is used more than once`),
  );
  checkSchemeYears(ctx);
}
