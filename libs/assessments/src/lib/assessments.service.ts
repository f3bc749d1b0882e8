import { Injectable, Optional } from '@nestjs/common';
import { isURL } from 'class-validator';
import { AppError, notFound, setAuditReason } from '@rapor/db';
import {
  COMPOSITE,
  computeRegionResults,
  DomainError,
  flattenNodes,
  isLeaf,
  type FrameworkDefinition,
  type RegionNodeResult,
  roundTo,
  type StoredValue,
} from '@rapor/domain';
import { NotificationEvents } from '@rapor/notifications';
import { may, Permission, requireAccess } from '@rapor/permissions';
import type { RequestContext } from '@rapor/platform';
import { checkOfficialRows, type OfficialRowReport, type RawOfficialRow } from './official-results';
import { describeNodes, type NodeInfo } from './node-info';
import { scaleProblem, withRanks } from './results';
import {
  AssessmentsRepository,
  type MonitorRow,
  type NewValue,
  type PeriodRow,
  type PeriodState,
  type RegionSlot,
  type ValueRow,
  type ValueState,
} from './assessments.repository';

/** A problem of one row of a batch, reported with the row's number and the offending field. */
export interface RowError {
  /** Row number, 1-based: the first row of `rows` is row 1. */
  row: number;
  /** Path of the offending input field, e.g. "rows.0.evidenceUrl" (an index into `rows`, 0-based). */
  field: string;
  code: string;
  message: string;
}

export type ReviewAction = 'ACCEPT' | 'CORRECT' | 'RETURN';

/** A region of the period's province in the review list: its submission state and how complete its entry is. */
export interface SubmissionStatus extends MonitorRow {
  /** Indicators (leaves) of the framework version. */
  indicatorsTotal: number;
  /** indicatorsFilled / indicatorsTotal, 0–1 at 3 decimals (1 for a region with an official composite and no indicators). */
  completeness: number;
}

/** What a real import would need, told by a dry run. */
export interface RealRunCheck {
  /** True when `dryRun=false` would be accepted for this period now (rows permitting). */
  allowed: boolean;
  /** The error code a real run would answer (`PERIOD_ALREADY_PUBLISHED`), or null. */
  code: string | null;
  /** What to do first, e.g. "amend first"; null when allowed. */
  message: string | null;
}

/** A checked official result of a region, bound for its period. */
export interface OfficialResultRow {
  periodId: string;
  regionCode: string;
  value: number | null;
  publishedCategory: string | null;
  source: string;
}

const slotKey = (s: RegionSlot) => `${s.periodId}|${s.regionCode}`;

/** The distinct regions-in-periods of rows, in their first order. */
function uniqueSlots(rows: readonly RegionSlot[]): RegionSlot[] {
  const seen = new Map<string, RegionSlot>();
  for (const r of rows) if (!seen.has(slotKey(r))) seen.set(slotKey(r), { periodId: r.periodId, regionCode: r.regionCode });
  return [...seen.values()];
}

/** Values grouped by their region in their period. */
function bySlot(values: readonly ValueRow[]): Map<string, ValueRow[]> {
  const out = new Map<string, ValueRow[]>();
  for (const v of values) {
    const key = slotKey(v);
    const list = out.get(key);
    if (list) list.push(v);
    else out.set(key, [v]);
  }
  return out;
}

const IMPORTABLE: PeriodState[] = ['open', 'in_review', 'amended'];
const ALL_STATES: PeriodState[] = ['open', 'in_review', 'published', 'amended'];

/** The flow of a period: open, enter values, submit, review, publish, amend. */
@Injectable()
export class AssessmentsService {
  constructor(
    private readonly repo: AssessmentsRepository,
    // Nest always injects it; scripts that build the service by hand (demo data, fixtures) raise no notifications.
    @Optional() private readonly notify?: NotificationEvents,
  ) {}

  // --- periods --------------------------------------------------------------------------

  periods(ctx: RequestContext, filter: { provinceCode: string | null; frameworkCode: string | null; year: number | null }): Promise<PeriodRow[]> {
    requireAccess(ctx.principal, Permission.PeriodRead);
    return this.repo.periods(filter);
  }

