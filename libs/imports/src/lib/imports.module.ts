import { Module } from '@nestjs/common';
import { AssessmentsModule } from '@rapor/assessments';
import { RegionsModule } from '@rapor/regions';
import { ImportsService } from './imports.service';
import { OfficialResultsController } from './official-results.controller';

/** Official results as files: CSV/XLSX upload of a period's results, and their export. */
@Module({
  imports: [AssessmentsModule, RegionsModule],
  controllers: [OfficialResultsController],
  providers: [ImportsService],
  exports: [ImportsService],
})
export class ImportsModule {}
