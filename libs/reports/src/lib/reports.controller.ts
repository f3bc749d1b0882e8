import { Controller, Get, Param, ParseUUIDPipe, Req, StreamableFile, UseGuards } from '@nestjs/common';
import { AppError } from '@rapor/db';
import { Ctx, RequestContext } from '@rapor/platform';
import type { Request } from 'express';
import { ApiKeyRateLimitGuard } from './rate-limit.guard';
import { CSV_TYPE, reportCsv, reportXlsx, XLSX_TYPE } from './report-files';
import { SavedReportsService } from './saved-reports.service';

const REPORT_ID = new ParseUUIDPipe({
  exceptionFactory: () => new AppError('BAD_USER_INPUT', 'id must be a saved report id', ['id']),
});

// A file name from a report name: letters, digits, dots, dashes and underscores only.
const fileName = (name: string, extension: string) =>
  `${name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'report'}.${extension}`;

/**
 * Saved reports as files, over plain HTTP with the same credentials as GraphQL: the stored
 * document runs against the API's schema as the caller (one tenant transaction), and the
 * first list of its result becomes the rows.
 */
@Controller('reports')
@UseGuards(ApiKeyRateLimitGuard)
export class ReportsController {
  constructor(private readonly saved: SavedReportsService) {}

  @Get(':id.csv')
  async csv(@Ctx() ctx: RequestContext, @Req() req: Request, @Param('id', REPORT_ID) id: string): Promise<StreamableFile> {
    const { report, table } = await this.saved.export(ctx, { req }, id);
    return new StreamableFile(reportCsv(table), {
      type: CSV_TYPE,
      disposition: `attachment; filename="${fileName(report.name, 'csv')}"`,
    });
  }

  @Get(':id.xlsx')
  async xlsx(@Ctx() ctx: RequestContext, @Req() req: Request, @Param('id', REPORT_ID) id: string): Promise<StreamableFile> {
    const { report, table } = await this.saved.export(ctx, { req }, id);
    return new StreamableFile(await reportXlsx(table, report.name), {
      type: XLSX_TYPE,
      disposition: `attachment; filename="${fileName(report.name, 'xlsx')}"`,
    });
  }
}
