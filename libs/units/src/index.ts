export * from './lib/units.module';
export * from './lib/units.service';
export * from './lib/units.repository';
export * from './lib/units.resolver';
export * from './lib/models/unit.model';
export * from './lib/dto/units.args';
