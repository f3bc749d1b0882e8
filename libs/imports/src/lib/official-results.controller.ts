import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, StreamableFile, UploadedFile, UseGuards } from '@nestjs/common';
import { AppError } from '@rapor/db';
import { Ctx, RequestContext, TenantTransaction } from '@rapor/platform';
import { OfficialImportOptions } from './dto/official-import.options';
import { ImportsService, type OfficialImportReport } from './imports.service';
import { officialResultsCsv, officialResultsXlsx, XLSX_TYPE } from './official-results-export';
import { readOfficialResultsFile } from './official-results-file';
import { fileProblem, OfficialResultsUpload, type UploadedFileParts } from './official-results.upload';
import { Access, Permission } from '@rapor/permissions';

const PERIOD_ID = new ParseUUIDPipe({ exceptionFactory: () => new AppError('BAD_USER_INPUT', 'periodId must be a UUID', ['periodId']) });

/** Official results of a period as files: upload (CSV or XLSX) and export, over plain HTTP, each request in one tenant transaction. */
@Controller('periods/:periodId')
@TenantTransaction()
export class OfficialResultsController {
  constructor(private readonly imports: ImportsService) {}

  /**
   * Multipart: `file` (.csv or .xlsx), `dryRun` (default true), `source` (for rows without one).
   * 200 with a row-by-row report, also when rows fail; 400/413/415 when the file itself is unusable.
   * A dry run is accepted on a period in any state (it writes nothing) and says in `realRun` what a
   * real run would need (a published period: amend first).
   * Reviewers and operators only, checked before the upload is read; the import checks the province.
   */
  @Post('official-results')
  @HttpCode(200)
  @UseGuards(OfficialResultsUpload)
  @Access(Permission.OfficialResultsImport)
  async importOfficialResults(
    @Ctx() ctx: RequestContext,
    @Param('periodId', PERIOD_ID) periodId: string,
    @UploadedFile() file: UploadedFileParts | undefined,
    @Body() options: OfficialImportOptions,
  ): Promise<OfficialImportReport> {
    if (!file) throw new AppError('BAD_USER_INPUT', 'Attach the file (.csv or .xlsx) as the multipart form field "file"', ['file']);
    const parsed = await readOfficialResultsFile({ bytes: file.buffer, filename: file.originalname, mimetype: file.mimetype });
    if (!parsed.ok) throw fileProblem(parsed);
    return this.imports.importOfficialResults(ctx, periodId, parsed, { dryRun: options.dryRun ?? true, source: options.source?.trim() || null });
  }

  @Get('official-results.csv')
  @Access(Permission.ResultsPublishedRead)
  async exportCsv(@Ctx() ctx: RequestContext, @Param('periodId', PERIOD_ID) periodId: string): Promise<StreamableFile> {
    const exported = await this.imports.exportOfficialResults(ctx, periodId);
    return new StreamableFile(officialResultsCsv(exported.rows), { type: 'text/csv; charset=utf-8', disposition: `attachment; filename="${exported.basename}.csv"` });
  }

  @Get('official-results.xlsx')
  @Access(Permission.ResultsPublishedRead)
  async exportXlsx(@Ctx() ctx: RequestContext, @Param('periodId', PERIOD_ID) periodId: string): Promise<StreamableFile> {
    const exported = await this.imports.exportOfficialResults(ctx, periodId);
    const sheet = `${exported.period.frameworkCode} ${exported.period.year}`;
    return new StreamableFile(await officialResultsXlsx(exported.rows, sheet), { type: XLSX_TYPE, disposition: `attachment; filename="${exported.basename}.xlsx"` });
  }
}
