export * from './lib/imports.module';
export * from './lib/imports.service';
export * from './lib/official-results-file';
export * from './lib/official-results-export';
export * from './lib/national-imports.service';
export * from './lib/national-official-results';
