import { Body, Controller, Get, HttpCode, Post, Query, StreamableFile, UploadedFile, UseGuards } from '@nestjs/common';
import { Access, Permission } from '@rapor/permissions';
import { AppError } from '@rapor/db';
import { Ctx, RequestContext, TenantTransaction } from '@rapor/platform';
import { NationalImportQuery, NationalTableQuery } from './dto/national-import.query';
import { OfficialImportOptions } from './dto/official-import.options';
import { NationalImportsService, type NationalImportReport } from './national-imports.service';
import { officialResultsCsv, officialResultsXlsx, XLSX_TYPE } from './official-results-export';
import { NATIONAL_FILE_LIMITS, readOfficialResultsFile } from './official-results-file';
import { fileProblem, OfficialResultsUpload, type UploadedFileParts } from './official-results.upload';

/** A national table of official results (every kabupaten/kota, one framework and year) as files: the operator's upload and download. */
@Controller('national')
@TenantTransaction()
export class NationalOfficialResultsController {
  constructor(private readonly national: NationalImportsService) {}

  /**
   * `?frameworkCode=RB&year=2023&dryRun=false`; multipart: `file` (.csv or .xlsx, the province
   * import's columns), `source` (for rows without one). 200 with a per-province and row-by-row
   * report, also when rows fail; 400/413/415 when the file itself is unusable. Dry run by default.
   * Operators only, checked before the upload is read.
   */
  @Post('official-results')
  @HttpCode(200)
  @Access(Permission.NationalResultsImport)
  @UseGuards(OfficialResultsUpload)
  async importNational(
    @Ctx() ctx: RequestContext,
    @Query() query: NationalImportQuery,
    @UploadedFile() file: UploadedFileParts | undefined,
    @Body() options: OfficialImportOptions,
  ): Promise<NationalImportReport> {
    if (!file) throw new AppError('BAD_USER_INPUT', 'Attach the file (.csv or .xlsx) as the multipart form field "file"', ['file']);
    const parsed = await readOfficialResultsFile({ bytes: file.buffer, filename: file.originalname, mimetype: file.mimetype }, NATIONAL_FILE_LIMITS);
    if (!parsed.ok) throw fileProblem(parsed);
    const table = { frameworkCode: query.frameworkCode, year: query.year };
    return this.national.importNational(ctx, table, parsed, { dryRun: query.dryRun ?? options.dryRun ?? true, source: options.source?.trim() || null });
  }

  @Get('official-results.csv')
  @Access(Permission.NationalResultsExport)
  async exportCsv(@Ctx() ctx: RequestContext, @Query() query: NationalTableQuery): Promise<StreamableFile> {
    const exported = await this.national.exportNational(ctx, query);
    return new StreamableFile(officialResultsCsv(exported.rows), { type: 'text/csv; charset=utf-8', disposition: `attachment; filename="${exported.basename}.csv"` });
  }

  @Get('official-results.xlsx')
  @Access(Permission.NationalResultsExport)
  async exportXlsx(@Ctx() ctx: RequestContext, @Query() query: NationalTableQuery): Promise<StreamableFile> {
    const exported = await this.national.exportNational(ctx, query);
    const workbook = await officialResultsXlsx(exported.rows, `${query.frameworkCode} ${query.year}`);
    return new StreamableFile(workbook, { type: XLSX_TYPE, disposition: `attachment; filename="${exported.basename}.xlsx"` });
  }
}
