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

  /**
   * Opens the periods of a framework version and year for many provinces in one statement (what
   * `openPeriod` does for one), returning each province's new period id.
   */
  async openPeriods(frameworkVersionId: string, year: number, provinceCodes: readonly string[], openedBy: string | null): Promise<Map<string, string>> {
    const rows: { id: string; provinceCode: string }[] = await currentManager().query(
      `insert into assessment_period (id, province_id, framework_version_id, year, deadline, opened_by)
       select gen_random_uuid(), p, $2, $3, null, $4 from unnest($1::text[]) p
       returning id, province_id as "provinceCode"`,
      [provinceCodes, frameworkVersionId, year, openedBy],
    );
    return new Map(rows.map((r) => [r.provinceCode, r.id]));
  }
}
