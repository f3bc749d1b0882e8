import { Module } from '@nestjs/common';
import { FrameworksModule } from '@rapor/frameworks';
import { PermissionsModule } from '@rapor/permissions';
import { UnitsModule } from '@rapor/units';
import { InnovationsRepository } from './innovations.repository';
import { InnovationsResolver } from './innovations.resolver';
import { InnovationsService } from './innovations.service';

/** An OPD's public-service innovations, from draft to the KIPP stage they reached. */
@Module({
  imports: [PermissionsModule, FrameworksModule, UnitsModule],
  providers: [InnovationsRepository, InnovationsService, InnovationsResolver],
  exports: [InnovationsService],
})
export class InnovationsModule {}
