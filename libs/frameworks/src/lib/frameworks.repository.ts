import { Injectable } from '@nestjs/common';
import { currentManager } from '@rapor/db';
import type { FrameworkDefinition } from '@rapor/domain';
import { INSERT_NODES, INSERT_VERSION, nodeColumns, versionColumns } from './framework-rows';

export interface FrameworkVersionRow {
  id: string;
  definition: FrameworkDefinition;
  source: string;
  locked: boolean;
}

const COLUMNS = `id, definition, source, locked_at is not null as locked`;

/** SQL over framework_version / framework_node, in the current tenant transaction. */
@Injectable()
export class FrameworksRepository {
  async list(code: string | null, year: number | null): Promise<FrameworkVersionRow[]> {
    return currentManager().query(
      `select ${COLUMNS} from framework_version
       where ($1::text is null or code = $1)
         and ($2::int is null or ((years_from is null or years_from <= $2) and (years_to is null or years_to >= $2)))
       order by code, years_from nulls first, version`,
      [code, year],
    );
  }

  async byCodeVersion(code: string, version: string): Promise<FrameworkVersionRow | null> {
    const rows: FrameworkVersionRow[] = await currentManager().query(
      `select ${COLUMNS} from framework_version where code = $1 and version = $2`,
      [code, version],
    );
    return rows[0] ?? null;
  }

  async definitionsOfCode(code: string): Promise<FrameworkDefinition[]> {
    const rows: { definition: FrameworkDefinition }[] = await currentManager().query(
      `select definition from framework_version where code = $1 order by years_from nulls first`,
      [code],
    );
    return rows.map((r) => r.definition);
  }

  /** Inserts a version added by an operator, with its flattened tree; returns its id. */
  async insert(definition: FrameworkDefinition, createdBy: string | null): Promise<string> {
    const m = currentManager();
    const [{ id }] = await m.query(INSERT_VERSION, [...versionColumns(definition), 'operator', createdBy]);
    await m.query(INSERT_NODES, [id, ...nodeColumns(definition)]);
    return id;
  }
}
