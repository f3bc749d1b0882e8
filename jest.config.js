// One `jest` run covers every project: pure unit tests, integration tests and e2e tests.
module.exports = {
  projects: ['<rootDir>/libs/*/jest.config.js', '<rootDir>/apps/*/jest.config.js', '<rootDir>/test/jest.config.js'],
};
