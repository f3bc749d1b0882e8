import { Module } from '@nestjs/common';
import { FrameworksModule } from '@rapor/frameworks';
import { RegionsModule } from '@rapor/regions';
import { FrameworkBandsService } from './framework-bands.service';
import { RegionScopeService } from './region-scope.service';
import { RegionUnitsResolver, UnitsResolver } from './units.resolver';
import { UnitsRepository } from './units.repository';
import { UnitsService } from './units.service';

/**
 * A region's OPDs and service units; also the checks every region feature (targets,
 * innovations, audit) shares: who may act on a region, and references to framework bands.
 */
@Module({
  imports: [RegionsModule, FrameworksModule],
  providers: [UnitsRepository, UnitsService, RegionScopeService, FrameworkBandsService, UnitsResolver, RegionUnitsResolver],
  exports: [UnitsService, RegionScopeService, FrameworkBandsService],
})
export class UnitsModule {}
