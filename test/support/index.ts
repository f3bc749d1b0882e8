export * from './database';
export * from './principals';
export * from './env';
