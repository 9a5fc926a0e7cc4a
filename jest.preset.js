// Shared jest settings: TypeScript through SWC (decorators and their metadata, as NestJS and TypeORM need).
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  // Real Kafka, PostgreSQL and Redis for the *.int.spec.ts tests, resolved once per run (libs/testing).
  globalSetup: require('node:path').join(__dirname, 'libs/testing/src/global-setup.js'),
  globalTeardown: require('node:path').join(__dirname, 'libs/testing/src/global-teardown.js'),
  setupFiles: [require('node:path').join(__dirname, 'jest.setup.js')],
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
};