  async period(ctx: RequestContext, id: string): Promise<PeriodRow> {
    requireAccess(ctx.principal, Permission.PeriodRead);
    const period = await this.repo.period(id);
    if (!period) throw notFound(`Period ${id}`, 'periodId');
    return period;
  }

  /** Opens a period for a province, framework and evaluation year (the version covering the year unless one is named). */
  async openPeriod(
    ctx: RequestContext,
    input: { provinceCode: string; frameworkCode: string; year: number; version: string | null; deadline: string | null },
  ): Promise<PeriodRow> {
    requireAccess(ctx.principal, Permission.PeriodManage, { provinceCode: input.provinceCode }, 'provinceCode');
    const framework = await this.repo.frameworkVersionFor(input.frameworkCode, input.version, input.year);
    if (!framework) {
      const which = input.version ? `version ${input.version}` : `a version covering ${input.year}`;
      throw new AppError('BAD_USER_INPUT', `Framework ${input.frameworkCode} has no ${which}`, [input.version ? 'version' : 'year']);
    }
    const years = framework.definition.years;
    if ((years.from !== null && input.year < years.from) || (years.to !== null && input.year > years.to)) {
      throw new AppError('BAD_USER_INPUT', `${input.frameworkCode} (version ${framework.definition.version}) does not cover ${input.year}`, ['year']);
    }
    const existing = await this.repo.periods({ provinceCode: input.provinceCode, frameworkCode: input.frameworkCode, year: input.year });
    if (existing.some((p) => p.frameworkVersionId === framework.id)) {
      throw new AppError('CONFLICT', `A ${input.frameworkCode} ${input.year} period is already open for province ${input.provinceCode}`, ['year']);
    }
    const id = await this.repo.insertPeriod({ ...input, frameworkVersionId: framework.id, openedBy: ctx.principal.userId });
    await this.notify?.periodOpened(ctx, id);
    return this.mustPeriod(id);
  }

  /** Closes entry: open → in review. Regions may still fix values returned to them. */
  async closeEntry(ctx: RequestContext, periodId: string): Promise<PeriodRow> {
    const period = await this.reviewablePeriod(ctx, Permission.PeriodManage, periodId, ['open']);
    await this.repo.setPeriodState(period.id, 'in_review');
    return this.mustPeriod(period.id);
  }

  /**
   * Publishes: every region whose submission is verified gets its results (from verified
   * values only) frozen with competition ranks per node; the others are "no data". A new
   * revision each time, so an amendment keeps the earlier published result.
   */
  async publish(ctx: RequestContext, periodId: string): Promise<PeriodRow> {
    const period = await this.reviewablePeriod(ctx, Permission.PeriodPublish, periodId, ['in_review', 'amended'], true);
    const submissions = await this.repo.submissions(period.id, null);
    const pending = submissions.filter((s) => s.state === 'submitted').map((s) => s.regionCode);
    if (pending.length > 0) {
      throw new AppError('PENDING_REVIEW', `Review the submissions of ${pending.join(', ')} before publishing`, ['periodId'], { regions: pending });
    }
    const definition = await this.repo.definitionOf(period.frameworkVersionId);
    const verified = await this.repo.values(period.id, null, ['verified']);
    const regions = submissions.filter((s) => s.state === 'verified').map((s) => s.regionCode);
    const results = regions.flatMap((regionCode) =>
      this.compute(definition, period.year, verified.filter((v) => v.regionCode === regionCode)).map((r) => ({ ...r, regionCode })),
    );
    const revision = period.publishedRevision + 1;
    await this.repo.insertPublished(period.id, revision, withRanks(definition, results));
    await this.repo.setPeriodState(period.id, 'published', { publishedRevision: revision });
    await this.notify?.periodPublished(ctx, period.id, revision);
    return this.mustPeriod(period.id);
  }

  /** Reopens a published period for corrections by reviewers; the published revision stays. */
  async amend(ctx: RequestContext, periodId: string, reason: string): Promise<PeriodRow> {
    if (reason.trim().length < 5) throw new AppError('BAD_USER_INPUT', 'An amendment needs a reason (at least 5 characters)', ['reason']);
    const period = await this.reviewablePeriod(ctx, Permission.PeriodManage, periodId, ['published'], true);
    await setAuditReason(reason);
    await this.repo.setPeriodState(period.id, 'amended');
    return this.mustPeriod(period.id);
  }

