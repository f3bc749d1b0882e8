import { Injectable } from '@nestjs/common';
import { AssessmentsRepository, AssessmentsService, type PeriodRow } from '@rapor/assessments';
import { AppError, type Principal } from '@rapor/db';
import type { RequestContext } from '@rapor/platform';
import { RegionsService } from '@rapor/regions';
import { ImportsService } from './imports.service';
import { NationalImportsRepository } from './national-imports.repository';
import { planNationalImport, type NationalRowReport, type ProvincePlan } from './national-official-results';
import { officialExportRows, type OfficialExportRow, type PublishedResultLike } from './official-results-export';
import type { OfficialColumns, OfficialFile } from './official-results-file';

/** A framework and evaluation year, as the national routes name them. */
export interface NationalTable {
  frameworkCode: string;
  year: number;
}

/** A province of a national import report (the rows of the file are in `rows`). */
export type NationalProvinceReport = Omit<ProvincePlan, 'raw'>;

/** What an upload of a national table answers, also when rows fail (then nothing was written). */
export interface NationalImportReport {
  frameworkCode: string;
  year: number;
  /** The framework version covering the year: the one each opened period gets. */
  frameworkVersion: string;
  dryRun: boolean;
  /** Every row can be imported. */
  valid: boolean;
  /** The rows were written (a real run of a valid file). */
  written: boolean;
  /** Values written: 0 on a dry run and when the same table is imported again. */
  changed: number;
  /** Whether a real run would be accepted now (rows permitting): not while a province with changes is published. */
  realRun: { allowed: boolean; code: string | null; message: string | null };
  message: string;
  summary: {
    rows: number;
    ok: number;
    failed: number;
    new: number;
    changed: number;
    unchanged: number;
    categoryMismatches: number;
    provinces: number;
    periodsToOpen: number;
  };
  columns: OfficialColumns;
  provinces: NationalProvinceReport[];
  rows: NationalRowReport[];
}

export interface NationalResultsExport {
  /** The file name without its extension, e.g. "official-results-RB-2023-national". */
  basename: string;
  rows: OfficialExportRow[];
}

/** Only the platform operator imports or exports a whole country's table. */
function assertOperator(p: Principal): void {
  if (!p.role) throw new AppError('UNAUTHENTICATED', 'Sign in first');
  if (p.role !== 'operator') throw new AppError('FORBIDDEN', 'Only the platform operator may import or export a national table');
}

const sum = (plans: readonly ProvincePlan[], key: 'new' | 'changed' | 'unchanged' | 'categoryMismatches') => plans.reduce((n, p) => n + p[key], 0);

/**
 * National official results: one table of every kabupaten/kota for a framework and year, split
 * into each province's period (opened where missing, with the framework version of the year),
 * checked and written all or nothing in the request's one transaction.
 */
@Injectable()
export class NationalImportsService {
  constructor(
    private readonly imports: ImportsService,
    private readonly assessments: AssessmentsService,
    private readonly periods: AssessmentsRepository,
    private readonly regions: RegionsService,
    private readonly repo: NationalImportsRepository,
  ) {}

