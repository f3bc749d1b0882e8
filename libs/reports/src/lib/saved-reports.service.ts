import { Injectable } from '@nestjs/common';
import { AppError, notFound } from '@rapor/db';
import { may, Permission, requireAccess } from '@rapor/permissions';
import type { RequestContext } from '@rapor/platform';
import type { ReportRun, SavedReport } from './models/saved-report.model';
import { ReportExecutor } from './report-executor';
import { marksDemo, tableOf, withDemoLabel, type Table } from './report-table';
import { SavedReportsRepository, type SavedReportRow } from './saved-reports.repository';

export interface SaveReportParams {
  name: string;
  description?: string | null;
  document: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
  provinceCode?: string | null;
  regionCode?: string | null;
}

interface Scope {
  provinceId: string;
  regionId: string | null;
}

/** What an export writes: the report and its first list as a table. */
export interface ReportExport {
  report: SavedReport;
  table: Table;
}

const scopeText = (s: Scope) => (s.regionId ? `region:${s.regionId}` : `province:${s.provinceId}`);

function parseScope(text: string): Scope {
  const [kind, code] = text.split(':');
  return kind === 'region' ? { provinceId: code.slice(0, 2), regionId: code } : { provinceId: code, regionId: null };
}

function toSavedReport(r: SavedReportRow): SavedReport {
  return {
    id: r.id,
    name: r.name,
    description: r.description,
    scope: scopeText({ provinceId: r.provinceCode, regionId: r.regionCode }),
    provinceCode: r.provinceCode,
    regionCode: r.regionCode,
    document: r.document,
    operationName: r.operationName,
    variables: r.variables,
    csvPath: `/reports/${r.id}.csv`,
    xlsxPath: `/reports/${r.id}.xlsx`,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

/**
 * Saved reports: named query documents per province or region, listed and run by whoever the
 * scope admits (row-level security), saved by people (API keys are read-only), exported.
 */
@Injectable()
export class SavedReportsService {
  constructor(
    private readonly repo: SavedReportsRepository,
    private readonly executor: ReportExecutor,
  ) {}

  async list(ctx: RequestContext, filter: { provinceCode?: string | null; regionCode?: string | null }): Promise<SavedReport[]> {
    requireAccess(ctx.principal, Permission.SavedReportRead);
    return (await this.repo.list(filter.provinceCode ?? null, filter.regionCode ?? null)).map(toSavedReport);
  }

  async get(ctx: RequestContext, id: string): Promise<SavedReport> {
    requireAccess(ctx.principal, Permission.SavedReportRead);
    const row = await this.repo.byId(id);
    if (!row) throw notFound('Saved report', 'id');
    return toSavedReport(row);
  }

  /** Creates a report, or replaces the one of that name in its scope, once its document checks out. */
  async save(ctx: RequestContext, p: SaveReportParams): Promise<SavedReport> {
    const scope = this.scopeToSave(ctx, p);
    const variables = p.variables ?? {};
    const name = p.name.trim();
    if (!name) throw new AppError('BAD_USER_INPUT', 'name must not be blank', ['name']);
    const checked = this.executor.check(p.document, p.operationName ?? null, variables);
    const id = await this.repo.upsert({
      provinceId: scope.provinceId,
      regionId: scope.regionId,
      name,
      description: p.description?.trim() || null,
      document: p.document,
      operationName: p.operationName ?? checked.operationName,
      variables,
      createdBy: ctx.principal.userId,
    });
    const row = await this.repo.byId(id);
    if (!row) throw notFound('Saved report', 'id');
    return toSavedReport(row);
  }

  async delete(ctx: RequestContext, id: string): Promise<string> {
    requireAccess(ctx.principal, Permission.SavedReportManage);
    const row = await this.repo.byId(id);
    if (!row) throw notFound('Saved report', 'id');
    if (!(await this.repo.delete(id)))
      throw new AppError(
        'FORBIDDEN',
        `You may not delete reports of ${scopeText({ provinceId: row.provinceCode, regionId: row.regionCode })}`,
      );
    return id;
  }

  /**
   * Runs a report by name as the caller, inside the caller's transaction, with `variables`
   * over the saved ones. `contextValue` is the caller's GraphQL context (`{ req }`).
   */
  async run(
    ctx: RequestContext,
    contextValue: object,
    p: { name: string; scope?: string | null; variables?: Record<string, unknown> | null },
  ): Promise<ReportRun> {
    requireAccess(ctx.principal, Permission.SavedReportRead);
    const report = await this.byName(ctx, p.name, p.scope ? parseScope(p.scope) : null);
    const result = await this.executor.run(contextValue, report.document, report.operationName, {
      ...report.variables,
      ...(p.variables ?? {}),
    });
    return {
      report,
      data: result.data,
      errors: result.errors.map((e) => ({
        message: e.message,
        code: typeof e.extensions?.['code'] === 'string' ? e.extensions['code'] : 'INTERNAL_SERVER_ERROR',
        path: e.path ? e.path.map(String) : null,
      })),
      table: demoLabelled(ctx, result.data),
    };
  }

  /**
   * A report's result as a table, for the CSV and XLSX exports (plain HTTP, in the request's
   * tenant transaction like a GraphQL root field). A run with errors fails with the first error's code.
   */
  async export(ctx: RequestContext, contextValue: object, id: string): Promise<ReportExport> {
    requireAccess(ctx.principal, Permission.SavedReportRead);
    const row = await this.repo.byId(id);
    if (!row) throw notFound('Saved report', 'id');
    const report = toSavedReport(row);
    const result = await this.executor.run(contextValue, report.document, report.operationName, report.variables);
    const [error] = result.errors;
    if (error) {
      const code = error.extensions?.['code'];
      throw new AppError(typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR', `The report failed: ${error.message}`);
    }
    return { report, table: demoLabelled(ctx, result.data) };
  }

  private async byName(ctx: RequestContext, name: string, scope: Scope | null): Promise<SavedReport> {
    const rows = await this.repo.byName(name, scope);
    if (!rows.length) throw notFound(`Saved report "${name}"`, 'name');
    if (rows.length === 1) return toSavedReport(rows[0]);
    // Several scopes have a report of that name: the caller's own scope wins.
    const own = rows.filter(
      (r) => r.provinceCode === ctx.principal.provinceId && r.regionCode === (ctx.principal.regionId ?? null),
    );
    if (own.length === 1) return toSavedReport(own[0]);
    throw new AppError(
      'BAD_USER_INPUT',
      `Several saved reports are named "${name}" (${rows.map((r) => scopeText({ provinceId: r.provinceCode, regionId: r.regionCode })).join(', ')}): give scope`,
      ['scope'],
    );
  }

  // The scope given (exactly one of provinceCode, regionCode), else the caller's own; within
  // what the caller may write (row-level security checks it again).
  private scopeToSave(ctx: RequestContext, p: SaveReportParams): Scope {
    const { principal } = ctx;
    if (p.provinceCode && p.regionCode)
      throw new AppError('BAD_USER_INPUT', 'Give either provinceCode or regionCode, not both', ['provinceCode', 'regionCode']);
    let scope: Scope;
    if (p.regionCode) scope = { provinceId: p.regionCode.slice(0, 2), regionId: p.regionCode };
    else if (p.provinceCode) scope = { provinceId: p.provinceCode, regionId: null };
    else if (principal.provinceId) scope = { provinceId: principal.provinceId, regionId: principal.regionId ?? null };
    else throw new AppError('BAD_USER_INPUT', 'Give the scope: provinceCode or regionCode', ['provinceCode', 'regionCode']);
    const target = scope.regionId ? { regionCode: scope.regionId } : { provinceCode: scope.provinceId };
    if (!may(principal, Permission.SavedReportManage, target)) throw new AppError('FORBIDDEN', `You may not save reports for ${scopeText(scope)}`);
    return scope;
  }
}

// The result's first list as a table, labelled when anything of the run came from demo data:
// what the services noted in the request, or rows that say demo themselves.
function demoLabelled(ctx: RequestContext, data: Record<string, unknown> | null): Table {
  const labels = [...ctx.demoData];
  if (!labels.length && marksDemo(data)) labels.push('rows marked demo');
  return withDemoLabel(tableOf(data), labels);
}
