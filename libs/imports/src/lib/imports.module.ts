import { Module } from '@nestjs/common';
import { AssessmentsModule, AssessmentsRepository } from '@rapor/assessments';
import { RegionsModule } from '@rapor/regions';
import { ImportsService } from './imports.service';
import { NationalImportsRepository } from './national-imports.repository';
import { NationalImportsService } from './national-imports.service';
import { NationalOfficialResultsController } from './national-official-results.controller';
import { OfficialResultsController } from './official-results.controller';

/** Official results as files: CSV/XLSX upload of a period's (or the whole country's) results, and their export. */
@Module({
  imports: [AssessmentsModule, RegionsModule],
  controllers: [OfficialResultsController, NationalOfficialResultsController],
  // The assessments repository is stateless SQL: the national import reads periods and regions with it.
  providers: [ImportsService, NationalImportsService, NationalImportsRepository, AssessmentsRepository],
  exports: [ImportsService, NationalImportsService],
})
export class ImportsModule {}