  // --- values ---------------------------------------------------------------------------

  values(ctx: RequestContext, periodId: string, regionCode: string | null): Promise<ValueRow[]> {
    requireAccess(ctx.principal, Permission.ValueRead);
    return this.repo.values(periodId, regionCode);
  }

  /**
   * Values with the name and scale of their node (indicator, or "*" the framework's composite),
   * for `assessmentValues`.
   */
  async describedValues(ctx: RequestContext, periodId: string, regionCode: string | null): Promise<(ValueRow & NodeInfo)[]> {
    const period = await this.visiblePeriod(ctx, periodId);
    if (!period) return [];
    const nodes = describeNodes(await this.repo.definitionOf(period.frameworkVersionId));
    const rows = await this.repo.values(period.id, regionCode);
    return rows.map((v) => ({ ...v, ...nodes(v.nodeCode) }));
  }

  /**
   * The review list of a period: for its reviewers and operators every region of the province,
   * including those that have not started (`not_started`), with how many indicators each has
   * filled; for a region's team its own region only; for anyone else nothing (as row-level
   * security shows them no submission), as for a period the caller cannot see.
   */
  async submissions(ctx: RequestContext, periodId: string, regionCode: string | null): Promise<SubmissionStatus[]> {
    const period = await this.visiblePeriod(ctx, periodId);
    if (!period) return [];
    const p = ctx.principal;
    let regions: string[] | null;
    if (may(p, Permission.ValueReview, { provinceCode: period.provinceCode })) regions = regionCode ? [regionCode] : null;
    else if (p.regionId && p.provinceId === period.provinceCode && may(p, Permission.SubmissionRead, { regionCode: p.regionId })) {
      if (regionCode && regionCode !== p.regionId) return [];
      regions = [p.regionId];
    } else return [];
    return this.monitor(period, regions);
  }

  /**
   * Saves draft values of a region (many rows, all or nothing). Every row is checked against
   * the framework (known leaf, unit where the framework is unit-level, value on its scale,
   * evidence) and every problem is reported with its row; nothing is written if any fails.
   */
  async saveValues(ctx: RequestContext, input: { periodId: string; regionCode: string; rows: NewValue[] }): Promise<(ValueRow & NodeInfo)[]> {
    requireAccess(ctx.principal, Permission.ValueEnter, { regionCode: input.regionCode }, 'regionCode');
    const period = await this.period(ctx, input.periodId);
    if (period.state === 'published') throw publishedError();
    if (period.state === 'amended') throw new AppError('PERIOD_IN_AMENDMENT', 'The period is being amended by its reviewers', ['periodId']);
    const definition = await this.repo.definitionOf(period.frameworkVersionId);
    const existing = await this.repo.values(period.id, input.regionCode);
    const errors = await this.checkRows(definition, period, input.regionCode, input.rows, existing);
    if (errors.length > 0) throw rowErrors(errors);
    await this.repo.ensureSubmission(period.id, input.regionCode);
    const ids = await this.repo.upsertDrafts(period.id, period.frameworkVersionId, input.regionCode, input.rows, ctx.principal.userId);
    const saved = await this.repo.values(period.id, input.regionCode);
    const nodes = describeNodes(definition);
    return saved.filter((v) => ids.includes(v.id)).map((v) => ({ ...v, ...nodes(v.nodeCode) }));
  }

  /** The region admin submits: its draft and returned values lock, results are computed. */
  async submit(ctx: RequestContext, periodId: string, regionCode: string): Promise<SubmissionStatus> {
    requireAccess(ctx.principal, Permission.ValueSubmit, { regionCode }, 'regionCode');
    const period = await this.period(ctx, periodId);
    if (period.state === 'published') throw publishedError();
    if (period.state !== 'open' && period.state !== 'in_review') {
      throw new AppError('PERIOD_NOT_OPEN', `The period is ${period.state}: submissions are closed`, ['periodId']);
    }
    const [submission] = await this.repo.submissions(period.id, regionCode);
    if (period.state === 'in_review' && submission?.state !== 'returned') {
      throw new AppError('PERIOD_NOT_OPEN', 'Entry is closed: only values returned by a reviewer can be resubmitted', ['periodId']);
    }
    const moved = await this.repo.setValuesState(period.id, regionCode, ['draft', 'returned'], 'submitted');
    if (moved === 0) throw new AppError('NOTHING_TO_SUBMIT', 'There are no draft or returned values to submit', ['periodId']);
    await this.repo.ensureSubmission(period.id, regionCode);
    await this.repo.setSubmission(period.id, regionCode, 'submitted', { userId: ctx.principal.userId });
    await this.recompute(period, regionCode);
    return this.mustSubmission(period.id, regionCode);
  }

