import { Module } from '@nestjs/common';
import { RegionScopeRepository } from './region-scope.repository';
import { RegionScopeService } from './region-scope.service';

/** The region check the region features (units, targets, innovations, audit) share. */
@Module({
  providers: [RegionScopeRepository, RegionScopeService],
  exports: [RegionScopeService],
})
export class PermissionsModule {}
