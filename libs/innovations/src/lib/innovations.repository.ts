import { Injectable } from '@nestjs/common';
import { currentManager } from '@rapor/db';
import type { InnovationStatusValue } from './innovation-steps';

export interface InnovationRow {
  id: string;
  regionCode: string;
  unitId: string | null;
  title: string;
  year: number;
  description: string | null;
  status: InnovationStatusValue;
  stage: string | null;
  createdBy: string | null;
  submittedAt: Date | null;
  forwardedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewInnovation {
  unitId: string | null;
  title: string;
  year: number;
  description: string | null;
  createdBy: string | null;
}

/** Changes to a draft: absent keeps a column, null clears the nullable ones. */
export interface DraftChanges {
  title?: string;
  year?: number;
  unitId?: string | null;
  description?: string | null;
}

export interface InnovationCount {
  status: InnovationStatusValue;
  stage: string | null;
  count: number;
}

const COLUMNS = `id, region_id as "regionCode", unit_id as "unitId", title, year, description, status, stage,
  created_by as "createdBy", submitted_at as "submittedAt", forwarded_at as "forwardedAt", created_at as "createdAt", updated_at as "updatedAt"`;

/** SQL over `innovation`; every statement names the tenant key and runs in the current tenant transaction. */
@Injectable()
export class InnovationsRepository {
  async ofRegion(regionCode: string, year: number | null, status: string | null): Promise<InnovationRow[]> {
    return currentManager().query(
      `select ${COLUMNS} from innovation
       where region_id = $1 and ($2::int is null or year = $2) and ($3::text is null or status = $3)
       order by year desc, title`,
      [regionCode, year, status],
    );
  }

  async byId(regionCode: string, id: string): Promise<InnovationRow | null> {
    const rows: InnovationRow[] = await currentManager().query(
      `select ${COLUMNS} from innovation where region_id = $1 and id = $2`,
      [regionCode, id],
    );
    return rows[0] ?? null;
  }

  async insert(regionCode: string, n: NewInnovation): Promise<InnovationRow> {
    const [row] = await currentManager().query(
      `insert into innovation (region_id, unit_id, title, year, description, created_by) values ($1, $2, $3, $4, $5, $6) returning ${COLUMNS}`,
      [regionCode, n.unitId, n.title, n.year, n.description, n.createdBy],
    );
    return row;
  }

  /** Updates a draft; null when there is no visible draft with that id. */
  async updateDraft(regionCode: string, id: string, c: DraftChanges): Promise<InnovationRow | null> {
    return this.one(
      `update innovation set
         title = coalesce($3, title),
         year = coalesce($4, year),
         unit_id = case when $5 then $6::uuid else unit_id end,
         description = case when $7 then $8 else description end,
         updated_at = now()
       where region_id = $1 and id = $2 and status = 'draft'
       returning ${COLUMNS}`,
      [
        regionCode,
        id,
        c.title ?? null,
        c.year ?? null,
        c.unitId !== undefined,
        c.unitId ?? null,
        c.description !== undefined,
        c.description ?? null,
      ],
    );
  }

  /** Moves an innovation from one status to the next, stamping when; null unless it was in `from`. */
  async advance(
    regionCode: string,
    id: string,
    from: InnovationStatusValue,
    to: InnovationStatusValue,
  ): Promise<InnovationRow | null> {
    return this.one(
      `update innovation set
         status = $4,
         submitted_at = case when $4 = 'submitted' then now() else submitted_at end,
         forwarded_at = case when $4 = 'forwarded' then now() else forwarded_at end,
         updated_at = now()
       where region_id = $1 and id = $2 and status = $3
       returning ${COLUMNS}`,
      [regionCode, id, from, to],
    );
  }

  /** Records the stage a forwarded innovation reached; null unless it is forwarded. */
  async recordStage(regionCode: string, id: string, stage: string): Promise<InnovationRow | null> {
    return this.one(
      `update innovation set stage = $3, updated_at = now()
       where region_id = $1 and id = $2 and status = 'forwarded'
       returning ${COLUMNS}`,
      [regionCode, id, stage],
    );
  }

  async counts(regionCode: string, year: number | null): Promise<InnovationCount[]> {
    return currentManager().query(
      `select status, stage, count(*)::int as count from innovation
       where region_id = $1 and ($2::int is null or year = $2)
       group by status, stage`,
      [regionCode, year],
    );
  }

  private async one(sql: string, params: unknown[]): Promise<InnovationRow | null> {
    const [rows]: [InnovationRow[], number] = await currentManager().query(sql, params);
    return rows[0] ?? null;
  }
}
