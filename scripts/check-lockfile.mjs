// `nx run tooling:test`: package-lock.json lists every optional dependency of every package in it, for all
// platforms, as npm itself writes it. A lockfile written without them (for instance with optional
// dependencies left out) is completed by the next `npm install`, leaving every newcomer a changed file.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const lockfile = process.argv[2] ?? join(root, 'package-lock.json');
/** @type {{ packages: Record<string, { optionalDependencies?: Record<string, string>, link?: boolean }> }} */
const lock = JSON.parse(readFileSync(lockfile, 'utf8'));

/** Where Node would find `name` from the package at `location`: its own node_modules, then each one above. */
function installed(location, name) {
  for (let dir = location; ; dir = dir.includes('node_modules/') ? dir.slice(0, dir.lastIndexOf('/node_modules/')) : '') {
    if (lock.packages[`${dir ? `${dir}/` : ''}node_modules/${name}`]) return true;
    if (!dir) return false;
  }
}

const missing = Object.entries(lock.packages).flatMap(([location, entry]) =>
  Object.keys(entry.optionalDependencies ?? {})
    .filter((name) => !installed(location, name))
    .map((name) => `${name} (optional dependency of ${location || 'the root'})`),
);
if (missing.length > 0) {
  console.error(`${lockfile} lacks ${missing.length} optional packages that npm install would add:\n  ${missing.join('\n  ')}`);
  console.error('Run `npm install --no-audit --no-fund` and commit the package-lock.json it writes.');
  process.exit(1);
}
console.log(`${lockfile}: every optional dependency is listed.`);
