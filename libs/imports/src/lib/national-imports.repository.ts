import { Injectable } from '@nestjs/common';
import { currentManager } from '@rapor/db';
import { COMPOSITE } from '@rapor/domain';
import type { StoredOfficialResult } from './national-official-results';

/** SQL of the national import that the assessments repository does not already have; inside the request's tenant transaction. */
@Injectable()
export class NationalImportsRepository {
  /** The stored official (composite, region-level) results of periods, keyed "periodId|regionCode". */
  async storedOfficialResults(periodIds: readonly string[]): Promise<Map<string, StoredOfficialResult>> {
    const rows: (StoredOfficialResult & { periodId: string })[] = await currentManager().query(
      `select period_id as "periodId", region_id as "regionCode", value::float8 as value, published_category as "publishedCategory",
         state, source_note as "sourceNote"
       from assessment_value where period_id = any($1::uuid[]) and node_code = $2 and unit_id is null`,
      [periodIds, COMPOSITE],
    );
    return new Map(rows.map(({ periodId, ...r }) => [`${periodId}|${r.regionCode}`, r]));
  }
}
