import { closestNames, COMPOSITE, DomainError, grade, readCategory, regionNameKey, schemeForYear, type FrameworkDefinition } from '@rapor/domain';
import { scaleProblem } from './results';

/** One row of an official-results file, as read (every cell still text). */
export interface RawOfficialRow {
  /** Line of the file (1 = header), for the report. */
  line: number;
  /** Region by official code ("19.71") or by name ("Kota Pangkal Pinang"). */
  region: string | null;
  value: string | null;
  category: string | null;
  source: string | null;
}

export interface CellError {
  column: 'region' | 'value' | 'category' | 'source';
  code: string;
  message: string;
  /** UNKNOWN_REGION only: the closest region names of the province (accents, case and spacing ignored), best first. */
  suggestions?: string[];
}

/** The report of one row: what it resolves to, or why it cannot be imported. */
export interface OfficialRowReport {
  line: number;
  regionCode: string | null;
  regionName: string | null;
  value: number | null;
  /** The category cell as written in the file ("Zona Hijau - Kualitas Tertinggi"), or null when empty. */
  categoryText: string | null;
  /** The band code the category cell was read as ("A"); null when empty or unreadable. */
  publishedCategory: string | null;
  /** How the category cell was read, e.g. `"Predikat BB" read as BB: "Predikat BB" is the code BB`; null when empty or unreadable. */
  categoryReading: string | null;
  /** The category the framework's band table gives the value; null without a value or when the scheme cannot compute one. */
  computedCategory: string | null;
  /** True when both categories exist and differ (an import keeps the published one, and flags it). */
  categoryMismatch: boolean;
  source: string | null;
  errors: CellError[];
}

interface RegionRef {
  code: string;
  name: string;
  provinceCode: string;
}

/** Parses a number as written in Indonesian files too: "70,46" and "70.46" are both 70.46. */
export function parseDecimal(text: string): number | null {
  const t = text.trim().replace(/\s/g, '');
  if (!/^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/.test(t)) return null;
  return Number(t.replace(',', '.'));
}

/**
 * Checks every row of an official-results file for a period: region known and in the
 * period's province (by code, or by name ignoring accents and case, with the closest names
 * suggested for a near miss), value a number on the framework's scale, category a phrase naming
 * one band of the year's scheme (read by `readCategory`: "Zona Hijau - Kualitas Tertinggi" → "A",
 * and the reading reported; an ordinal category gives its level as the value), the computed
 * category and any mismatch beside it, no region twice, a source for every row. Pure: no writes.
 */
export function checkOfficialRows(
  definition: FrameworkDefinition,
  year: number,
  provinceCode: string,
  regions: readonly RegionRef[],
  rows: readonly RawOfficialRow[],
  defaultSource: string | null,
): OfficialRowReport[] {
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const ofProvince = regions.filter((r) => r.provinceCode === provinceCode);
  const byName = new Map(ofProvince.map((r) => [regionNameKey(r.name), r]));
  const scheme = schemeForYear(definition, year);
  const seen = new Map<string, number>();
  return rows.map((raw) => {
    const errors: CellError[] = [];
    const report: OfficialRowReport = {
      line: raw.line,
      regionCode: null,
      regionName: null,
      value: null,
      categoryText: null,
      publishedCategory: null,
      categoryReading: null,
      computedCategory: null,
      categoryMismatch: false,
      source: null,
      errors,
    };
    const regionText = raw.region?.trim() ?? '';
    if (!regionText) errors.push({ column: 'region', code: 'MISSING_REGION', message: 'The region is empty' });
    else {
      const isCode = /^\d{2}\.\d{2}$/.test(regionText);
      const found = isCode ? byCode.get(regionText) : byName.get(regionNameKey(regionText));
      if (!found) {
        const suggestions = isCode ? [] : closestNames(regionText, ofProvince.map((r) => r.name));
        const hint = suggestions.length ? `; did you mean ${suggestions.map((n) => `"${n}"`).join(' or ')}?` : '';
        errors.push({
          column: 'region',
          code: 'UNKNOWN_REGION',
          message: `No kabupaten/kota "${regionText}" in province ${provinceCode}${hint}`,
          ...(isCode ? {} : { suggestions }),
        });
      }
      else if (found.provinceCode !== provinceCode) {
        errors.push({ column: 'region', code: 'REGION_NOT_IN_PROVINCE', message: `${found.name} (${found.code}) is not in province ${provinceCode}` });
      } else {
        report.regionCode = found.code;
        report.regionName = found.name;
        const first = seen.get(found.code);
        if (first !== undefined) errors.push({ column: 'region', code: 'DUPLICATE_ROW', message: `${found.name} already appears on line ${first}` });
        else seen.set(found.code, raw.line);
      }
    }
    const valueText = raw.value?.trim() ?? '';
    if (valueText) {
      const value = parseDecimal(valueText);
      if (value === null) errors.push({ column: 'value', code: 'NOT_A_NUMBER', message: `"${valueText}" is not a number` });
      else {
        const problem = scaleProblem(definition, COMPOSITE, value);
        if (problem) errors.push({ column: 'value', code: 'VALUE_OUT_OF_SCALE', message: problem });
        else report.value = value;
      }
    }
    const categoryText = raw.category?.trim() ?? '';
    report.categoryText = categoryText || null;
    if (categoryText) {
      if (!scheme) errors.push({ column: 'category', code: 'NO_GRADING_SCHEME', message: `${definition.code} has no categories for ${year}` });
      else {
        try {
          const reading = readCategory(categoryText, scheme);
          report.publishedCategory = reading.code;
          report.categoryReading = reading.explanation;
          if (scheme.boundaryRule === 'ordinal' && report.value === null && !valueText) {
            report.value = scheme.bands.find((b) => b.code === report.publishedCategory)?.level ?? null;
          }
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          errors.push({ column: 'category', code: error.code, message: error.message });
        }
      }
    }
    // What the framework computes from the value, beside what was published (principle 1).
    report.computedCategory = scheme && report.value !== null ? (grade(report.value, scheme)?.code ?? null) : null;
    report.categoryMismatch = report.publishedCategory !== null && report.computedCategory !== null && report.publishedCategory !== report.computedCategory;
    if (!valueText && !categoryText) errors.push({ column: 'value', code: 'VALUE_OR_CATEGORY_REQUIRED', message: 'Give a value, a category, or both' });
    report.source = raw.source?.trim() || defaultSource;
    if (!report.source) errors.push({ column: 'source', code: 'MISSING_SOURCE', message: 'Name the source (e.g. "LHE KemenPAN-RB 2023")' });
    return report;
  });
}
