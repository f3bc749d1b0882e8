export * from './lib/permissions';
export * from './lib/access.decorator';
export * from './lib/account-rules';
export * from './lib/scope';
export * from './lib/region-scope.service';
export * from './lib/permissions.module';