  /**
   * A reviewer verifies one value: accept it, correct it (new value and a reason; the region's
   * value is kept as the original), or return it to the region with a comment.
   */
  async review(
    ctx: RequestContext,
    input: { valueId: string; action: ReviewAction; value: number | null; reason: string | null; comment: string | null },
  ): Promise<ValueRow & NodeInfo> {
    const value = await this.repo.value(input.valueId);
    if (!value) throw notFound(`Value ${input.valueId}`, 'valueId');
    const period = await this.reviewablePeriod(ctx, Permission.ValueReview, value.periodId, ['open', 'in_review', 'amended']);
    const reviewable: ValueState[] = period.state === 'amended' ? ['submitted', 'verified'] : ['submitted'];
    if (!reviewable.includes(value.state)) {
      throw new AppError('VALUE_NOT_SUBMITTED', `The value is ${value.state}; only submitted values are reviewed`, ['valueId']);
    }
    const definition = await this.repo.definitionOf(period.frameworkVersionId);
    if (input.action === 'CORRECT') {
      if (input.value === null) throw new AppError('BAD_USER_INPUT', 'A correction needs the new value', ['value']);
      if (!input.reason?.trim()) throw new AppError('BAD_USER_INPUT', 'A correction needs a reason', ['reason']);
      const problem = scaleProblem(definition, value.nodeCode, input.value);
      if (problem) throw new AppError('VALUE_OUT_OF_SCALE', problem, ['value']);
      await setAuditReason(input.reason);
      await this.repo.reviewValue(value.id, { state: 'verified', value: input.value, correctionReason: input.reason, verifiedBy: ctx.principal.userId });
      await this.notify?.valueCorrected(ctx, { periodId: value.periodId, regionCode: value.regionCode, nodeCode: value.nodeCode, original: value.value, value: input.value, reason: input.reason });
    } else if (input.action === 'RETURN') {
      if (!input.comment?.trim()) throw new AppError('BAD_USER_INPUT', 'Returning a value needs a comment for the region', ['comment']);
      await setAuditReason(input.comment);
      await this.repo.reviewValue(value.id, { state: 'returned', reviewComment: input.comment, verifiedBy: ctx.principal.userId });
      await this.notify?.submissionReturned(ctx, { periodId: value.periodId, regionCode: value.regionCode, nodeCode: value.nodeCode, comment: input.comment });
    } else {
      await this.repo.reviewValue(value.id, { state: 'verified', reviewComment: input.comment, verifiedBy: ctx.principal.userId });
    }
    await this.settleSubmission(period, value.regionCode, input.action === 'RETURN' ? input.comment : null);
    const updated = await this.repo.value(value.id);
    if (!updated) throw notFound(`Value ${input.valueId}`, 'valueId');
    return { ...updated, ...describeNodes(definition)(updated.nodeCode) };
  }

  /** Accepts every submitted value of a region at once. */
  async acceptSubmission(ctx: RequestContext, periodId: string, regionCode: string): Promise<SubmissionStatus> {
    const period = await this.reviewablePeriod(ctx, Permission.ValueReview, periodId, ['open', 'in_review', 'amended']);
    const accepted = await this.repo.verifySubmitted(period.id, regionCode, ctx.principal.userId);
    if (accepted === 0) throw new AppError('VALUE_NOT_SUBMITTED', 'The region has no submitted values', ['regionCode']);
    await this.settleSubmission(period, regionCode, null);
    return this.mustSubmission(period.id, regionCode);
  }

