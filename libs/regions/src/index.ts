export * from './lib/regions.module';
export * from './lib/regions.service';
export * from './lib/reference-data.seed';
export * from './lib/models/province.model';
export * from './lib/models/region.model';
