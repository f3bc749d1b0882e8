import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '@rapor/platform';
import { RunSavedReportArgs, SavedReportIdArgs, SavedReportsArgs, SaveReportInput } from './dto/saved-report.input';
import { ReportRun, SavedReport } from './models/saved-report.model';
import { SavedReportsService } from './saved-reports.service';
import { Access, Permission } from '@rapor/permissions';

@Resolver(() => SavedReport)
export class SavedReportsResolver {
  constructor(private readonly saved: SavedReportsService) {}

  @Query(() => [SavedReport], {
    description: 'Saved reports you may see: your province’s, and your region’s (or, province-wide, every region’s).',
  })
  @Access(Permission.SavedReportRead)
  savedReports(@Ctx() ctx: RequestContext, @Args() a: SavedReportsArgs): Promise<SavedReport[]> {
    return this.saved.list(ctx, a);
  }

  @Query(() => SavedReport, { description: 'One saved report. NOT_FOUND when it does not exist or is not visible to you.' })
  @Access(Permission.SavedReportRead)
  savedReport(@Ctx() ctx: RequestContext, @Args() a: SavedReportIdArgs): Promise<SavedReport> {
    return this.saved.get(ctx, a.id);
  }

  @Query(() => ReportRun, {
    description:
      'Runs a saved report by name, as you, with the same limits as any request: its raw result and its first list as a table (what the exports hold).',
  })
  @Access(Permission.SavedReportRead)
  runSavedReport(@Ctx() ctx: RequestContext, @Context() context: object, @Args() a: RunSavedReportArgs): Promise<ReportRun> {
    return this.saved.run(ctx, context, a);
  }

  @Mutation(() => SavedReport, {
    description:
      'Saves a report for a province (reviewers, operators) or a region (its team, its reviewers, operators); replaces the scope’s report of the same name. The document must be one valid query within the API’s limits.',
  })
  @Access(Permission.SavedReportManage)
  saveReport(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The report to save.' }) input: SaveReportInput,
  ): Promise<SavedReport> {
    return this.saved.save(ctx, input);
  }

  @Mutation(() => ID, {
    description: 'Deletes a saved report; answers its id. NOT_FOUND when not visible, FORBIDDEN when not yours to delete.',
  })
  @Access(Permission.SavedReportManage)
  deleteSavedReport(@Ctx() ctx: RequestContext, @Args() a: SavedReportIdArgs): Promise<string> {
    return this.saved.delete(ctx, a.id);
  }
}
