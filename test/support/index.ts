export * from './database';
export * from './principals';
export * from './env';
export * from './services';
export * from './auth';
