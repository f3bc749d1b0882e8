import { Injectable } from '@nestjs/common';
import { currentManager } from '@rapor/db';
import type { FrameworkDefinition, RegionNodeResult } from '@rapor/domain';

export type PeriodState = 'open' | 'in_review' | 'published' | 'amended';
export type ValueState = 'draft' | 'submitted' | 'returned' | 'verified';
export type SubmissionState = ValueState;

export interface PeriodRow {
  id: string;
  provinceCode: string;
  frameworkVersionId: string;
  frameworkCode: string;
  frameworkVersion: string;
  year: number;
  state: PeriodState;
  deadline: string | null;
  publishedRevision: number;
  publishedAt: Date | null;
  createdAt: Date;
  isDemo: boolean;
}

/** A value as entered or imported: what a row of an entry or an import holds. */
export interface NewValue {
  nodeCode: string;
  unitId: string | null;
  value: number | null;
  publishedCategory: string | null;
  evidenceUrl: string | null;
  evidenceNote: string | null;
  evidenceRef: string | null;
}

/** A stored value: what was entered, and where it stands. */
export interface ValueRow extends NewValue {
  id: string;
  regionCode: string;
  regionName: string;
  periodId: string;
  state: ValueState;
  source: 'entry' | 'import';
  sourceNote: string | null;
  originalValue: number | null;
  correctionReason: string | null;
  reviewComment: string | null;
  updatedAt: Date;
}

export interface SubmissionRow {
  regionCode: string;
  periodId: string;
  state: SubmissionState;
  submittedAt: Date | null;
  returnComment: string | null;
  verifiedAt: Date | null;
}

/** A region of the period's province with its submission (or none yet) and how far its entry is. */
export interface MonitorRow {
  regionCode: string;
  regionName: string;
  periodId: string;
  state: SubmissionState | 'not_started';
  submittedAt: Date | null;
  returnComment: string | null;
  verifiedAt: Date | null;
  /** Distinct indicators (not "*") with a value. */
  indicatorsFilled: number;
  returnedValues: number;
  hasOfficialResult: boolean;
  lastChangedAt: Date | null;
}

const PERIOD_COLUMNS = `p.id, p.province_id as "provinceCode", p.framework_version_id as "frameworkVersionId",
  f.code as "frameworkCode", f.version as "frameworkVersion", p.year, p.state, p.deadline::text as deadline,
  p.published_revision as "publishedRevision", p.published_at as "publishedAt", p.created_at as "createdAt",
  p.is_demo as "isDemo"`;

const VALUE_COLUMNS = `id, region_id as "regionCode", (select g.name from region g where g.id = region_id) as "regionName", period_id as "periodId", node_code as "nodeCode", unit_id as "unitId",
  value::float8 as value, published_category as "publishedCategory", evidence_url as "evidenceUrl",
  evidence_note as "evidenceNote", evidence_ref as "evidenceRef", state, source, source_note as "sourceNote",
  original_value::float8 as "originalValue", correction_reason as "correctionReason", review_comment as "reviewComment",
  updated_at as "updatedAt"`;

const SUBMISSION_COLUMNS = `region_id as "regionCode", period_id as "periodId", state, submitted_at as "submittedAt",
  return_comment as "returnComment", verified_at as "verifiedAt"`;

const ZERO_UUID = '00000000-0000-0000-0000-000000000000';

/** A region in a period: the unit that submissions and provisional results are kept per. */
export interface RegionSlot {
  periodId: string;
  regionCode: string;
}

/** Slots as two parallel arrays, for `unnest($n::uuid[], $m::text[])`. */
const slotColumns = (slots: readonly RegionSlot[]): [string[], string[]] => [slots.map((s) => s.periodId), slots.map((s) => s.regionCode)];

/** SQL of periods, values, submissions and results; always inside the request's tenant transaction. */
@Injectable()
export class AssessmentsRepository {
  // --- periods --------------------------------------------------------------------------

  async periods(filter: { provinceCode: string | null; frameworkCode: string | null; year: number | null }): Promise<PeriodRow[]> {
    return currentManager().query(
      `select ${PERIOD_COLUMNS} from assessment_period p join framework_version f on f.id = p.framework_version_id
       where ($1::text is null or p.province_id = $1) and ($2::text is null or f.code = $2) and ($3::int is null or p.year = $3)
       order by p.year desc, f.code, p.province_id`,
      [filter.provinceCode, filter.frameworkCode, filter.year],
    );
  }

