import { Module } from '@nestjs/common';
import { FrameworkBandsService } from './framework-bands.service';
import { FrameworksRepository } from './frameworks.repository';
import { FrameworksResolver } from './frameworks.resolver';
import { FrameworksService } from './frameworks.service';

/** Evaluation frameworks: versioned definitions, their trees and grading schemes. */
@Module({
  providers: [FrameworksRepository, FrameworksService, FrameworkBandsService, FrameworksResolver],
  exports: [FrameworksService, FrameworksRepository, FrameworkBandsService],
})
export class FrameworksModule {}
