import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum PeriodStateEnum {
  OPEN = 'open',
  IN_REVIEW = 'in_review',
  PUBLISHED = 'published',
  AMENDED = 'amended',
}
registerEnumType(PeriodStateEnum, {
  name: 'PeriodState',
  description: 'OPEN: regions enter and submit. IN_REVIEW: entry closed, reviewers verify. PUBLISHED: frozen and visible province-wide. AMENDED: reopened by reviewers for corrections.',
  valuesMap: {
    OPEN: { description: 'Regions enter and submit.' },
    IN_REVIEW: { description: 'Entry closed, reviewers verify.' },
    PUBLISHED: { description: 'Frozen and visible province-wide.' },
    AMENDED: { description: 'Reopened by reviewers for corrections (the earlier publication stays visible).' },
  },
});

export enum ValueStateEnum {
  DRAFT = 'draft',
  SUBMITTED = 'submitted',
  RETURNED = 'returned',
  VERIFIED = 'verified',
}
registerEnumType(ValueStateEnum, {
  name: 'ValueState',
  description: 'DRAFT: the region edits. SUBMITTED: locked, awaiting review. RETURNED: sent back with a comment. VERIFIED: accepted or corrected by a reviewer, or imported as official.',
  valuesMap: {
    DRAFT: { description: 'The region edits.' },
    SUBMITTED: { description: 'Locked, awaiting review.' },
    RETURNED: { description: 'Sent back to the region with a comment.' },
    VERIFIED: { description: 'Accepted or corrected by a reviewer, or imported as official.' },
  },
});

export enum SubmissionStateEnum {
  NOT_STARTED = 'not_started',
  DRAFT = 'draft',
  SUBMITTED = 'submitted',
  RETURNED = 'returned',
  VERIFIED = 'verified',
}
registerEnumType(SubmissionStateEnum, {
  name: 'SubmissionState',
  description: 'Where a region is in a period: NOT_STARTED (no value saved yet), DRAFT, SUBMITTED, RETURNED or VERIFIED.',
  valuesMap: {
    NOT_STARTED: { description: 'The region has saved no value in the period yet (and nothing was imported for it).' },
    DRAFT: { description: 'The region is entering values; nothing submitted yet.' },
    SUBMITTED: { description: 'Submitted: values locked, awaiting review.' },
    RETURNED: { description: 'A reviewer sent values back with a comment (see returnComment).' },
    VERIFIED: { description: 'Every value is verified (reviewed, or imported as official).' },
  },
});

export enum ReviewActionEnum {
  ACCEPT = 'ACCEPT',
  CORRECT = 'CORRECT',
  RETURN = 'RETURN',
}
registerEnumType(ReviewActionEnum, {
  name: 'ReviewAction',
  description: 'ACCEPT the value; CORRECT it (new value and reason, the original kept); RETURN it to the region with a comment.',
  valuesMap: {
    ACCEPT: { description: 'Accept the value as submitted.' },
    CORRECT: { description: 'Replace the value (new value and reason; the original is kept).' },
    RETURN: { description: 'Send the value back to the region with a comment.' },
  },
});

@ObjectType({ description: 'An evaluation period: a province, a framework version and an evaluation year.' })
export class AssessmentPeriod {
  @Field(() => ID, { description: 'Period id.' })
  id!: string;
  @Field({ description: 'Province code, e.g. "19".' })
  provinceCode!: string;
  @Field({ description: 'Framework code, e.g. "RB".' })
  frameworkCode!: string;
  @Field({ description: 'Framework version used (immutable once used by a period).' })
  frameworkVersion!: string;
  @Field(() => Int, { description: 'Evaluation year the results refer to.' })
  year!: number;
  @Field(() => PeriodStateEnum, { description: 'Where the period is in its flow.' })
  state!: PeriodStateEnum;
  @Field(() => String, { nullable: true, description: 'Submission deadline (ISO date), if any.' })
  deadline!: string | null;
  @Field(() => Int, { description: 'How many times it was published; each publication is kept as a revision.' })
  publishedRevision!: number;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was last published.' })
  publishedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { description: 'When it was opened.' })
  createdAt!: Date;
  @Field({ description: 'True for the generated demo dataset that `npm start` loads: NOT real evaluation results.' })
  isDemo!: boolean;
}

@ObjectType({ description: 'Evidence for a value: a link, a note and/or a document reference.' })
export class Evidence {
  @Field(() => String, { nullable: true, description: 'http(s) link to the evidence.' })
  url!: string | null;
  @Field(() => String, { nullable: true, description: 'Free-text note.' })
  note!: string | null;
  @Field(() => String, { nullable: true, description: 'Reference of a document (number, file name).' })
  reference!: string | null;
}

