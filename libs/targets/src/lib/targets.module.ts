import { Module } from '@nestjs/common';
import { UnitsModule } from '@rapor/units';
import { TargetsRepository } from './targets.repository';
import { TargetsResolver } from './targets.resolver';
import { TargetsService } from './targets.service';

/** A region's targets: a category and/or a rank per framework and evaluation year. */
@Module({
  imports: [UnitsModule],
  providers: [TargetsRepository, TargetsService, TargetsResolver],
  exports: [TargetsService],
})
export class TargetsModule {}