  async period(id: string, lock = false): Promise<PeriodRow | null> {
    const rows: PeriodRow[] = await currentManager().query(
      `select ${PERIOD_COLUMNS} from assessment_period p join framework_version f on f.id = p.framework_version_id
       where p.id = $1 ${lock ? 'for update of p' : ''}`,
      [id],
    );
    return rows[0] ?? null;
  }

  async frameworkVersionFor(code: string, version: string | null, year: number): Promise<{ id: string; definition: FrameworkDefinition } | null> {
    const rows = await currentManager().query(
      `select id, definition from framework_version
       where code = $1 and ($2::text is null or version = $2)
         and ($2::text is not null or ((years_from is null or years_from <= $3) and (years_to is null or years_to >= $3)))
       order by years_from desc nulls last limit 1`,
      [code, version, year],
    );
    return rows[0] ?? null;
  }

  async definitionOf(frameworkVersionId: string): Promise<FrameworkDefinition> {
    const [row] = await currentManager().query(`select definition from framework_version where id = $1`, [frameworkVersionId]);
    return row.definition;
  }

  async insertPeriod(p: { provinceCode: string; frameworkVersionId: string; year: number; deadline: string | null; openedBy: string | null }): Promise<string> {
    const id: string = (await currentManager().query(`select gen_random_uuid() as id`))[0].id;
    await currentManager().query(
      `insert into assessment_period (id, province_id, framework_version_id, year, deadline, opened_by) values ($1, $2, $3, $4, $5, $6)`,
      [id, p.provinceCode, p.frameworkVersionId, p.year, p.deadline, p.openedBy],
    );
    return id;
  }

  async setPeriodState(id: string, state: PeriodState, extra: { publishedRevision?: number } = {}): Promise<void> {
    await currentManager().query(
      `update assessment_period set state = $2, updated_at = now(),
         published_revision = coalesce($3, published_revision),
         published_at = case when $2 = 'published' then now() else published_at end
       where id = $1`,
      [id, state, extra.publishedRevision ?? null],
    );
  }

  async allRegions(): Promise<{ code: string; name: string; provinceCode: string }[]> {
    return currentManager().query(`select id as code, name, province_id as "provinceCode" from region`);
  }

  async regionByCode(code: string): Promise<{ code: string; name: string; provinceCode: string } | null> {
    const rows = await currentManager().query(`select id as code, name, province_id as "provinceCode" from region where id = $1`, [code]);
    return rows[0] ?? null;
  }

  // --- values ---------------------------------------------------------------------------

  async values(periodId: string, regionCode: string | null, states: ValueState[] | null = null): Promise<ValueRow[]> {
    return currentManager().query(
      `select ${VALUE_COLUMNS} from assessment_value
       where period_id = $1 and ($2::text is null or region_id = $2) and ($3::text[] is null or state = any($3))
       order by region_id, node_code, unit_id nulls first`,
      [periodId, regionCode, states],
    );
  }

  async value(id: string): Promise<ValueRow | null> {
    const rows: ValueRow[] = await currentManager().query(`select ${VALUE_COLUMNS} from assessment_value where id = $1`, [id]);
    return rows[0] ?? null;
  }

  async unitIdsOf(regionCode: string, ids: readonly string[]): Promise<Set<string>> {
    const rows: { id: string }[] = await currentManager().query(`select id from unit where region_id = $1 and id = any($2::uuid[])`, [
      regionCode,
      ids,
    ]);
    return new Set(rows.map((r) => r.id));
  }

