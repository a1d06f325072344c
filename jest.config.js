/**
 * Projects, so that tests which need no build do not pay for one:
 * - unit: pure functions of src/, tools/ and scripts/;
 * - build: the build itself (each test runs the builds it needs, through tools/build.ts);
 * - package: the compiled WeChat package in miniprogram-simulate (tools/miniprogram) and the web build in
 *   Chromium; tests/support/build-once.ts builds the packages once before them. Jest runs a project's
 *   globalSetup only when at least one of its tests is selected.
 */
const shared = {
  transform: {
    '^.+\\.tsx?$': 'ts-jest'
  },
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/src/$1'
  }
}

module.exports = {
  testTimeout: 30000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/{unit,scripts}/**/*.test.ts']
    },
    {
      ...shared,
      displayName: 'build',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/build/**/*.test.ts']
    },
    {
      ...shared,
      displayName: 'package',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/{pages,browser}/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/support/build-once.ts'
    }
  ]
}
