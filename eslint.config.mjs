import { readdirSync } from 'node:fs';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

// Web features never import each other (docs/architecture.md, house style): a feature imports components/,
// lib/, hooks/ and app/, and pages that need two features are composed in app/router.tsx.
const WEB_FEATURES = readdirSync(new URL('./apps/web/src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const FEATURE_BOUNDARY =
  'A feature imports components/, lib/, hooks/ and app/, never another feature: move what both need to lib/ or components/, or compose the two features in app/router.tsx.';

/** no-restricted-imports for the files of one feature: a file `depth` folders down reaches features/ with `depth` '../'. */
function featureBoundaries(feature) {
  return [1, 2, 3, 4].map((depth) => ({
    files: [`apps/web/src/features/${feature}/${'*/'.repeat(depth - 1)}*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: `^(\\.\\./){${depth}}(?!${feature}(/|$))[^./]`, message: FEATURE_BOUNDARY },
            { regex: `(^|/)features/(?!${feature}(/|$))`, message: FEATURE_BOUNDARY },
          ],
        },
      ],
    },
  }));
}

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/tmp/**', '**/.nx/**', '**/.data/**', '**/*.cjs', '**/*.mjs', '**/*.js'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['scope:shared'] },
          ],
        },
      ],
    },
  },
  {
    // Only repositories touch the database (docs/architecture.md): services call repositories and libs/domain.
    files: ['apps/api/src/**/*.ts'],
    ignores: [
      'apps/api/src/**/*.repository.ts',
      'apps/api/src/database/migrations/**',
      'apps/api/src/database/seed/**',
      'apps/api/src/database/*.ts',
      'apps/api/src/cli/**',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression > MemberExpression.callee[property.name='query']",
          message: 'SQL belongs in a repository (<module>/<name>.repository.ts): call a repository method instead of .query().',
        },
        {
          selector: "CallExpression > MemberExpression.callee[property.name='createQueryBuilder']",
          message: 'SQL belongs in a repository (<module>/<name>.repository.ts): call a repository method instead of createQueryBuilder().',
        },
      ],
    },
  },
  ...WEB_FEATURES.flatMap(featureBoundaries),
  {
    // The shared layers sit under the features: they never reach into one.
    files: ['apps/web/src/{components,lib,hooks}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)features/', message: 'components/, lib/ and hooks/ are shared by the features: they never import one.' },
          ],
        },
      ],
    },
  },
  {
    files: ['libs/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@nestjs/*', 'typeorm', 'react', 'react-dom', '@apollo/*', 'recharts', 'express', 'pg'],
              message: 'libs/domain is plain TypeScript shared by the API and the web bundle: no framework imports.',
            },
          ],
        },
      ],
    },
  },
  // scripts/ and benchmarks/ (project `tooling`): ESM Node scripts, type-checked through JSDoc by tools/tooling.
  { ignores: ['!scripts/**/*.mjs', '!benchmarks/**/*.mjs'] },
  {
    files: ['scripts/**/*.mjs', 'benchmarks/**/*.mjs'],
    languageOptions: {
      sourceType: 'module',
      globals: Object.fromEntries(
        [
          'process',
          'console',
          'Buffer',
          'URL',
          'URLSearchParams',
          'fetch',
          'FormData',
          'Blob',
          'Response',
          'AbortController',
          'AbortSignal',
          'TextEncoder',
          'TextDecoder',
          'performance',
          'structuredClone',
          'queueMicrotask',
          'setTimeout',
          'clearTimeout',
          'setInterval',
          'clearInterval',
          'setImmediate',
          'clearImmediate',
          'globalThis',
        ].map((name) => [name, 'readonly']),
      ),
    },
    rules: {
      'no-undef': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