@ObjectType({ description: 'A value of an indicator (leaf) for a region — or one of its units — in a period; "*" is an official composite.' })
export class AssessmentValue {
  @Field(() => ID, { description: 'Value id.' })
  id!: string;
  @Field({ description: 'Region code.' })
  regionCode!: string;
  @Field({ description: 'Region name, e.g. "Kota Pangkal Pinang".' })
  regionName!: string;
  @Field(() => ID, { description: 'Period id.' })
  periodId!: string;
  @Field({ description: 'Indicator code, or "*" for an imported official composite.' })
  nodeCode!: string;
  @Field({ description: 'Indonesian name of the indicator (the framework’s name for "*").' })
  nodeNameId!: string;
  @Field({ description: 'English name of the indicator.' })
  nodeNameEn!: string;
  @Field(() => Float, { nullable: true, description: 'Lowest value of the indicator’s scale (null only for a code the framework version lacks).' })
  scaleMin!: number | null;
  @Field(() => Float, { nullable: true, description: 'Highest value of the indicator’s scale: the maximum the value can reach (null only for a code the framework version lacks).' })
  scaleMax!: number | null;
  @Field(() => ID, { nullable: true, description: 'Service unit, for unit-level frameworks.' })
  unitId!: string | null;
  @Field(() => Float, { nullable: true, description: 'The value on the indicator’s scale.' })
  value!: number | null;
  @Field(() => String, { nullable: true, description: 'Category as published by the ministry (official imports).' })
  publishedCategory!: string | null;
  @Field(() => Evidence, { description: 'Evidence entered with the value.' })
  evidence!: Evidence;
  @Field(() => ValueStateEnum, { description: 'Review state.' })
  state!: ValueStateEnum;
  @Field({ description: '"entry" (entered by the region) or "import" (official results).' })
  source!: string;
  @Field(() => String, { nullable: true, description: 'Where an imported value comes from.' })
  sourceNote!: string | null;
  @Field(() => Float, { nullable: true, description: 'The region’s value before a reviewer corrected it.' })
  originalValue!: number | null;
  @Field(() => String, { nullable: true, description: 'Why the reviewer corrected the value.' })
  correctionReason!: string | null;
  @Field(() => String, { nullable: true, description: 'The reviewer’s comment (e.g. why it was returned).' })
  reviewComment!: string | null;
  @Field(() => GraphQLISODateTime, { description: 'Last change.' })
  updatedAt!: Date;
}

@ObjectType({
  description:
    'A region of the period’s province in the review list: its submission state (NOT_STARTED when it has none yet) and how complete its entry is.',
})
export class RegionSubmission {
  @Field({ description: 'Region code, e.g. "19.71".' })
  regionCode!: string;
  @Field({ description: 'Region name, e.g. "Kota Pangkal Pinang".' })
  regionName!: string;
  @Field(() => ID, { description: 'Period id.' })
  periodId!: string;
  @Field(() => SubmissionStateEnum, { description: 'NOT_STARTED, DRAFT, SUBMITTED, RETURNED (see returnComment) or VERIFIED.' })
  state!: SubmissionStateEnum;
  @Field(() => Int, { description: 'Indicators (leaves) of the framework with a value saved by the region, whatever their state (0 when not started).' })
  indicatorsFilled!: number;
  @Field(() => Int, { description: 'Indicators (leaves) of the period’s framework version.' })
  indicatorsTotal!: number;
  @Field(() => Float, {
    description: 'indicatorsFilled / indicatorsTotal, from 0 to 1 (3 decimals); 1 for a region whose official composite was imported.',
  })
  completeness!: number;
  @Field(() => Int, { description: 'Values a reviewer returned to the region that it has not resubmitted yet.' })
  returnedValues!: number;
  @Field({ description: 'True when an official composite ("*") was imported for the region.' })
  hasOfficialResult!: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Last change to the region’s values or submission; null when not started.' })
  lastChangedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was last submitted.' })
  submittedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'The reviewer’s comment when returned.' })
  returnComment!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When every value was verified.' })
  verifiedAt!: Date | null;
}

@ObjectType({ description: 'A region’s result for a node (or "*", the composite) in a period.' })
export class RegionResult {
  @Field({ description: 'Region code.' })
  regionCode!: string;
  @Field({ description: 'Region name, e.g. "Kota Pangkal Pinang".' })
  regionName!: string;
  @Field({ description: 'Node code, or "*" for the composite.' })
  nodeCode!: string;
  @Field({ description: 'Indonesian name of the node (the framework’s name for "*").' })
  nodeNameId!: string;
  @Field({ description: 'English name of the node.' })
  nodeNameEn!: string;
  @Field(() => Float, { nullable: true, description: 'Lowest value of the node’s scale (null only for a code the framework version lacks).' })
  scaleMin!: number | null;
  @Field(() => Float, { nullable: true, description: 'Highest value of the node’s scale: the maximum (null only for a code the framework version lacks).' })
  scaleMax!: number | null;
  @Field(() => Float, { nullable: true, description: 'The value; null while incomplete (never a silent zero).' })
  value!: number | null;
  @Field({ description: 'False when a weighted indicator below has no value.' })
  complete!: boolean;
  @Field(() => [String], { description: 'Indicators whose absence makes the value incomplete.' })
  missing!: string[];
  @Field(() => String, { nullable: true, description: 'Category computed from the value by the year’s band table (composite only).' })
  computedCategory!: string | null;
  @Field(() => String, { nullable: true, description: 'Category as published by the ministry (composite only).' })
  publishedCategory!: string | null;
  @Field({ description: 'True when the published and computed categories disagree (e.g. IPP 4.16 published "A", computed A-).' })
  categoryMismatch!: boolean;
  @Field(() => String, { nullable: true, description: 'What to show: the published category when there is one, else the computed one.' })
  category!: string | null;
  @Field(() => [String], { nullable: true, description: 'Units the value rests on (unit-level frameworks).' })
  evaluatedUnits!: string[] | null;
  @Field({ description: '"official" when the composite was imported as published, else "computed".' })
  source!: string;
}

@ObjectType({ description: 'A frozen result of a publication of a period, with its rank in the province.' })
export class PublishedResult extends RegionResult {
  @Field(() => Int, { nullable: true, description: 'Competition rank (1, 2, 2, 4) at the framework’s precision; null = no data.' })
  rank!: number | null;
  @Field(() => Int, { description: 'How many regions were ranked on this node.' })
  rankedCount!: number;
  @Field(() => Int, { description: 'Publication revision.' })
  revision!: number;
  @Field(() => GraphQLISODateTime, { description: 'When it was published.' })
  publishedAt!: Date;
}