  /** Returns a whole submission to the region with a comment; its values unlock. */
  async returnSubmission(ctx: RequestContext, periodId: string, regionCode: string, comment: string): Promise<SubmissionStatus> {
    const period = await this.reviewablePeriod(ctx, Permission.ValueReview, periodId, ['open', 'in_review']);
    if (!comment.trim()) throw new AppError('BAD_USER_INPUT', 'Returning needs a comment for the region', ['comment']);
    await setAuditReason(comment);
    const moved = await this.repo.setValuesState(period.id, regionCode, ['submitted'], 'returned');
    if (moved === 0) throw new AppError('VALUE_NOT_SUBMITTED', 'The region has no submitted values', ['regionCode']);
    await this.repo.setSubmission(period.id, regionCode, 'returned', { comment });
    await this.notify?.submissionReturned(ctx, { periodId: period.id, regionCode, comment });
    await this.recompute(period, regionCode);
    return this.mustSubmission(period.id, regionCode);
  }

  /** Provisional results (reviewers and the region's own team) of a period. */
  regionResults(ctx: RequestContext, periodId: string, regionCode: string | null, nodeCode: string | null) {
    requireAccess(ctx.principal, Permission.ValueRead);
    return this.repo.regionResults(periodId, regionCode, nodeCode);
  }

  /** Provisional results with region names, node names and scales (`provisionalResults`). */
  async describedRegionResults(ctx: RequestContext, periodId: string, regionCode: string | null, nodeCode: string | null) {
    const period = await this.visiblePeriod(ctx, periodId);
    if (!period) return [];
    const nodes = describeNodes(await this.repo.definitionOf(period.frameworkVersionId));
    const rows = await this.repo.regionResults(period.id, regionCode, nodeCode);
    return rows.map((r) => ({ ...r, ...nodes(r.nodeCode) }));
  }

  /** Published results of a period (its latest revision unless one is named), with node names and scales. */
  async publishedResults(ctx: RequestContext, periodId: string, revision: number | null, regionCode: string | null) {
    const period = await this.period(ctx, periodId);
    const rev = revision ?? period.publishedRevision;
    if (rev < 1 || rev > period.publishedRevision) {
      throw new AppError('NOT_PUBLISHED', rev < 1 ? 'The period has not been published yet' : `Revision ${rev} does not exist`, ['revision']);
    }
    const nodes = describeNodes(await this.repo.definitionOf(period.frameworkVersionId));
    const rows = await this.repo.publishedResults(period.id, rev, regionCode);
    return rows.map((r) => ({ ...r, ...nodes(r.nodeCode) }));
  }

  // --- official results (imports) ---------------------------------------------------------

  /**
   * Writes checked official results of many regions as verified values with their source, in
   * the request's transaction. Results of the affected regions are recomputed. Returns how many
   * values changed (0 on a re-run).
   */
  private async writeOfficialResults(
    ctx: RequestContext,
    periodId: string,
    rows: readonly { regionCode: string; value: number | null; publishedCategory: string | null; source: string }[],
  ): Promise<number> {
    const period = await this.reviewablePeriod(ctx, Permission.OfficialResultsImport, periodId, IMPORTABLE);
    return this.writeOfficial(period, rows.map((r) => ({ ...r, periodId: period.id })), ctx.principal.userId);
  }

  /**
   * The national import's write: checked official results of many provinces' periods of one
   * framework version and year, in a constant number of statements however many provinces
   * (values, submissions, provisional results: each one set-based statement). The caller has
   * checked the rows (`checkOfficialRows`) and that every period is importable (not published).
   * Returns how many values changed (0 on a re-run).
   */
  async writeNationalOfficialResults(
    ctx: RequestContext,
    scope: { frameworkVersionId: string; year: number; provinceCodes: readonly string[] },
    rows: readonly OfficialResultRow[],
  ): Promise<number> {
    requireAccess(ctx.principal, Permission.OfficialResultsImport);
    for (const provinceCode of scope.provinceCodes) requireAccess(ctx.principal, Permission.OfficialResultsImport, { provinceCode });
    return this.writeOfficial(scope, rows, ctx.principal.userId);
  }

