import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '@rapor/platform';
import { publishedModel, periodModel, resultModel, submissionModel, valueModel } from './assessments.mapper';
import { AssessmentsService } from './assessments.service';
import {
  AmendPeriodArgs,
  OpenPeriodInput,
  PeriodIdArgs,
  PeriodRegionArgs,
  PeriodRegionFilterArgs,
  PeriodsArgs,
  PublishedResultsArgs,
  ResultsArgs,
  ReturnSubmissionArgs,
  ReviewValueInput,
  SaveValuesInput,
} from './dto/assessment.input';
import { AssessmentPeriod, AssessmentValue, PublishedResult, RegionResult, RegionSubmission } from './models/assessment.model';
import { Access, Permission } from '@rapor/permissions';

@Resolver(() => AssessmentPeriod)
export class AssessmentsResolver {
  constructor(private readonly service: AssessmentsService) {}

  @Query(() => [AssessmentPeriod], { description: 'Periods you can see (your province’s, or all for operators).' })
  @Access(Permission.PeriodRead)
  async periods(@Ctx() ctx: RequestContext, @Args() a: PeriodsArgs): Promise<AssessmentPeriod[]> {
    const rows = await this.service.periods(ctx, { provinceCode: a.provinceCode ?? null, frameworkCode: a.frameworkCode ?? null, year: a.year ?? null });
    return rows.map(periodModel);
  }

  @Query(() => AssessmentPeriod, { description: 'One period; NOT_FOUND when it does not exist or is not yours to see.' })
  @Access(Permission.PeriodRead)
  async period(@Ctx() ctx: RequestContext, @Args() a: PeriodIdArgs): Promise<AssessmentPeriod> {
    return periodModel(await this.service.period(ctx, a.periodId));
  }

  @Query(() => [AssessmentValue], { description: 'Values of a period: a region’s own team, the province’s reviewers and operators only.' })
  @Access(Permission.ValueRead)
  async assessmentValues(@Ctx() ctx: RequestContext, @Args() a: PeriodRegionFilterArgs): Promise<AssessmentValue[]> {
    return (await this.service.describedValues(ctx, a.periodId, a.regionCode ?? null)).map(valueModel);
  }

  @Query(() => [RegionSubmission], {
    description:
      'The review list of a period. Reviewers and operators: every region of the province, including those not started (NOT_STARTED), ' +
      'with names and completeness; a region’s team: its own region; anyone else (or a period you cannot see): an empty list.',
  })
  @Access(Permission.ValueRead)
  async submissions(@Ctx() ctx: RequestContext, @Args() a: PeriodRegionFilterArgs): Promise<RegionSubmission[]> {
    return (await this.service.submissions(ctx, a.periodId, a.regionCode ?? null)).map(submissionModel);
  }

  @Query(() => [RegionResult], {
    description: 'Provisional results (from submitted and verified values): the region’s own team, the province’s reviewers and operators only.',
  })
  @Access(Permission.ValueRead)
  async provisionalResults(@Ctx() ctx: RequestContext, @Args() a: ResultsArgs): Promise<RegionResult[]> {
    return (await this.service.describedRegionResults(ctx, a.periodId, a.regionCode ?? null, a.nodeCode ?? null)).map(resultModel);
  }

  @Query(() => [PublishedResult], { description: 'Published results with ranks: visible to everyone with access to the province.' })
  @Access(Permission.ResultsPublishedRead)
  async publishedResults(@Ctx() ctx: RequestContext, @Args() a: PublishedResultsArgs): Promise<PublishedResult[]> {
    return (await this.service.publishedResults(ctx, a.periodId, a.revision ?? null, a.regionCode ?? null)).map(publishedModel);
  }

  @Mutation(() => AssessmentPeriod, { description: 'Opens a period (operators, or reviewers of the province). Locks the framework version.' })
  @Access(Permission.PeriodManage)
  async openPeriod(@Ctx() ctx: RequestContext, @Args('input', { description: 'The period to open.' }) input: OpenPeriodInput): Promise<AssessmentPeriod> {
    return periodModel(await this.service.openPeriod(ctx, { ...input, version: input.version ?? null, deadline: input.deadline ?? null }));
  }

