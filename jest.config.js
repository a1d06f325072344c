/** Jest runs the compiled WeChat package (see tests/support/miniprogram.ts); the build happens once, in globalSetup. */
module.exports = {
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  transform: {
    '^.+\\.tsx?$': 'ts-jest'
  },
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/src/$1'
  },
  globalSetup: '<rootDir>/tests/support/build-once.ts',
  testTimeout: 30000
}
