import { Injectable } from '@nestjs/common';
import { currentManager } from '@rapor/db';

export interface TargetRow {
  regionCode: string;
  frameworkCode: string;
  year: number;
  category: string | null;
  rank: number | null;
  note: string | null;
  setBy: string | null;
  setByRole: string | null;
  updatedAt: Date;
}

export interface TargetValues {
  category: string | null;
  rank: number | null;
  note: string | null;
  setBy: string | null;
  setByRole: string | null;
}

const COLUMNS = `region_id as "regionCode", framework_code as "frameworkCode", year, target_category as category,
  target_rank as rank, note, set_by as "setBy", set_by_role as "setByRole", updated_at as "updatedAt"`;

/** SQL over `target`; every statement names the tenant key and runs in the current tenant transaction. */
@Injectable()
export class TargetsRepository {
  async ofRegion(regionCode: string, frameworkCode: string | null): Promise<TargetRow[]> {
    return currentManager().query(
      `select ${COLUMNS} from target where region_id = $1 and ($2::text is null or framework_code = $2) order by framework_code, year desc`,
      [regionCode, frameworkCode],
    );
  }

  /** Inserts or replaces the target of a (region, framework, year) slot. */
  async upsert(regionCode: string, frameworkCode: string, year: number, v: TargetValues): Promise<TargetRow> {
    const [row] = await currentManager().query(
      `insert into target as t (region_id, framework_code, year, target_category, target_rank, note, set_by, set_by_role)
       values ($1, $2, $3, $4, $5, $6, $7, $8)
       on conflict (region_id, framework_code, year) do update set
         target_category = excluded.target_category, target_rank = excluded.target_rank, note = excluded.note,
         set_by = excluded.set_by, set_by_role = excluded.set_by_role, updated_at = now()
       returning ${COLUMNS}`,
      [regionCode, frameworkCode, year, v.category, v.rank, v.note, v.setBy, v.setByRole],
    );
    return row;
  }

  /** Deletes a target; false when there is none the caller can see and delete. */
  async delete(regionCode: string, frameworkCode: string, year: number): Promise<boolean> {
    const [rows]: [unknown[], number] = await currentManager().query(
      `delete from target where region_id = $1 and framework_code = $2 and year = $3 returning year`,
      [regionCode, frameworkCode, year],
    );
    return rows.length === 1;
  }
}