  @Mutation(() => AssessmentPeriod, { description: 'Closes entry: OPEN → IN_REVIEW (reviewers).' })
  @Access(Permission.PeriodManage)
  async closePeriodEntry(@Ctx() ctx: RequestContext, @Args() a: PeriodIdArgs): Promise<AssessmentPeriod> {
    return periodModel(await this.service.closeEntry(ctx, a.periodId));
  }

  @Mutation(() => AssessmentPeriod, {
    description: 'Publishes (reviewers): verified results freeze with ranks and become visible province-wide. PENDING_REVIEW while submissions await review.',
  })
  @Access(Permission.PeriodPublish)
  async publishPeriod(@Ctx() ctx: RequestContext, @Args() a: PeriodIdArgs): Promise<AssessmentPeriod> {
    return periodModel(await this.service.publish(ctx, a.periodId));
  }

  @Mutation(() => AssessmentPeriod, { description: 'Opens an amendment of a published period, with a reason; the published revision is kept.' })
  @Access(Permission.PeriodManage)
  async amendPeriod(@Ctx() ctx: RequestContext, @Args() a: AmendPeriodArgs): Promise<AssessmentPeriod> {
    return periodModel(await this.service.amend(ctx, a.periodId, a.reason));
  }

  @Mutation(() => [AssessmentValue], {
    description:
      'Saves draft values of a region (its editors and admins): all or nothing. BAD_USER_INPUT lists every problem of every row at once in ' +
      'extensions.rowErrors: { row (1-based), field (path such as "rows.0.evidenceUrl"), code, message }.',
  })
  @Access(Permission.ValueEnter)
  async saveValues(@Ctx() ctx: RequestContext, @Args('input', { description: 'The draft values.' }) input: SaveValuesInput): Promise<AssessmentValue[]> {
    const rows = input.rows.map((r) => ({
      nodeCode: r.nodeCode,
      unitId: r.unitId ?? null,
      value: r.value,
      publishedCategory: null,
      evidenceUrl: r.evidenceUrl ?? null,
      evidenceNote: r.evidenceNote ?? null,
      evidenceRef: r.evidenceRef ?? null,
    }));
    return (await this.service.saveValues(ctx, { periodId: input.periodId, regionCode: input.regionCode, rows })).map(valueModel);
  }

  @Mutation(() => RegionSubmission, { description: 'Submits a region’s draft and returned values (its admin): they lock and results are computed.' })
  @Access(Permission.ValueSubmit)
  async submitRegionValues(@Ctx() ctx: RequestContext, @Args() a: PeriodRegionArgs): Promise<RegionSubmission> {
    return submissionModel(await this.service.submit(ctx, a.periodId, a.regionCode));
  }

  @Mutation(() => AssessmentValue, { description: 'A reviewer accepts, corrects (with a reason) or returns (with a comment) one submitted value.' })
  @Access(Permission.ValueReview)
  async reviewValue(@Ctx() ctx: RequestContext, @Args('input', { description: 'The decision.' }) input: ReviewValueInput): Promise<AssessmentValue> {
    return valueModel(
      await this.service.review(ctx, { valueId: input.valueId, action: input.action, value: input.value ?? null, reason: input.reason ?? null, comment: input.comment ?? null }),
    );
  }

  @Mutation(() => RegionSubmission, { description: 'A reviewer accepts every submitted value of a region.' })
  @Access(Permission.ValueReview)
  async acceptSubmission(@Ctx() ctx: RequestContext, @Args() a: PeriodRegionArgs): Promise<RegionSubmission> {
    return submissionModel(await this.service.acceptSubmission(ctx, a.periodId, a.regionCode));
  }

  @Mutation(() => RegionSubmission, { description: 'A reviewer returns a whole submission to the region with a comment.' })
  @Access(Permission.ValueReview)
  async returnSubmission(@Ctx() ctx: RequestContext, @Args() a: ReturnSubmissionArgs): Promise<RegionSubmission> {
    return submissionModel(await this.service.returnSubmission(ctx, a.periodId, a.regionCode, a.comment));
  }
}
