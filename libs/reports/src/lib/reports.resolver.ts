import { Args, Query, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '@rapor/platform';
import { AggregatesArgs, CompareArgs, ScoresArgs } from './dto/reports.args';
import { AggregateRow } from './models/aggregate.model';
import { Comparison } from './models/comparison.model';
import { ScoreConnection } from './models/score.model';
import { ReportsService } from './reports.service';
import { Access, Permission } from '@rapor/permissions';

@Resolver()
export class ReportsResolver {
  constructor(private readonly reports: ReportsService) {}

  @Query(() => ScoreConnection, {
    description:
      'Scores you may see, as a Relay connection: published results of your province (and, for a region’s team, reviewers and operators, provisional ones), filtered and ordered; at most 500 per page. One SQL statement.',
  })
  @Access(Permission.ReportRead)
  scores(@Ctx() ctx: RequestContext, @Args() a: ScoresArgs): Promise<ScoreConnection> {
    return this.reports.scores(ctx, {
      first: a.first,
      after: a.after ?? null,
      filter: a.filter ?? null,
      orderBy: a.orderBy ?? null,
    });
  }

  @Query(() => [AggregateRow], {
    description:
      'Statistics of the scores you may see, grouped (SQL GROUP BY with percentile_cont): only groups with scores are returned, so nothing of a province you cannot see. At most 10,000 groups.',
  })
  @Access(Permission.ReportRead)
  aggregates(@Ctx() ctx: RequestContext, @Args() a: AggregatesArgs): Promise<AggregateRow[]> {
    return this.reports.aggregates(ctx, { groupBy: a.groupBy, metrics: a.metrics, filter: a.filter ?? null });
  }

  @Query(() => Comparison, {
    description: 'Regions side by side: their published results of one framework over years (and nodes). One SQL statement.',
  })
  @Access(Permission.ReportRead)
  compare(@Ctx() ctx: RequestContext, @Args() a: CompareArgs): Promise<Comparison> {
    // `framework` is the deprecated name of `frameworkCode`; errors name the argument the caller used.
    const field = a.frameworkCode != null ? 'frameworkCode' : 'framework';
    return this.reports.compare(ctx, { regions: a.regions, frameworkCode: a.frameworkCode ?? a.framework ?? null, frameworkField: field, years: a.years, nodes: a.nodes });
  }
}