  /** Inserts or updates draft values (one statement for all rows); returns their ids. */
  async upsertDrafts(periodId: string, frameworkVersionId: string, regionCode: string, rows: readonly NewValue[], userId: string | null): Promise<string[]> {
    const col = <K extends keyof NewValue>(k: K) => rows.map((r) => r[k]);
    const result: { id: string }[] = await currentManager().query(
      `insert into assessment_value (region_id, period_id, framework_version_id, node_code, unit_id, value, published_category,
         evidence_url, evidence_note, evidence_ref, entered_by)
       select $1, $2, $3, r.node_code, r.unit_id, r.value, r.published_category, r.evidence_url, r.evidence_note, r.evidence_ref, $4
       from unnest($5::text[], $6::uuid[], $7::numeric[], $8::text[], $9::text[], $10::text[], $11::text[])
         as r(node_code, unit_id, value, published_category, evidence_url, evidence_note, evidence_ref)
       on conflict (region_id, period_id, node_code, coalesce(unit_id, '${ZERO_UUID}')) do update set
         value = excluded.value, published_category = excluded.published_category, evidence_url = excluded.evidence_url,
         evidence_note = excluded.evidence_note, evidence_ref = excluded.evidence_ref, entered_by = excluded.entered_by,
         updated_at = now()
       returning id`,
      [
        regionCode,
        periodId,
        frameworkVersionId,
        userId,
        col('nodeCode'),
        col('unitId'),
        col('value'),
        col('publishedCategory'),
        col('evidenceUrl'),
        col('evidenceNote'),
        col('evidenceRef'),
      ],
    );
    return result.map((r) => r.id);
  }

  async setValuesState(periodId: string, regionCode: string, from: ValueState[], to: ValueState): Promise<number> {
    const [, count] = await currentManager().query(
      `update assessment_value set state = $4, updated_at = now() where period_id = $1 and region_id = $2 and state = any($3)`,
      [periodId, regionCode, from, to],
    );
    return count;
  }

  async reviewValue(
    id: string,
    change: { state: ValueState; value?: number; correctionReason?: string | null; reviewComment?: string | null; verifiedBy: string | null },
  ): Promise<void> {
    await currentManager().query(
      `update assessment_value set
         state = $2,
         original_value = case when $3::numeric is not null and $3::numeric is distinct from value then coalesce(original_value, value) else original_value end,
         value = coalesce($3::numeric, value),
         correction_reason = coalesce($4, correction_reason),
         review_comment = $5,
         verified_by = case when $2 = 'verified' then $6::uuid else verified_by end,
         verified_at = case when $2 = 'verified' then now() else verified_at end,
         updated_at = now()
       where id = $1`,
      [id, change.state, change.value ?? null, change.correctionReason ?? null, change.reviewComment ?? null, change.verifiedBy],
    );
  }

  /** Accepts every submitted value of a region at once; returns how many. */
  async verifySubmitted(periodId: string, regionCode: string, verifiedBy: string | null): Promise<number> {
    const [, count] = await currentManager().query(
      `update assessment_value set state = 'verified', review_comment = null, verified_by = $3, verified_at = now(), updated_at = now()
       where period_id = $1 and region_id = $2 and state = 'submitted'`,
      [periodId, regionCode, verifiedBy],
    );
    return count;
  }

  /**
   * Writes verified official values (imports) of any number of periods of one framework version
   * in one statement; existing slots are replaced. Returns the period of each value that changed
   * (an unchanged value is not written, so a re-run returns none).
   */
  async upsertOfficial(
    frameworkVersionId: string,
    rows: readonly { periodId: string; regionCode: string; nodeCode: string; value: number | null; publishedCategory: string | null; source: string }[],
    userId: string | null,
  ): Promise<string[]> {
    const col = <K extends keyof (typeof rows)[number]>(k: K) => rows.map((r) => r[k]);
    const result: { periodId: string }[] = await currentManager().query(
      `insert into assessment_value (region_id, period_id, framework_version_id, node_code, value, published_category,
         state, source, source_note, entered_by, verified_by, verified_at)
       select r.region_id, r.period_id, $1, r.node_code, r.value, r.published_category, 'verified', 'import', r.source, $2, $2, now()
       from unnest($3::uuid[], $4::text[], $5::text[], $6::numeric[], $7::text[], $8::text[])
         as r(period_id, region_id, node_code, value, published_category, source)
       on conflict (region_id, period_id, node_code, coalesce(unit_id, '${ZERO_UUID}')) do update set
         value = excluded.value, published_category = excluded.published_category, state = 'verified', source = 'import',
         source_note = excluded.source_note, verified_by = excluded.verified_by, verified_at = now(), updated_at = now()
       where (assessment_value.value, assessment_value.published_category, assessment_value.state, assessment_value.source_note)
         is distinct from (excluded.value, excluded.published_category, 'verified', excluded.source_note)
       returning period_id as "periodId"`,
      [frameworkVersionId, userId, col('periodId'), col('regionCode'), col('nodeCode'), col('value'), col('publishedCategory'), col('source')],
    );
    return result.map((r) => r.periodId);
  }

  // --- submissions ----------------------------------------------------------------------

