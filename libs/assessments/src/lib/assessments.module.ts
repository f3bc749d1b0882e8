import { Module } from '@nestjs/common';
import { NotificationEventsModule } from '@rapor/notifications';
import { AssessmentsRepository } from './assessments.repository';
import { AssessmentsResolver } from './assessments.resolver';
import { AssessmentsService } from './assessments.service';

/** The flow of a period: entry, submission, review, official results, publication, amendment. */
@Module({
  imports: [NotificationEventsModule],
  providers: [AssessmentsRepository, AssessmentsService, AssessmentsResolver],
  exports: [AssessmentsService],
})
export class AssessmentsModule {}