  /** Checks (dry run) or imports a national table; any row error, or a published province with changes, writes nothing. */
  importNational(ctx: RequestContext, table: NationalTable, file: OfficialFile, options: { dryRun: boolean; source: string | null }): Promise<NationalImportReport> {
    assertOperator(ctx.principal);
    return this.imports.transaction(ctx, async () => {
      const framework = await this.frameworkOf(table);
      const periods = await this.periodsOf(table, framework.id);
      const [regions, provinces, stored] = [await this.periods.allRegions(), await this.regions.provinces(ctx), await this.repo.storedOfficialResults(periods.map((p) => p.id))];
      const plan = planNationalImport({
        definition: framework.definition,
        year: table.year,
        regions,
        provinceNames: new Map(provinces.map((p) => [p.code, p.name])),
        periods,
        stored,
        rows: file.rows,
        defaultSource: options.source,
      });
      const failed = plan.rows.filter((r) => r.status === 'error').length;
      const blocked = plan.provinces.filter((p) => p.blocked);
      const valid = plan.rows.length > 0 && failed === 0;
      const realRun = blocked.length
        ? {
            allowed: false,
            code: 'PERIOD_ALREADY_PUBLISHED',
            message: `The periods of ${blocked.map((p) => p.provinceName).join(', ')} are published: amend them first, then import with dryRun=false`,
          }
        : { allowed: true, code: null, message: null };
      let changed = 0;
      const written = valid && !options.dryRun;
      if (written) {
        if (blocked.length) throw new AppError('PERIOD_ALREADY_PUBLISHED', realRun.message!, ['file'], { provinces: blocked.map((p) => p.provinceCode) });
        // Set-based across provinces: the statements do not grow with the provinces written.
        const toWrite = plan.provinces.filter((p) => p.new + p.changed > 0);
        const toOpen = toWrite.filter((p) => p.opensPeriod).map((p) => p.provinceCode);
        const opened = toOpen.length ? await this.repo.openPeriods(framework.id, table.year, toOpen, ctx.principal.userId) : new Map<string, string>();
        const periodOf = new Map(toWrite.map((p) => [p.provinceCode, p.periodId ?? opened.get(p.provinceCode)!]));
        changed = await this.assessments.writeNationalOfficialResults(
          ctx,
          { frameworkVersionId: framework.id, year: table.year, provinceCodes: [...periodOf.keys()] },
          plan.rows
            .filter((r) => r.provinceCode !== null && periodOf.has(r.provinceCode))
            .map((r) => ({ periodId: periodOf.get(r.provinceCode!)!, regionCode: r.regionCode!, value: r.value, publishedCategory: r.publishedCategory, source: r.source! })),
        );
      }
      const s = {
        rows: plan.rows.length,
        ok: plan.rows.length - failed,
        failed,
        new: sum(plan.provinces, 'new'),
        changed: sum(plan.provinces, 'changed'),
        unchanged: sum(plan.provinces, 'unchanged'),
        categoryMismatches: sum(plan.provinces, 'categoryMismatches'),
        provinces: plan.provinces.length,
        periodsToOpen: plan.provinces.filter((p) => p.opensPeriod && p.new > 0).length,
      };
      return {
        frameworkCode: framework.definition.code,
        year: table.year,
        frameworkVersion: framework.definition.version,
        dryRun: options.dryRun,
        valid,
        written,
        changed,
        realRun,
        message: nationalMessage(s, valid, written, changed, realRun.message),
        summary: s,
        columns: file.columns,
        provinces: plan.provinces.map(({ raw: _raw, ...p }) => p),
        rows: plan.rows,
      };
    });
  }

  /** Every province's official results of the framework and year, one row per region, as the province export writes them. */
  exportNational(ctx: RequestContext, table: NationalTable): Promise<NationalResultsExport> {
    assertOperator(ctx.principal);
    return this.imports.transaction(ctx, async () => {
      const framework = await this.frameworkOf(table);
      const rows: OfficialExportRow[] = [];
      for (const period of await this.periodsOf(table, framework.id)) {
        const values = await this.assessments.values(ctx, period.id, null);
        const published: PublishedResultLike[] = period.state === 'published' ? await this.assessments.publishedResults(ctx, period.id, null, null) : [];
        rows.push(...officialExportRows(values, published, new Map()));
      }
      const names = new Map((await this.periods.allRegions()).map((r) => [r.code, r.name]));
      return {
        basename: `official-results-${framework.definition.code}-${table.year}-national`,
        rows: rows.map((r) => ({ ...r, regionName: names.get(r.regionCode) ?? r.regionCode })).sort((a, b) => a.regionCode.localeCompare(b.regionCode)),
      };
    });
  }

  private async frameworkOf(table: NationalTable) {
    const framework = await this.periods.frameworkVersionFor(table.frameworkCode, null, table.year);
    if (!framework) throw new AppError('BAD_USER_INPUT', `Framework ${table.frameworkCode} has no version covering ${table.year}`, ['frameworkCode', 'year']);
    return framework;
  }

  /** The provinces' periods of exactly this framework version and year. */
  private async periodsOf(table: NationalTable, frameworkVersionId: string): Promise<PeriodRow[]> {
    const periods = await this.periods.periods({ provinceCode: null, frameworkCode: table.frameworkCode, year: table.year });
    return periods.filter((p) => p.frameworkVersionId === frameworkVersionId);
  }
}

function nationalMessage(s: NationalImportReport['summary'], valid: boolean, written: boolean, changed: number, blocked: string | null): string {
  const what = `${s.new} new, ${s.changed} changed, ${s.unchanged} unchanged in ${s.provinces} provinces (${s.periodsToOpen} periods to open)`;
  if (!valid) return `${s.failed} of ${s.rows} rows have problems: nothing was written. Fix them and upload the table again.${blocked ? ` A real run also needs: ${blocked}.` : ''}`;
  if (!written) return `All ${s.rows} rows are valid: ${what}. This was a dry run: nothing was written${blocked ? `. A real run needs more: ${blocked}.` : '; send dryRun=false to import.'}`;
  return changed > 0 ? `Imported ${s.rows} rows as verified values: ${changed} changed (${what}).` : `All ${s.rows} rows were already imported: nothing changed.`;
}
