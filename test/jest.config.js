const { join } = require('node:path');
const preset = require('../jest.preset');

// Integration (libs/**/*.int-spec.ts) and end-to-end (test/**/*.e2e-spec.ts) suites, each
// file on its own database cloned from the template that the root global setup migrated.
module.exports = {
  ...preset,
  displayName: 'db',
  rootDir: join(__dirname, '..'),
  testMatch: ['<rootDir>/libs/**/*.int-spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
};
