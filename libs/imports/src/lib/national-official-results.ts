import { checkOfficialRows, type CellError, type OfficialRowReport, type RawOfficialRow } from '@rapor/assessments';
import { closestNames, regionNameKey, type FrameworkDefinition } from '@rapor/domain';

/** A region of the national reference list. */
export interface NationalRegion {
  code: string;
  name: string;
  provinceCode: string;
}

/** What a row would do to the stored official result of its region. */
export type NationalRowStatus = 'new' | 'changed' | 'unchanged' | 'error';

/** One row of a national table: the province it belongs to (null when the region is unknown) and what it would change. */
export interface NationalRowReport extends OfficialRowReport {
  provinceCode: string | null;
  status: NationalRowStatus;
}

/** The stored official (composite) result of a region in a period, as an import compares it. */
export interface StoredOfficialResult {
  regionCode: string;
  value: number | null;
  publishedCategory: string | null;
  state: string;
  sourceNote: string | null;
}

/** A province's existing period of the framework version and year, if any. */
export interface ExistingPeriod {
  id: string;
  provinceCode: string;
  state: string;
}

/** What a national table would do in one province. */
export interface ProvincePlan {
  provinceCode: string;
  provinceName: string;
  /** The province's period of the framework version and year; null when the import would open it. */
  periodId: string | null;
  periodState: string | null;
  /** The period does not exist yet and a real run would open it. */
  opensPeriod: boolean;
  rows: number;
  new: number;
  changed: number;
  unchanged: number;
  failed: number;
  categoryMismatches: number;
  /** Why a real run cannot write this province's rows (the period is published: amend first), or null. */
  blocked: string | null;
  /** The rows of the file for this province, as read. */
  raw: RawOfficialRow[];
}

export interface NationalPlan {
  rows: NationalRowReport[];
  provinces: ProvincePlan[];
}

// A real import writes into periods in these states; a published one must be amended first.
const IMPORTABLE = new Set(['open', 'in_review', 'amended']);

/**
 * Splits the rows of a national table by province and checks each province's rows with the
 * province import's own rules (`checkOfficialRows`), then says per row whether it is new,
 * changed or unchanged against the stored results, and per province what a real run would do.
 * A region is found by its code, or by its name where the name is unique in the country
 * (several provinces have, say, a "Kabupaten Barito …": the code decides then). Pure.
 */
export function planNationalImport(input: {
  definition: FrameworkDefinition;
  year: number;
  regions: readonly NationalRegion[];
  provinceNames: ReadonlyMap<string, string>;
  periods: readonly ExistingPeriod[];
  stored: ReadonlyMap<string, StoredOfficialResult>;
  rows: readonly RawOfficialRow[];
  defaultSource: string | null;
}): NationalPlan {
  const { definition, year, regions, rows, defaultSource } = input;
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const byName = new Map<string, NationalRegion[]>();
  for (const r of regions) byName.set(regionNameKey(r.name), [...(byName.get(regionNameKey(r.name)) ?? []), r]);

  const groups = new Map<string, RawOfficialRow[]>();
  const unplaced: { raw: RawOfficialRow; error: CellError | null }[] = [];
  for (const raw of rows) {
    const text = raw.region?.trim() ?? '';
    const isCode = /^\d{2}\.\d{2}$/.test(text);
    const found = !text ? [] : isCode ? [byCode.get(text)].filter((r) => r !== undefined) : (byName.get(regionNameKey(text)) ?? []);
    if (found.length === 1) {
      const province = found[0].provinceCode;
      groups.set(province, [...(groups.get(province) ?? []), raw]);
    } else if (!text) unplaced.push({ raw, error: null });
    else if (found.length > 1) {
      const where = found.map((r) => `${r.code} (province ${r.provinceCode})`).join(', ');
      unplaced.push({ raw, error: { column: 'region', code: 'AMBIGUOUS_REGION', message: `"${text}" names more than one kabupaten/kota: ${where}; give the code` } });
    } else {
      const suggestions = isCode ? [] : closestNames(text, regions.map((r) => r.name));
      const hint = suggestions.length ? `; did you mean ${suggestions.map((n) => `"${n}"`).join(' or ')}?` : '';
      unplaced.push({
        raw,
        error: { column: 'region', code: 'UNKNOWN_REGION', message: `No kabupaten/kota "${text}" in Indonesia${hint}`, ...(isCode ? {} : { suggestions }) },
      });
    }
  }

  const reports = new Map<RawOfficialRow, NationalRowReport>();
  const provinces: ProvincePlan[] = [];
  const periodOf = new Map(input.periods.map((p) => [p.provinceCode, p]));
  for (const [provinceCode, raw] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const period = periodOf.get(provinceCode) ?? null;
    const checked = checkOfficialRows(definition, year, provinceCode, regions, raw, defaultSource);
    const plan: ProvincePlan = {
      provinceCode,
      provinceName: input.provinceNames.get(provinceCode) ?? provinceCode,
      periodId: period?.id ?? null,
      periodState: period?.state ?? null,
      opensPeriod: period === null,
      rows: raw.length,
      new: 0,
      changed: 0,
      unchanged: 0,
      failed: 0,
      categoryMismatches: 0,
      blocked: null,
      raw,
    };
    checked.forEach((report, i) => {
      const status = rowStatus(report, period ? input.stored.get(`${period.id}|${report.regionCode}`) : undefined);
      plan[status === 'error' ? 'failed' : status]++;
      if (report.categoryMismatch) plan.categoryMismatches++;
      reports.set(raw[i], { ...report, provinceCode, status });
    });
    if (period && !IMPORTABLE.has(period.state) && plan.new + plan.changed > 0) plan.blocked = 'PERIOD_ALREADY_PUBLISHED';
    provinces.push(plan);
  }
  // Rows without a province are still checked for their value, category and source.
  if (unplaced.length) {
    const checked = checkOfficialRows(definition, year, '', [], unplaced.map((u) => u.raw), defaultSource);
    checked.forEach((report, i) => {
      const errors = [...(unplaced[i].error ? [unplaced[i].error] : report.errors.filter((e) => e.column === 'region')), ...report.errors.filter((e) => e.column !== 'region')];
      reports.set(unplaced[i].raw, { ...report, errors, provinceCode: null, status: 'error' });
    });
  }
  return { rows: rows.map((raw) => reports.get(raw)!), provinces };
}

function rowStatus(report: OfficialRowReport, stored: StoredOfficialResult | undefined): NationalRowStatus {
  if (report.errors.length > 0) return 'error';
  if (!stored) return 'new';
  // What `upsertOfficial` compares: a re-upload of the same table changes nothing.
  const same =
    stored.value === report.value && stored.publishedCategory === report.publishedCategory && stored.state === 'verified' && stored.sourceNote === report.source;
  return same ? 'unchanged' : 'changed';
}
