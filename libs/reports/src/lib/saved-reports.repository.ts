import { Injectable } from '@nestjs/common';
import { currentManager } from '@rapor/db';

export interface SavedReportRow {
  id: string;
  provinceCode: string;
  regionCode: string | null;
  name: string;
  description: string | null;
  document: string;
  operationName: string | null;
  variables: Record<string, unknown>;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewSavedReport {
  provinceId: string;
  regionId: string | null;
  name: string;
  description: string | null;
  document: string;
  operationName: string | null;
  variables: Record<string, unknown>;
  createdBy: string | null;
}

const COLUMNS = `id, province_id as "provinceCode", scope_region_id as "regionCode", name, description, document,
  operation_name as "operationName", variables, created_at as "createdAt", updated_at as "updatedAt"`;

/** Saved reports, under row-level security (the caller sees and writes what its scope allows). */
@Injectable()
export class SavedReportsRepository {
  async list(provinceId: string | null, regionId: string | null): Promise<SavedReportRow[]> {
    return currentManager().query(
      `select ${COLUMNS} from saved_report
       where ($1::text is null or province_id = $1) and ($2::text is null or scope_region_id = $2)
       order by province_id, scope_region_id nulls first, lower(name)`,
      [provinceId, regionId],
    );
  }

  async byId(id: string): Promise<SavedReportRow | null> {
    const rows: SavedReportRow[] = await currentManager().query(`select ${COLUMNS} from saved_report where id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** Visible reports of that name (case-insensitive), optionally in one scope. */
  async byName(name: string, scope: { provinceId: string; regionId: string | null } | null): Promise<SavedReportRow[]> {
    return currentManager().query(
      `select ${COLUMNS} from saved_report
       where lower(name) = lower($1)
         and ($2::text is null or (province_id = $2 and scope_region_id is not distinct from $3::text))
       order by province_id, scope_region_id nulls first`,
      [name, scope?.provinceId ?? null, scope?.regionId ?? null],
    );
  }

  /** Creates the report, or replaces the one of the same name in the same scope; returns its id. */
  async upsert(r: NewSavedReport): Promise<string> {
    const rows: { id: string }[] = await currentManager().query(
      `insert into saved_report (province_id, scope_region_id, name, description, document, operation_name, variables, created_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8)
       on conflict (province_id, (coalesce(scope_region_id, '')), (lower(name))) do update
         set name = excluded.name, description = excluded.description, document = excluded.document,
             operation_name = excluded.operation_name, variables = excluded.variables, updated_at = now()
       returning id`,
      [r.provinceId, r.regionId, r.name, r.description, r.document, r.operationName, JSON.stringify(r.variables), r.createdBy],
    );
    return rows[0].id;
  }

  /** Deletes a report the caller may delete; false when none was. */
  async delete(id: string): Promise<boolean> {
    // A select around the delete: TypeORM answers a bare DELETE with [rows, count].
    const rows: unknown[] = await currentManager().query(
      `with d as (delete from saved_report where id = $1 returning id) select id from d`,
      [id],
    );
    return rows.length > 0;
  }
}
