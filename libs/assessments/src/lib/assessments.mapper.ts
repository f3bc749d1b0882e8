import type { RegionNodeResult } from '@rapor/domain';
import type { PeriodRow, ValueRow } from './assessments.repository';
import type { SubmissionStatus } from './assessments.service';
import type { NodeInfo } from './node-info';
import type {
  AssessmentPeriod,
  AssessmentValue,
  PeriodStateEnum,
  PublishedResult,
  RegionResult,
  RegionSubmission,
  SubmissionStateEnum,
  ValueStateEnum,
} from './models/assessment.model';

export const periodModel = (p: PeriodRow): AssessmentPeriod => ({ ...p, state: p.state as PeriodStateEnum });

export const valueModel = (v: ValueRow & NodeInfo): AssessmentValue => ({
  ...v,
  state: v.state as ValueStateEnum,
  evidence: { url: v.evidenceUrl, note: v.evidenceNote, reference: v.evidenceRef },
});

export const submissionModel = (s: SubmissionStatus): RegionSubmission => ({ ...s, state: s.state as SubmissionStateEnum });

type DescribedResult = RegionNodeResult & NodeInfo & { regionCode: string; regionName: string };

export const resultModel = (r: DescribedResult): RegionResult => ({
  ...r,
  missing: [...r.missing],
  evaluatedUnits: r.evaluatedUnits ? [...r.evaluatedUnits] : null,
  category: r.publishedCategory ?? r.computedCategory,
});

export const publishedModel = (
  r: DescribedResult & { rank: number | null; rankedCount: number; revision: number; publishedAt: Date },
): PublishedResult => ({ ...resultModel({ ...r, missing: [] }), rank: r.rank, rankedCount: r.rankedCount, revision: r.revision, publishedAt: r.publishedAt });
