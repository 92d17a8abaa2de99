// The API's tests in three tiers, one jest project each (pick one with --selectProjects api-unit, api-integration or api-security):
// - unit: the specs beside the code (src/**/*.spec.ts); no build, no database (`nx run api:test`);
// - integration: test/*.integration-spec.ts on a real PostgreSQL, started once by the global setup
//   (embedded, unless DATABASE_URL is set); some run the built API (`nx run api:integration`);
// - security: the slow attack, property, fuzz and resilience specs, same set-up (`nx run api:security`).
// `npx jest -c apps/api/jest.config.cjs <path>` runs one file whatever its tier.
const preset = require('../../jest.preset.cjs');

const SECURITY_SPECS = [
  'benchmark-attacks.integration-spec.ts',
  'benchmark-properties.integration-spec.ts',
  'fuzz.integration-spec.ts',
  'resilience.integration-spec.ts',
];

const database = {
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
};

// intl-messageformat (the API's message catalogue, src/common/messages.ts) with its @formatjs parts, and @nestjs/schedule 12, ship ES modules
// only: SWC turns them into CommonJS, as in apps/web.
const transformIgnorePatterns = ['/node_modules/(?!(intl-messageformat|@formatjs|@nestjs/schedule)/)'];

const project = (name, settings) => ({ ...preset, transformIgnorePatterns, displayName: name, rootDir: __dirname, ...settings });

module.exports = {
  // Run-wide: jest reads testTimeout from here, not from a project.
  testTimeout: 30000,
  projects: [
    project('api-unit', { testMatch: ['<rootDir>/src/**/*.spec.ts'] }),
    project('api-integration', {
      ...database,
      testMatch: ['<rootDir>/test/*.integration-spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', ...SECURITY_SPECS.map((file) => `/test/${file.replace(/\./g, '\\.')}$`)],
    }),
    project('api-security', { ...database, testMatch: SECURITY_SPECS.map((file) => `<rootDir>/test/${file}`) }),
  ],
};
