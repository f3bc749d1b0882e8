export * from './lib/frameworks.module';
export * from './lib/frameworks.service';
export * from './lib/framework-bands.service';
export * from './lib/frameworks.repository';
export * from './lib/frameworks.seed';
export * from './lib/models/framework.model';
export { frameworkModel } from './lib/framework.mapper';
