export * from './lib/request-context';
export * from './lib/logger';
export * from './lib/ctx.decorator';
export * from './lib/tenant-transaction.interceptor';