  async submissions(periodId: string, regionCode: string | null): Promise<SubmissionRow[]> {
    return currentManager().query(
      `select ${SUBMISSION_COLUMNS} from region_submission where period_id = $1 and ($2::text is null or region_id = $2) order by region_id`,
      [periodId, regionCode],
    );
  }

  /**
   * Every region of the province (or one) with its submission in the period, or none yet
   * ('not_started'), and counts of its values; what RLS hides counts as not there.
   */
  async submissionMonitor(periodId: string, provinceCode: string, regionCodes: readonly string[] | null): Promise<MonitorRow[]> {
    return currentManager().query(
      `select g.id as "regionCode", g.name as "regionName", $1::uuid as "periodId", coalesce(s.state, 'not_started') as state,
         s.submitted_at as "submittedAt", s.return_comment as "returnComment", s.verified_at as "verifiedAt",
         coalesce(v.filled, 0) as "indicatorsFilled", coalesce(v.returned, 0) as "returnedValues",
         coalesce(v.official, false) as "hasOfficialResult", greatest(v.changed, s.updated_at) as "lastChangedAt"
       from region g
       left join region_submission s on s.period_id = $1 and s.region_id = g.id
       left join lateral (
         select count(distinct a.node_code) filter (where a.node_code <> '*' and a.value is not null)::int as filled,
           count(*) filter (where a.state = 'returned')::int as returned,
           bool_or(a.node_code = '*') as official, max(a.updated_at) as changed
         from assessment_value a where a.period_id = $1 and a.region_id = g.id
       ) v on true
       where g.province_id = $2 and ($3::text[] is null or g.id = any($3))
       order by g.id`,
      [periodId, provinceCode, regionCodes],
    );
  }

  async ensureSubmission(periodId: string, regionCode: string, state: SubmissionState = 'draft'): Promise<void> {
    await this.ensureSubmissions([{ periodId, regionCode }], state);
  }

  /** Creates the missing submissions of regions in their periods (one statement, any number of periods). */
  async ensureSubmissions(slots: readonly RegionSlot[], state: SubmissionState): Promise<void> {
    await currentManager().query(
      `insert into region_submission (region_id, period_id, state)
       select x.region_id, x.period_id, $3 from unnest($1::uuid[], $2::text[]) as x(period_id, region_id) on conflict do nothing`,
      [...slotColumns(slots), state],
    );
  }

  /** Sets each region's submission in its period to the state its values imply (a returned one keeps the comment); one statement. */
  async settleSubmissions(states: readonly (RegionSlot & { state: SubmissionState })[], comment: string | null): Promise<void> {
    await currentManager().query(
      `update region_submission s set state = x.state, updated_at = now(),
         return_comment = case when x.state = 'returned' then coalesce($4, s.return_comment) else s.return_comment end,
         verified_at = case when x.state = 'verified' and s.state <> 'verified' then now() else s.verified_at end
       from unnest($1::uuid[], $2::text[], $3::text[]) as x(period_id, region_id, state)
       where s.period_id = x.period_id and s.region_id = x.region_id
         and (s.state is distinct from x.state or (x.state = 'returned' and $4::text is not null))`,
      [...slotColumns(states), states.map((s) => s.state), comment],
    );
  }

  /** The values of regions in their periods (one statement, any number of periods). */
  async valuesOfRegions(slots: readonly RegionSlot[]): Promise<ValueRow[]> {
    return currentManager().query(
      `select ${VALUE_COLUMNS} from assessment_value
       where (period_id, region_id) in (select * from unnest($1::uuid[], $2::text[]))
       order by period_id, region_id, node_code, unit_id nulls first`,
      slotColumns(slots),
    );
  }

  async setSubmission(
    periodId: string,
    regionCode: string,
    state: SubmissionState,
    extra: { userId?: string | null; comment?: string | null } = {},
  ): Promise<void> {
    await currentManager().query(
      `update region_submission set state = $3, updated_at = now(),
         submitted_at = case when $3 = 'submitted' then now() else submitted_at end,
         submitted_by = case when $3 = 'submitted' then $4::uuid else submitted_by end,
         return_comment = case when $3 = 'returned' then $5 else return_comment end,
         verified_at = case when $3 = 'verified' then now() else verified_at end
       where period_id = $1 and region_id = $2`,
      [periodId, regionCode, state, extra.userId ?? null, extra.comment ?? null],
    );
  }

