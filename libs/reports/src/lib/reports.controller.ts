import { Controller, Get, Param, ParseUUIDPipe, Req, Res, StreamableFile, UseGuards } from '@nestjs/common';
import { AppError } from '@rapor/db';
import { Ctx, RequestContext, TenantTransaction } from '@rapor/platform';
import type { Request, Response } from 'express';
import { ApiKeyRateLimitGuard } from './rate-limit.guard';
import { CSV_TYPE, reportCsv, reportXlsx, XLSX_TYPE } from './report-files';
import type { Table } from './report-table';
import { SavedReportsService } from './saved-reports.service';
import { Access, Permission } from '@rapor/permissions';

const REPORT_ID = new ParseUUIDPipe({
  exceptionFactory: () => new AppError('BAD_USER_INPUT', 'id must be a saved report id', ['id']),
});

// A file name from a report name: letters, digits, dots, dashes and underscores only.
// A file built from demo data starts with "DEMO-".
const fileName = (name: string, extension: string, table: Table) =>
  `${table.demoData.length ? 'DEMO-' : ''}${name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'report'}.${extension}`;

// Files built from demo data say so in a header too (ASCII: the labels are codes and years).
function demoHeader(res: Response, table: Table): void {
  if (table.demoData.length) res.setHeader('X-Rapor-Demo-Data', table.demoData.join('; ').replace(/[^\x20-\x7e]/g, '?'));
}

/**
 * Saved reports as files, over plain HTTP with the same credentials as GraphQL: the stored
 * document runs against the API's schema as the caller (one tenant transaction, the
 * interceptor's), and the
 * first list of its result becomes the rows.
 */
@Controller('reports')
@TenantTransaction()
@UseGuards(ApiKeyRateLimitGuard)
export class ReportsController {
  constructor(private readonly saved: SavedReportsService) {}

  @Get(':id.csv')
  @Access(Permission.SavedReportRead)
  csv(@Ctx() ctx: RequestContext, @Req() req: Request, @Res({ passthrough: true }) res: Response, @Param('id', REPORT_ID) id: string): Promise<StreamableFile> {
    return this.file(ctx, req, res, id, 'csv');
  }

  @Get(':id.xlsx')
  @Access(Permission.SavedReportRead)
  xlsx(@Ctx() ctx: RequestContext, @Req() req: Request, @Res({ passthrough: true }) res: Response, @Param('id', REPORT_ID) id: string): Promise<StreamableFile> {
    return this.file(ctx, req, res, id, 'xlsx');
  }

  private async file(ctx: RequestContext, req: Request, res: Response, id: string, extension: 'csv' | 'xlsx'): Promise<StreamableFile> {
    const { report, table } = await this.saved.export(ctx, { req }, id);
    demoHeader(res, table);
    const body = extension === 'csv' ? reportCsv(table) : await reportXlsx(table, report.name);
    return new StreamableFile(body, {
      type: extension === 'csv' ? CSV_TYPE : XLSX_TYPE,
      disposition: `attachment; filename="${fileName(report.name, extension, table)}"`,
    });
  }
}