  /** Upserts the values; each period with a changed value gets its rows' regions verified and settled. */
  private async writeOfficial(scope: { frameworkVersionId: string; year: number }, rows: readonly OfficialResultRow[], userId: string | null): Promise<number> {
    if (rows.length === 0) return 0;
    await setAuditReason('official results import');
    const changedIn = await this.repo.upsertOfficial(
      scope.frameworkVersionId,
      rows.map((r) => ({ ...r, nodeCode: COMPOSITE })),
      userId,
    );
    const periods = new Set(changedIn);
    const slots = uniqueSlots(rows.filter((r) => periods.has(r.periodId)));
    if (slots.length) {
      await this.repo.ensureSubmissions(slots, 'verified');
      await this.settleSlots(scope, slots, null);
    }
    return changedIn.length;
  }

  /**
   * Imports official results (reviewers and operators): every row is checked and reported; a
   * dry run, or any failing row, writes nothing; otherwise all rows are written at once as
   * verified values with their source. Importing the same file again changes nothing.
   */
  async importOfficialResults(
    ctx: RequestContext,
    periodId: string,
    raw: readonly RawOfficialRow[],
    options: { dryRun: boolean; source: string | null },
  ): Promise<{ period: PeriodRow; rows: OfficialRowReport[]; valid: boolean; written: boolean; changed: number; realRun: RealRunCheck }> {
    // A dry run writes nothing, so it may check a file against a period in any state.
    const period = await this.reviewablePeriod(ctx, Permission.OfficialResultsImport, periodId, options.dryRun ? ALL_STATES : IMPORTABLE);
    const realRun = realRunCheck(period);
    const definition = await this.repo.definitionOf(period.frameworkVersionId);
    const regions = await this.repo.allRegions();
    const rows = checkOfficialRows(definition, period.year, period.provinceCode, regions, raw, options.source);
    const valid = rows.length > 0 && rows.every((r) => r.errors.length === 0);
    if (!valid || options.dryRun) return { period, rows, valid, written: false, changed: 0, realRun };
    const changed = await this.writeOfficialResults(
      ctx,
      period.id,
      rows.map((r) => ({ regionCode: r.regionCode!, value: r.value, publishedCategory: r.publishedCategory, source: r.source! })),
    );
    return { period, rows, valid, written: true, changed, realRun };
  }

  // --- internals ------------------------------------------------------------------------

  /** The period, or null when it does not exist or the caller cannot see it (lists of its rows are then empty, as row-level security makes them). */
  private async visiblePeriod(ctx: RequestContext, periodId: string): Promise<PeriodRow | null> {
    requireAccess(ctx.principal, Permission.PeriodRead);
    return this.repo.period(periodId);
  }

  private async reviewablePeriod(
    ctx: RequestContext,
    permission: Permission,
    periodId: string,
    states: PeriodState[],
    lock = false,
  ): Promise<PeriodRow> {
    requireAccess(ctx.principal, permission);
    const seen = await this.repo.period(periodId);
    if (!seen) throw notFound(`Period ${periodId}`, 'periodId');
    requireAccess(ctx.principal, permission, { provinceCode: seen.provinceCode });
    // State changes serialise on the period row (locking needs the reviewer's update right).
    const period = lock ? await this.repo.period(periodId, true) : seen;
    if (!period) throw notFound(`Period ${periodId}`, 'periodId');
    if (!states.includes(period.state)) {
      if (period.state === 'published') throw publishedError();
      throw new AppError('INVALID_PERIOD_STATE', `The period is ${period.state}; this needs ${states.join(' or ')}`, ['periodId']);
    }
    return period;
  }

  /** After reviews: a region with a returned value is returned; one with every value verified is verified. */
  private async settleSubmission(period: PeriodRow, regionCode: string, comment: string | null): Promise<void> {
    await this.settleSlots(period, [{ periodId: period.id, regionCode }], comment);
  }

