import { Injectable } from '@nestjs/common';
import { currentManager, prepared } from '@rapor/db';
import type { FrameworkDefinition } from '@rapor/domain';
import type { RequestContext } from '@rapor/platform';

const DEFINITION_SQL = prepared(`select definition, locked_at is not null as locked from framework_version where id = $1`);

/**
 * Framework definitions by version id. A version used by a period is immutable, so its
 * definition is safe to keep for the life of the process (and to share across tenants:
 * frameworks are global reference data).
 */
@Injectable()
export class FrameworkDefinitions {
  private readonly cache = new Map<string, FrameworkDefinition>();

  async get(_ctx: RequestContext, frameworkVersionId: string): Promise<FrameworkDefinition> {
    const cached = this.cache.get(frameworkVersionId);
    if (cached) return cached;
    const rows: { definition: FrameworkDefinition; locked: boolean }[] = await currentManager().query(DEFINITION_SQL, [frameworkVersionId]);
    if (!rows[0]) throw new Error(`framework version ${frameworkVersionId} is not visible`);
    if (rows[0].locked) this.cache.set(frameworkVersionId, rows[0].definition);
    return rows[0].definition;
  }
}
