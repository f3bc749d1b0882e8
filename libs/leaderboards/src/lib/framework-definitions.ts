import { Injectable } from '@nestjs/common';
import { currentManager, TenantTransactionRunner } from '@rapor/db';
import type { FrameworkDefinition } from '@rapor/domain';
import type { RequestContext } from '@rapor/platform';

/**
 * Framework definitions by version id. A version used by a period is immutable, so its
 * definition is safe to keep for the life of the process (and to share across tenants:
 * frameworks are global reference data).
 */
@Injectable()
export class FrameworkDefinitions {
  private readonly cache = new Map<string, FrameworkDefinition>();

  constructor(private readonly runner: TenantTransactionRunner) {}

  async get(ctx: RequestContext, frameworkVersionId: string): Promise<FrameworkDefinition> {
    const cached = this.cache.get(frameworkVersionId);
    if (cached) return cached;
    const rows: { definition: FrameworkDefinition; locked: boolean }[] = await this.runner.run(ctx.principal, () =>
      currentManager().query(`select definition, locked_at is not null as locked from framework_version where id = $1`, [frameworkVersionId]),
    );
    if (!rows[0]) throw new Error(`framework version ${frameworkVersionId} is not visible`);
    if (rows[0].locked) this.cache.set(frameworkVersionId, rows[0].definition);
    return rows[0].definition;
  }
}