  // --- results --------------------------------------------------------------------------

  /** Replaces the provisional results of regions in their periods (two statements, whatever their number and periods). */
  async replaceRegionResults(slots: readonly RegionSlot[], results: readonly (RegionNodeResult & RegionSlot)[]): Promise<void> {
    const m = currentManager();
    await m.query(
      `delete from region_result r using unnest($1::uuid[], $2::text[]) as x(period_id, region_id)
       where r.period_id = x.period_id and r.region_id = x.region_id`,
      slotColumns(slots),
    );
    if (results.length === 0) return;
    await m.query(
      `insert into region_result (region_id, period_id, node_code, value, complete, missing, computed_category, published_category,
         category_mismatch, evaluated_units, source)
       select r.region_id, r.period_id, r.node_code, r.value, r.complete, coalesce(r.missing, '{}'), r.computed_category, r.published_category,
         r.category_mismatch, r.evaluated_units, r.source
       from jsonb_to_recordset($1::jsonb) as r(period_id uuid, region_id text, node_code text, value numeric, complete boolean, missing text[],
         computed_category text, published_category text, category_mismatch boolean, evaluated_units jsonb, source text)`,
      [JSON.stringify(results.map((r) => ({ ...resultRecord(r), period_id: r.periodId, region_id: r.regionCode })))],
    );
  }

  async regionResults(
    periodId: string,
    regionCode: string | null,
    nodeCode: string | null,
  ): Promise<(RegionNodeResult & { regionCode: string; regionName: string })[]> {
    const rows = await currentManager().query(
      `select region_id as "regionCode", (select g.name from region g where g.id = region_id) as "regionName", node_code as "nodeCode", value::float8 as value, complete, missing,
         computed_category as "computedCategory", published_category as "publishedCategory", category_mismatch as "categoryMismatch",
         evaluated_units as "evaluatedUnits", source
       from region_result where period_id = $1 and ($2::text is null or region_id = $2) and ($3::text is null or node_code = $3)
       order by region_id, node_code`,
      [periodId, regionCode, nodeCode],
    );
    return rows;
  }

  async insertPublished(
    periodId: string,
    revision: number,
    rows: readonly (RegionNodeResult & { regionCode: string; rank: number | null; rankedCount: number })[],
  ): Promise<void> {
    if (rows.length === 0) return;
    await currentManager().query(
      `insert into published_result (region_id, period_id, revision, node_code, value, complete, computed_category, published_category,
         category_mismatch, rank, ranked_count, evaluated_units, source)
       select r.region_id, $1, $2, r.node_code, r.value, r.complete, r.computed_category, r.published_category, r.category_mismatch,
         r.rank, r.ranked_count, r.evaluated_units, r.source
       from jsonb_to_recordset($3::jsonb) as r(region_id text, node_code text, value numeric, complete boolean, computed_category text,
         published_category text, category_mismatch boolean, rank int, ranked_count int, evaluated_units jsonb, source text)`,
      [periodId, revision, JSON.stringify(rows.map((r) => ({ ...resultRecord(r), region_id: r.regionCode, rank: r.rank, ranked_count: r.rankedCount })))],
    );
  }

  async publishedResults(
    periodId: string,
    revision: number,
    regionCode: string | null,
  ): Promise<(RegionNodeResult & { regionCode: string; regionName: string; rank: number | null; rankedCount: number; revision: number; publishedAt: Date })[]> {
    return currentManager().query(
      `select region_id as "regionCode", (select g.name from region g where g.id = region_id) as "regionName",
         node_code as "nodeCode", value::float8 as value, complete,
         computed_category as "computedCategory", published_category as "publishedCategory", category_mismatch as "categoryMismatch",
         rank, ranked_count as "rankedCount", evaluated_units as "evaluatedUnits", source, revision, published_at as "publishedAt"
       from published_result where period_id = $1 and revision = $2 and ($3::text is null or region_id = $3)
       order by node_code, rank nulls last, region_id`,
      [periodId, revision, regionCode],
    );
  }
}

function resultRecord(r: RegionNodeResult) {
  return {
    node_code: r.nodeCode,
    value: r.value,
    complete: r.complete,
    missing: r.missing,
    computed_category: r.computedCategory,
    published_category: r.publishedCategory,
    category_mismatch: r.categoryMismatch,
    evaluated_units: r.evaluatedUnits,
    source: r.source,
  };
}
