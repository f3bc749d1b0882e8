export * from './lib/targets.module';
export * from './lib/targets.service';
export * from './lib/models/target.model';
