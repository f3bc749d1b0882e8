import { COMPOSITE, DomainError, normalizeCategory, schemeForYear, type FrameworkDefinition } from '@rapor/domain';
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
}

/** The report of one row: what it resolves to, or why it cannot be imported. */
export interface OfficialRowReport {
  line: number;
  regionCode: string | null;
  regionName: string | null;
  value: number | null;
  publishedCategory: string | null;
  source: string | null;
  errors: CellError[];
}

interface RegionRef {
  code: string;
  name: string;
  provinceCode: string;
}

const nameKey = (s: string) =>
  s
    .toLowerCase()
    .replace(/^kab\.?\s+/, 'kabupaten ')
    .replace(/\s+/g, ' ')
    .trim();

/** Parses a number as written in Indonesian files too: "70,46" and "70.46" are both 70.46. */
export function parseDecimal(text: string): number | null {
  const t = text.trim().replace(/\s/g, '');
  if (!/^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/.test(t)) return null;
  return Number(t.replace(',', '.'));
}

/**
 * Checks every row of an official-results file for a period: region known and in the
 * period's province (by code or name), value a number on the framework's scale, category one
 * of the year's scheme (normalised: "A- (Sangat Baik)" → "A-"; an ordinal category gives its
 * level as the value), no region twice, a source for every row. Pure: no writes.
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
  const byName = new Map(regions.filter((r) => r.provinceCode === provinceCode).map((r) => [nameKey(r.name), r]));
  const scheme = schemeForYear(definition, year);
  const seen = new Map<string, number>();
  return rows.map((raw) => {
    const errors: CellError[] = [];
    const report: OfficialRowReport = { line: raw.line, regionCode: null, regionName: null, value: null, publishedCategory: null, source: null, errors };
    const regionText = raw.region?.trim() ?? '';
    if (!regionText) errors.push({ column: 'region', code: 'MISSING_REGION', message: 'The region is empty' });
    else {
      const found = /^\d{2}\.\d{2}$/.test(regionText) ? byCode.get(regionText) : byName.get(nameKey(regionText));
      if (!found) errors.push({ column: 'region', code: 'UNKNOWN_REGION', message: `No kabupaten/kota "${regionText}"` });
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
    if (categoryText) {
      if (!scheme) errors.push({ column: 'category', code: 'NO_GRADING_SCHEME', message: `${definition.code} has no categories for ${year}` });
      else {
        try {
          report.publishedCategory = normalizeCategory(categoryText, scheme);
          if (scheme.boundaryRule === 'ordinal' && report.value === null && !valueText) {
            report.value = scheme.bands.find((b) => b.code === report.publishedCategory)?.level ?? null;
          }
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          errors.push({ column: 'category', code: 'UNKNOWN_CATEGORY', message: error.message });
        }
      }
    }
    if (!valueText && !categoryText) errors.push({ column: 'value', code: 'VALUE_OR_CATEGORY_REQUIRED', message: 'Give a value, a category, or both' });
    report.source = raw.source?.trim() || defaultSource;
    if (!report.source) errors.push({ column: 'source', code: 'MISSING_SOURCE', message: 'Name the source (e.g. "LHE KemenPAN-RB 2023")' });
    return report;
  });
}
