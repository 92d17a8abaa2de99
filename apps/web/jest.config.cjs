const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'web',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  // The English messages at hand before any spec loads i18n (the dashboard loads them on demand).
  setupFiles: ['<rootDir>/src/app/i18n/jest-setup.ts'],
  moduleNameMapper: { ...preset.moduleNameMapper, '\\.css$': '<rootDir>/jest.style-stub.cjs' },
  // intl-messageformat (under i18next-icu) and its @formatjs parts ship ES modules only: SWC turns them into CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!(intl-messageformat|@formatjs)/)'],
};
