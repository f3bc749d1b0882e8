import { Module } from '@nestjs/common';
import { FrameworksModule } from '@rapor/frameworks';
import { PermissionsModule } from '@rapor/permissions';
import { RegionsModule } from '@rapor/regions';
import { TargetsRepository } from './targets.repository';
import { TargetsResolver } from './targets.resolver';
import { TargetsService } from './targets.service';

/** A region's targets: a category and/or a rank per framework and evaluation year. */
@Module({
  imports: [PermissionsModule, FrameworksModule, RegionsModule],
  providers: [TargetsRepository, TargetsService, TargetsResolver],
  exports: [TargetsService],
})
export class TargetsModule {}
