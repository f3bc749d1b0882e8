import { Module } from '@nestjs/common';
import { PermissionsModule } from '@rapor/permissions';
import { RegionUnitsResolver, UnitsResolver } from './units.resolver';
import { UnitsRepository } from './units.repository';
import { UnitsService } from './units.service';

/** A region's OPDs and service units. */
@Module({
  imports: [PermissionsModule],
  providers: [UnitsRepository, UnitsService, UnitsResolver, RegionUnitsResolver],
  exports: [UnitsService],
})
export class UnitsModule {}