  /**
   * Settles many regions, of one period or of many periods of one framework version and year,
   * in a constant number of statements: each submission takes the state its values imply, and
   * the provisional results are recomputed from the submitted and verified values.
   */
  private async settleSlots(scope: { frameworkVersionId: string; year: number }, slots: readonly RegionSlot[], comment: string | null): Promise<void> {
    const values = bySlot(await this.repo.valuesOfRegions(slots));
    const states = slots.map((slot) => {
      const own = new Set((values.get(slotKey(slot)) ?? []).map((v) => v.state));
      const state: ValueState = own.has('returned') ? 'returned' : own.has('submitted') ? 'submitted' : own.has('verified') ? 'verified' : 'draft';
      return { ...slot, state };
    });
    await this.repo.settleSubmissions(states, comment);
    await this.recomputeSlots(scope, slots, values);
  }

  /** Recomputes a region's provisional results from its submitted and verified values. */
  private async recompute(period: PeriodRow, regionCode: string): Promise<void> {
    const slots = [{ periodId: period.id, regionCode }];
    await this.recomputeSlots(period, slots, bySlot(await this.repo.valuesOfRegions(slots)));
  }

  private async recomputeSlots(
    scope: { frameworkVersionId: string; year: number },
    slots: readonly RegionSlot[],
    values: ReadonlyMap<string, ValueRow[]>,
  ): Promise<void> {
    const definition = await this.repo.definitionOf(scope.frameworkVersionId);
    const results = slots.flatMap((slot) => {
      const own = (values.get(slotKey(slot)) ?? []).filter((v) => v.state === 'submitted' || v.state === 'verified');
      return own.length ? this.compute(definition, scope.year, own).map((r) => ({ ...r, ...slot })) : [];
    });
    await this.repo.replaceRegionResults(slots, results);
  }

  private compute(definition: FrameworkDefinition, year: number, values: readonly ValueRow[]): RegionNodeResult[] {
    const rows: StoredValue[] = values.map((v) => ({ nodeCode: v.nodeCode, unitId: v.unitId, value: v.value, publishedCategory: v.publishedCategory }));
    try {
      return computeRegionResults(definition, year, rows);
    } catch (error) {
      if (error instanceof DomainError) throw new AppError(error.code, error.message);
      throw error;
    }
  }

  private async checkRows(
    definition: FrameworkDefinition,
    period: PeriodRow,
    regionCode: string,
    rows: readonly NewValue[],
    existing: readonly ValueRow[],
  ): Promise<RowError[]> {
    const errors: RowError[] = [];
    const leaves = new Map(flattenNodes(definition).filter((f) => isLeaf(f.node)).map((f) => [f.node.code, f]));
    const unitIds = await this.repo.unitIdsOf(regionCode, rows.flatMap((r) => (r.unitId && UUID.test(r.unitId) ? [r.unitId] : [])));
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      const add = (field: string, code: string, message: string) => errors.push({ row: i + 1, field: `rows.${i}.${field}`, code, message });
      const leaf = leaves.get(row.nodeCode);
      if (!leaf) add('nodeCode', 'UNKNOWN_NODE', `"${row.nodeCode}" is not an indicator (leaf) of ${frameworkName(definition)}`);
      // Evidence is checked here, with everything else, so one bad link does not hide the other problems.
      for (const problem of evidenceProblems(row)) add(problem.field, problem.code, problem.message);
      if (definition.level === 'unit' && !row.unitId) add('unitId', 'UNIT_REQUIRED', `${definition.code} is scored per service unit: give the unit`);
      if (definition.level === 'region' && row.unitId) add('unitId', 'UNIT_NOT_ALLOWED', `${definition.code} is scored for the whole region, not per unit`);
      if (row.unitId && !UUID.test(row.unitId)) add('unitId', 'UNKNOWN_UNIT', `"${row.unitId}" is not a unit id`);
      else if (row.unitId && !unitIds.has(row.unitId)) add('unitId', 'UNKNOWN_UNIT', `Unit ${row.unitId} is not a unit of region ${regionCode}`);
      if (row.value === null) add('value', 'VALUE_REQUIRED', 'A value is required');
      else if (leaf) {
        const problem = scaleProblem(definition, row.nodeCode, row.value);
        if (problem) add('value', 'VALUE_OUT_OF_SCALE', problem);
      }
      if (row.publishedCategory !== null) add('publishedCategory', 'NOT_ALLOWED', 'Published categories come from official imports, not from entry');
      const slot = `${row.nodeCode}|${row.unitId ?? ''}`;
      if (seen.has(slot)) add('nodeCode', 'DUPLICATE_ROW', `${row.nodeCode} appears more than once${row.unitId ? ' for this unit' : ''}`);
      seen.add(slot);
      const current = existing.find((v) => v.nodeCode === row.nodeCode && v.unitId === row.unitId);
      if (current && !(current.state === 'draft' || current.state === 'returned')) {
        add('value', 'VALUE_LOCKED', `${row.nodeCode} is ${current.state} and can no longer be changed by the region`);
      }
      if (!current && period.state === 'in_review') add('nodeCode', 'PERIOD_NOT_OPEN', 'Entry is closed: only returned values can be changed');
      if (current && current.state === 'draft' && period.state === 'in_review') {
        add('value', 'PERIOD_NOT_OPEN', 'Entry is closed: only returned values can be changed');
      }
    });
    return errors;
  }

  private async mustPeriod(id: string): Promise<PeriodRow> {
    const period = await this.repo.period(id);
    if (!period) throw notFound(`Period ${id}`, 'periodId');
    return period;
  }

  private async mustSubmission(periodId: string, regionCode: string): Promise<SubmissionStatus> {
    const [s] = await this.monitor(await this.mustPeriod(periodId), [regionCode]);
    if (!s || s.state === 'not_started') throw notFound(`Submission of ${regionCode}`, 'regionCode');
    return s;
  }

  private async monitor(period: PeriodRow, regionCodes: readonly string[] | null): Promise<SubmissionStatus[]> {
    const definition = await this.repo.definitionOf(period.frameworkVersionId);
    const total = flattenNodes(definition).filter((f) => isLeaf(f.node)).length;
    const rows = await this.repo.submissionMonitor(period.id, period.provinceCode, regionCodes);
    return rows.map((r) => ({
      ...r,
      indicatorsTotal: total,
      completeness: r.hasOfficialResult && r.indicatorsFilled === 0 ? 1 : total === 0 ? 0 : roundTo(Math.min(1, r.indicatorsFilled / total), 3),
    }));
  }
}

