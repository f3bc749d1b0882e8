import { Injectable } from '@nestjs/common';
import { currentManager } from '@rapor/db';
import { pgErrorOf } from './pg-error';

export interface UnitRow {
  id: string;
  regionCode: string;
  name: string;
  type: string;
  parentId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface UnitChanges {
  name?: string;
  type?: string;
  /** `null` makes the unit top-level; absent keeps the parent. */
  parentId?: string | null;
}

/** Thrown when a unit's name is taken in its region (unique (region_id, name)). */
export class UnitNameTakenError extends Error {}

/** Thrown when a unit cannot be deleted because a row still references it; `table` names that row's table. */
export class UnitInUseError extends Error {
  constructor(readonly table: string) {
    super(`unit is still referenced from ${table}`);
  }
}

const COLUMNS = `id, region_id as "regionCode", name, type, parent_id as "parentId", created_at as "createdAt", updated_at as "updatedAt"`;

// A name taken in the region (unique (region_id, name)) becomes an error the service explains.
async function nameChecked<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    const pg = pgErrorOf(error);
    if (pg?.code === '23505' && pg.constraint === 'unit_region_id_name_key') throw new UnitNameTakenError();
    throw error;
  }
}

/** SQL over `unit`; every statement names the tenant key and runs in the current tenant transaction. */
@Injectable()
export class UnitsRepository {
  async ofRegions(regionCodes: readonly string[]): Promise<UnitRow[]> {
    return currentManager().query(`select ${COLUMNS} from unit where region_id = any($1::text[]) order by region_id, name`, [
      regionCodes,
    ]);
  }

  /** Units by (region, id) pairs, in one statement. */
  async byKeys(keys: readonly { regionCode: string; id: string }[]): Promise<UnitRow[]> {
    return currentManager().query(
      `select ${COLUMNS} from unit where (region_id, id) in (select * from unnest($1::text[], $2::uuid[]))`,
      [keys.map((k) => k.regionCode), keys.map((k) => k.id)],
    );
  }

  /** Ids of a unit and all its ancestors, nearest first (stops at a cycle). */
  async ancestry(regionCode: string, id: string): Promise<string[]> {
    const rows: { id: string }[] = await currentManager().query(
      `with recursive up(id, parent_id, depth) as (
         select id, parent_id, 0 from unit where region_id = $1 and id = $2
         union
         select u.id, u.parent_id, up.depth + 1 from unit u join up on u.region_id = $1 and u.id = up.parent_id where up.depth < 100
       )
       select id from up order by depth`,
      [regionCode, id],
    );
    return rows.map((r) => r.id);
  }

  async insert(regionCode: string, name: string, type: string, parentId: string | null): Promise<UnitRow> {
    const [row] = await nameChecked<UnitRow[]>(
      currentManager().query(`insert into unit (region_id, name, type, parent_id) values ($1, $2, $3, $4) returning ${COLUMNS}`, [
        regionCode,
        name,
        type,
        parentId,
      ]),
    );
    return row;
  }

  /** Updates a unit; null when no such unit is visible and writable. */
  async update(regionCode: string, id: string, changes: UnitChanges): Promise<UnitRow | null> {
    const result: [UnitRow[], number] = await nameChecked(
      currentManager().query(
        `update unit set
           name = coalesce($3, name),
           type = coalesce($4, type),
           parent_id = case when $5 then $6::uuid else parent_id end,
           updated_at = now()
         where region_id = $1 and id = $2
         returning ${COLUMNS}`,
        [regionCode, id, changes.name ?? null, changes.type ?? null, changes.parentId !== undefined, changes.parentId ?? null],
      ),
    );
    return result[0][0] ?? null;
  }

  /** Deletes a unit; false when no such unit is visible and deletable. */
  async delete(regionCode: string, id: string): Promise<boolean> {
    try {
      const result: [unknown[], number] = await currentManager().query(
        `delete from unit where region_id = $1 and id = $2 returning id`,
        [regionCode, id],
      );
      return result[0].length === 1;
    } catch (error) {
      // On a delete, 23503 names the table of the row that still references the unit.
      const pg = pgErrorOf(error);
      if (pg?.code === '23503') throw new UnitInUseError(pg.table ?? 'another table');
      throw error;
    }
  }
}
