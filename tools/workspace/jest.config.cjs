const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'workspace',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  // The scripts' own modules (scripts/*.mjs, ES modules) through SWC like the TypeScript.
  transform: { ...preset.transform, '^.+\\.mjs$': preset.transform['^.+\\.(t|j)sx?$'] },
  testTimeout: 60000,
};
