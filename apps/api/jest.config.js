/**
 * One jest run covers the three API tiers: unit (*.spec.ts), integration on a real database
 * (*.int-spec.ts) and HTTP against the real Nest app (*.http-spec.ts). The database is an in-memory
 * PGlite started in globalSetup, or the server named by DATABASE_URL. Files run in band because they
 * share that database and truncate it between tests.
 * @type {import('jest').Config}
 */
module.exports = {
  displayName: 'api',
  testEnvironment: 'node',
  rootDir: '.',
  testMatch: [
    '<rootDir>/src/**/*.spec.ts',
    '<rootDir>/src/**/*.int-spec.ts',
    '<rootDir>/src/**/*.http-spec.ts',
  ],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  moduleNameMapper: { '^@passerelle/contracts$': '<rootDir>/../../libs/contracts/src/index.ts' },
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  setupFiles: ['<rootDir>/test/setup-env.ts'],
  maxWorkers: 1,
  testTimeout: 30000,
};
