import { Inject, Injectable, Module, type DynamicModule, type OnModuleInit } from '@nestjs/common';
import { ApiKeyRateLimitGuard } from './rate-limit.guard';
import { ReportExecutor } from './report-executor';
import { ReportsController } from './reports.controller';
import { REPORTS_OPTIONS, type ReportsOptions } from './reports.options';
import { ReportsRepository } from './reports.repository';
import { DatabaseRateLimitStore } from './rate-limits.repository';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';
import { SavedReportsRepository } from './saved-reports.repository';
import { SavedReportsResolver } from './saved-reports.resolver';
import { SavedReportsService } from './saved-reports.service';

/** Moves the per-key rate limits into the database once it is up: every replica shares them. */
@Injectable()
class SharedRateLimits implements OnModuleInit {
  constructor(
    @Inject(REPORTS_OPTIONS) private readonly options: ReportsOptions,
    private readonly store: DatabaseRateLimitStore,
  ) {}

  onModuleInit(): void {
    this.options.rateLimiter.useStore(this.store);
  }
}

/** Custom reports for GraphQL clients: scores, aggregates, comparisons, saved reports and their exports. */
@Module({})
export class ReportsModule {
  static forRoot(options: ReportsOptions): DynamicModule {
    return {
      module: ReportsModule,
      controllers: [ReportsController],
      providers: [
        { provide: REPORTS_OPTIONS, useValue: options },
        ReportsRepository,
        ReportsService,
        ReportsResolver,
        SavedReportsRepository,
        SavedReportsService,
        SavedReportsResolver,
        ReportExecutor,
        ApiKeyRateLimitGuard,
        DatabaseRateLimitStore,
        SharedRateLimits,
      ],
      exports: [ReportsService, SavedReportsService],
    };
  }
}
