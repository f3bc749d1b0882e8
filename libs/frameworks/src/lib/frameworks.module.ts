import { Module } from '@nestjs/common';
import { FrameworksRepository } from './frameworks.repository';
import { FrameworksResolver } from './frameworks.resolver';
import { FrameworksService } from './frameworks.service';

/** Evaluation frameworks: versioned definitions, their trees and grading schemes. */
@Module({
  providers: [FrameworksRepository, FrameworksService, FrameworksResolver],
  exports: [FrameworksService, FrameworksRepository],
})
export class FrameworksModule {}
