// Shared Jest settings for every project of the workspace.
// ts-jest transpiles only (isolatedModules); `npm run typecheck` does the type checking once.
const { join } = require('node:path');
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');

// NestJS 12 and a few other dependencies ship ES modules only. Jest on Node 20 cannot
// require() them, so they are transpiled to CommonJS like our own code.
const ESM_PACKAGES = ['@nestjs', 'idn-area-data', 'uid', 'load-esm', 'file-type', 'iterare', 'strtok3', 'token-types', '@tokenizer', 'es-toolkit'];

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: join(__dirname, 'tsconfig.spec.json') }],
    '^.+\\.m?js$': join(__dirname, 'test', 'support', 'esm-transformer.js'),
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_PACKAGES.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: __dirname + '/' }),
};
