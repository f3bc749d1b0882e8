// One `jest` run covers every project: pure domain rules, other unit tests, and the
// integration/e2e suites that run against a real PostgreSQL.
const { join } = require('node:path');
const preset = require('./jest.preset');

module.exports = {
  // The global setup migrates a template database once per run (see test/global-setup.ts).
  // It lives here rather than in a project so that it runs as plain Node, where the
  // dependencies that ship ES modules load natively.
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 60000,
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: join(__dirname, 'tsconfig.spec.json') }] },
  projects: [
    '<rootDir>/libs/domain/jest.config.js',
    {
      ...preset,
      displayName: 'unit',
      rootDir: __dirname,
      testMatch: ['<rootDir>/apps/**/*.spec.ts', '<rootDir>/libs/!(domain)/**/*.spec.ts'],
    },
    '<rootDir>/test/jest.config.js',
  ],
};
