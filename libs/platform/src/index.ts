export * from './lib/request-context';
export * from './lib/request-loaders';
export * from './lib/logger';
export * from './lib/ctx.decorator';
export * from './lib/tenant-transaction.interceptor';
export * from './lib/spreadsheet-text';