/** Whether a real import would be accepted for the period in its current state, and if not what to do first. */
function realRunCheck(period: PeriodRow): RealRunCheck {
  if (IMPORTABLE.includes(period.state)) return { allowed: true, code: null, message: null };
  return {
    allowed: false,
    code: 'PERIOD_ALREADY_PUBLISHED',
    message: 'The period is published: amend first (amendPeriod, with a reason), then import with dryRun=false',
  };
}

function publishedError(): AppError {
  return new AppError('PERIOD_ALREADY_PUBLISHED', 'The period is published: a reviewer must open an amendment to change it', ['periodId']);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EVIDENCE_LIMITS = { evidenceUrl: 2000, evidenceNote: 4000, evidenceRef: 500 } as const;

/** "SAKIP (version 2021)": the framework by its code; the version said as one, never read as a year. */
function frameworkName(definition: FrameworkDefinition): string {
  return `${definition.code} (version ${definition.version})`;
}

/** Problems of a row's evidence: an http(s) link, and texts within their lengths. */
function evidenceProblems(row: NewValue): { field: string; code: string; message: string }[] {
  const problems: { field: string; code: string; message: string }[] = [];
  if (row.evidenceUrl !== null && !isURL(row.evidenceUrl, { protocols: ['http', 'https'], require_protocol: true })) {
    problems.push({ field: 'evidenceUrl', code: 'INVALID_URL', message: 'evidenceUrl must be an http(s) link' });
  }
  for (const [field, max] of Object.entries(EVIDENCE_LIMITS) as [keyof typeof EVIDENCE_LIMITS, number][]) {
    const text = row[field];
    if (text !== null && text.length > max) problems.push({ field, code: 'TOO_LONG', message: `${field} must be at most ${max} characters` });
  }
  return problems;
}

function rowErrors(errors: RowError[]): AppError {
  return new AppError(
    'BAD_USER_INPUT',
    `${errors.length} problem(s) in the rows; nothing was saved: ${errors.map((e) => `row ${e.row}: ${e.message}`).join('; ')}`,
    [...new Set(errors.map((e) => e.field))],
    { rowErrors: errors },
  );
}

