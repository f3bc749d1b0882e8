import { Injectable } from '@nestjs/common';
import { AssessmentsService, type OfficialRowReport, type PeriodRow, type RealRunCheck } from '@rapor/assessments';
import { mapDatabaseError, TenantTransactionRunner } from '@rapor/db';
import type { RequestContext } from '@rapor/platform';
import { RegionsService } from '@rapor/regions';
import { officialExportRows, type OfficialExportRow, type PublishedResultLike } from './official-results-export';
import type { OfficialColumns, OfficialFile } from './official-results-file';

/** What an upload of official results answers, also when rows fail (then nothing was written). */
export interface OfficialImportReport {
  periodId: string;
  dryRun: boolean;
  /** Every row can be imported. */
  valid: boolean;
  /** The rows were written (a real run of a valid file). */
  written: boolean;
  /** Values that changed: 0 on a dry run and when the same file is imported again. */
  changed: number;
  /** What a real run (dryRun=false) would need for this period now: allowed, or the code it would answer and what to do first ("amend first"). */
  realRun: RealRunCheck;
  message: string;
  /** Rows; rows without problems; rows with problems; rows whose published category differs from the computed one. */
  summary: { rows: number; ok: number; failed: number; categoryMismatches: number };
  columns: OfficialColumns;
  rows: OfficialRowReport[];
}

export interface OfficialResultsExport {
  period: PeriodRow;
  /** The file name without its extension, e.g. "official-results-RB-2023-19". */
  basename: string;
  rows: OfficialExportRow[];
}

/** Official results files: import (through `AssessmentsService`) and export, in the request's tenant transaction (`@TenantTransaction()` on the controllers). */
@Injectable()
export class ImportsService {
  constructor(
    private readonly runner: TenantTransactionRunner,
    private readonly assessments: AssessmentsService,
    private readonly regions: RegionsService,
  ) {}

  /** Checks (dry run) or imports the rows of a file; all or nothing, in one transaction. */
  async importOfficialResults(ctx: RequestContext, periodId: string, file: OfficialFile, options: { dryRun: boolean; source: string | null }): Promise<OfficialImportReport> {
    const result = await this.assessments.importOfficialResults(ctx, periodId, file.rows, options);
    const failed = result.rows.filter((r) => r.errors.length > 0).length;
    const n = result.rows.length;
    const blocked = result.realRun.allowed ? '' : ` A real run also needs: ${result.realRun.message}.`;
    const message = !result.valid
      ? `${failed} of ${n} rows have problems: nothing was written. Fix them and upload the file again.${blocked}`
      : !result.written
        ? result.realRun.allowed
          ? `All ${n} rows are valid. This was a dry run: nothing was written; send dryRun=false to import.`
          : `All ${n} rows are valid. This was a dry run: nothing was written. A real run needs more: ${result.realRun.message}.`
        : result.changed > 0
          ? `Imported ${n} rows as verified values: ${result.changed} changed.`
          : `All ${n} rows were already imported: nothing changed.`;
    return {
      periodId: result.period.id,
      dryRun: options.dryRun,
      valid: result.valid,
      written: result.written,
      changed: result.changed,
      realRun: result.realRun,
      message,
      summary: { rows: n, ok: n - failed, failed, categoryMismatches: result.rows.filter((r) => r.categoryMismatch).length },
      columns: file.columns,
      rows: result.rows,
    };
  }

  /**
   * The period's region-level official results the caller may see: verified composite values
   * (reviewers, operators, a region's own team) and, while published, the published results
   * (everyone with access to the province). During an amendment only the verified values: that
   * export may be imported again, and must change nothing.
   */
  async exportOfficialResults(ctx: RequestContext, periodId: string): Promise<OfficialResultsExport> {
    const period = await this.assessments.period(ctx, periodId);
    const values = await this.assessments.values(ctx, period.id, null);
    const published: PublishedResultLike[] = period.state === 'published' ? await this.assessments.publishedResults(ctx, period.id, null, null) : [];
    const regions = await this.regions.regionsOfProvince(ctx, period.provinceCode, null);
    return {
      period,
      basename: `official-results-${period.frameworkCode}-${period.year}-${period.provinceCode}`,
      rows: officialExportRows(values, published, new Map(regions.map((r) => [r.code, r.name]))),
    };
  }

  /**
   * The request's tenant transaction: joined when the interceptor opened it (HTTP routes marked
   * `@TenantTransaction()`, GraphQL root fields), opened here otherwise; a failure rolls everything back.
   */
  async transaction<T>(ctx: RequestContext, work: () => Promise<T>): Promise<T> {
    try {
      return await this.runner.run(ctx.principal, work, { requestId: ctx.requestId });
    } catch (error) {
      throw mapDatabaseError(error) ?? error;
    }
  }
}
