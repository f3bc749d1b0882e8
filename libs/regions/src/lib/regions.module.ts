import { Module } from '@nestjs/common';
import { RegionsRepository } from './regions.repository';
import { ProvincesResolver, RegionsResolver } from './regions.resolver';
import { RegionsService } from './regions.service';

/** Provinces and kabupaten/kota: reference data and the GraphQL reads over it. */
@Module({
  providers: [RegionsRepository, RegionsService, ProvincesResolver, RegionsResolver],
  exports: [RegionsService],
})
export class RegionsModule {}
