export * from './lib/code-formats';
export * from './lib/code.fields';
