import type { RegionNodeResult } from '@rapor/domain';
import type { PeriodRow, SubmissionRow, ValueRow } from './assessments.repository';
import type {
  AssessmentPeriod,
  AssessmentValue,
  PeriodStateEnum,
  PublishedResult,
  RegionResult,
  RegionSubmission,
  ValueStateEnum,
} from './models/assessment.model';

export const periodModel = (p: PeriodRow): AssessmentPeriod => ({ ...p, state: p.state as PeriodStateEnum });

export const valueModel = (v: ValueRow): AssessmentValue => ({
  ...v,
  state: v.state as ValueStateEnum,
  evidence: { url: v.evidenceUrl, note: v.evidenceNote, reference: v.evidenceRef },
});

export const submissionModel = (s: SubmissionRow): RegionSubmission => ({ ...s, state: s.state as ValueStateEnum });

export const resultModel = (r: RegionNodeResult & { regionCode: string }): RegionResult => ({
  ...r,
  missing: [...r.missing],
  evaluatedUnits: r.evaluatedUnits ? [...r.evaluatedUnits] : null,
  category: r.publishedCategory ?? r.computedCategory,
});

export const publishedModel = (
  r: RegionNodeResult & { regionCode: string; rank: number | null; rankedCount: number; revision: number; publishedAt: Date },
): PublishedResult => ({ ...resultModel({ ...r, missing: [] }), rank: r.rank, rankedCount: r.rankedCount, revision: r.revision, publishedAt: r.publishedAt });
