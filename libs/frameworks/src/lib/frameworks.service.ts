import { Injectable } from '@nestjs/common';
import { AppError, notFound } from '@rapor/db';
import { validateDefinitionSet, validateFrameworkDefinition, type DefinitionIssue, type FrameworkDefinition } from '@rapor/domain';
import { Permission, requireAccess } from '@rapor/permissions';
import type { RequestContext } from '@rapor/platform';
import { FrameworksRepository, type FrameworkVersionRow } from './frameworks.repository';

const FIELD = 'definitionJson';

function invalid(issues: readonly DefinitionIssue[]): AppError {
  return new AppError(
    'BAD_USER_INPUT',
    `Invalid framework definition: ${issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`,
    [FIELD, ...new Set(issues.map((i) => `${FIELD}.${i.path}`))],
    { issues },
  );
}

/** Framework versions: reads for every signed-in principal, additions by operators. */
@Injectable()
export class FrameworksService {
  constructor(private readonly repository: FrameworksRepository) {}

  list(ctx: RequestContext, code: string | null, year: number | null): Promise<FrameworkVersionRow[]> {
    requireAccess(ctx.principal, Permission.FrameworkRead);
    return this.repository.list(code, year);
  }

  async get(ctx: RequestContext, code: string, version: string): Promise<FrameworkVersionRow> {
    requireAccess(ctx.principal, Permission.FrameworkRead);
    const row = await this.repository.byCodeVersion(code, version);
    if (!row) throw notFound(`Framework ${code} version ${version}`, 'version');
    return row;
  }

  /**
   * Adds a framework version from a definition file. Every problem is reported at once, each
   * with its JSON path; a code/version that exists is a CONFLICT; years overlapping another
   * version of the same code are refused (a year must pick one version).
   */
  async add(ctx: RequestContext, definitionJson: string): Promise<FrameworkVersionRow> {
    requireAccess(ctx.principal, Permission.FrameworkManage);
    let parsed: unknown;
    try {
      parsed = JSON.parse(definitionJson);
    } catch (error) {
      throw new AppError('BAD_USER_INPUT', `definitionJson is not valid JSON: ${(error as Error).message}`, [FIELD]);
    }
    const issues = validateFrameworkDefinition(parsed);
    if (issues.length > 0) throw invalid(issues);
    const definition = parsed as FrameworkDefinition;
    if (await this.repository.byCodeVersion(definition.code, definition.version)) {
      throw new AppError('CONFLICT', `Framework ${definition.code} version ${definition.version} already exists`, [`${FIELD}.version`]);
    }
    const existing = await this.repository.definitionsOfCode(definition.code);
    const setIssues = validateDefinitionSet([...existing, definition]).filter((i) => i.path.startsWith(`[${existing.length}]`));
    if (setIssues.length > 0) throw invalid(setIssues.map((i) => ({ ...i, path: i.path.replace(/^\[\d+\]\./, '') })));
    await this.repository.insert(definition, ctx.principal.userId);
    const row = await this.repository.byCodeVersion(definition.code, definition.version);
    if (!row) throw new Error('inserted framework version is not visible');
    return row;
  }
}
