// `nx run web:bundle-budget` (part of `npm test`, after the dashboard's build): the login page's and the home
// pages' initial JavaScript, gzipped as the server sends it, must stay under 250 KB (issue 16). Prints the
// sizes per page; exits 1, naming the page, its size and the budget, when one is over.
// `node scripts/check-bundle-budget.mjs [dist folder]` (default dist/apps/web).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { BUDGET_BYTES, checkBudget, modulePreloads, reportLines } from './bundle-budget.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(process.argv[2] ?? join(root, 'dist/apps/web'));
const manifestPath = join(dist, '.vite/manifest.json');

/**
 * The pages under the budget and the lazy route modules each shows first (apps/web/src/app/router.tsx),
 * as the manifest names them. A home page that becomes another module must be renamed here too: the check
 * fails, naming the module, until it is.
 */
const PAGES = [
  { name: 'login', modules: [] },
  { name: 'coordinator home (my office)', modules: ['src/features/my-office/components/MyOfficePage.tsx'] },
  {
    name: 'lead home (programme dashboard)',
    modules: ['src/features/lead-home/components/LeadHomePage.tsx'],
  },
  { name: 'admin home (accounts)', modules: ['src/features/accounts/components/AccountsPage.tsx'] },
];

if (!existsSync(manifestPath)) {
  console.error(
    `${manifestPath} is missing: build the dashboard first (\`npx nx run web:build\`, with build.manifest in vite.config.mts).`,
  );
  process.exit(1);
}

const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const preloads = modulePreloads(readFileSync(join(dist, 'index.html'), 'utf8'));
const raw = new Map();
const gzipped = new Map();
const rawSizeOf = (/** @type {string} */ file) => {
  if (!raw.has(file)) raw.set(file, readFileSync(join(dist, file)));
  return raw.get(file).length;
};
// Level 6, zlib's default and the compression middleware's.
const sizeOf = (/** @type {string} */ file) => {
  if (!gzipped.has(file)) {
    rawSizeOf(file);
    gzipped.set(file, gzipSync(raw.get(file), { level: 6 }).length);
  }
  return gzipped.get(file);
};

let result;
try {
  result = checkBudget(manifest, PAGES, sizeOf, { preloads });
} catch (error) {
  console.error(`Bundle budget: ${/** @type {Error} */ (error).message}`);
  process.exit(1);
}
console.log(`Initial JavaScript per page (${dist}):`);
for (const line of reportLines(result.pages, rawSizeOf, sizeOf, BUDGET_BYTES)) console.log(`  ${line}`);
if (result.failures.length > 0) {
  console.error(`\nBundle budget exceeded:\n  ${result.failures.join('\n  ')}`);
  console.error('Load what the page does not need at once lazily (a route-level lazy() or a dynamic import), or trim what it imports.');
  process.exit(1);
}
console.log(`Every page is within the budget of ${BUDGET_BYTES / 1024} KB gzipped.`);
