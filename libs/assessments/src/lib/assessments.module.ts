import { Module } from '@nestjs/common';
import { AssessmentsRepository } from './assessments.repository';
import { AssessmentsResolver } from './assessments.resolver';
import { AssessmentsService } from './assessments.service';

/** The flow of a period: entry, submission, review, official results, publication, amendment. */
@Module({
  providers: [AssessmentsRepository, AssessmentsService, AssessmentsResolver],
  exports: [AssessmentsService],
})
export class AssessmentsModule {}
