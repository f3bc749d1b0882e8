export * from './lib/innovations.module';
export * from './lib/innovations.service';
export * from './lib/innovation-steps';
export * from './lib/models/innovation.model';
