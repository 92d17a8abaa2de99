// The bundle budget's arithmetic, apart from the files (scripts/check-bundle-budget.mjs reads them; the
// workspace tests check this): which built files a page loads before it shows, from Vite's build
// manifest, and whether their compressed size stays under the budget.

/**
 * @typedef {{ file: string, imports?: string[], dynamicImports?: string[], isEntry?: boolean, isDynamicEntry?: boolean }} ManifestChunk
 * @typedef {Record<string, ManifestChunk>} Manifest
 * @typedef {{ name: string, modules: string[] }} Page
 * @typedef {{ name: string, files: string[], bytes: number }} PageSize
 */

/** The budget of issue 16: a page's initial JavaScript, gzipped, in bytes (250 KB). */
export const BUDGET_BYTES = 250 * 1024;

/** The manifest key of the HTML entry (the dashboard has one: index.html). */
export const ENTRY = 'index.html';

/**
 * The JavaScript files that load with the manifest entries `keys`: each one's file and, recursively, its
 * static imports (what Vite preloads with it); dynamic imports are not followed. In first-seen order,
 * each once. Throws, naming it, when a key is not in the manifest.
 * @param {Manifest} manifest
 * @param {string[]} keys
 * @returns {string[]}
 */
export function staticClosure(manifest, keys) {
  /** @type {string[]} */
  const files = [];
  const seen = new Set();
  const visit = (/** @type {string} */ key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the build manifest`);
    if (chunk.file.endsWith('.js') && !files.includes(chunk.file)) files.push(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of keys) visit(key);
  return files;
}

/**
 * A page's initial JavaScript: the entry with everything it imports statically, plus the lazy chunks of the
 * page's route (`page.modules`, source paths relative to apps/web as the manifest names them) with theirs.
 * `preloads` (the modulepreload links of index.html) are added too, should the HTML name more than the manifest.
 * @param {Manifest} manifest
 * @param {Page} page
 * @param {string[]} [preloads]
 * @returns {string[]}
 */
export function pageFiles(manifest, page, preloads = []) {
  for (const module of page.modules) {
    const chunk = manifest[module];
    if (!chunk) throw new Error(`${page.name}: ${module} is not in the build manifest (renamed or moved? update the page list).`);
    if (!chunk.isDynamicEntry && !chunk.isEntry) throw new Error(`${page.name}: ${module} is not a chunk of its own (not lazy-loaded).`);
  }
  const files = staticClosure(manifest, [ENTRY, ...page.modules]);
  for (const preload of preloads) if (preload.endsWith('.js') && !files.includes(preload)) files.push(preload);
  return files;
}

/** The modulepreload'ed scripts of an index.html, as paths relative to the build folder ("assets/x.js"). */
export function modulePreloads(/** @type {string} */ html) {
  return [...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="\/?([^"]+)"/g)].map((match) => match[1]);
}

/**
 * Each page's files and their total size (`sizeOf(file)`: the gzipped bytes), and a message for every
 * page over `budget`, naming the page, its size and the budget.
 * @param {Manifest} manifest
 * @param {Page[]} pages
 * @param {(file: string) => number} sizeOf
 * @param {{ budget?: number, preloads?: string[] }} [options]
 * @returns {{ pages: PageSize[], failures: string[] }}
 */
export function checkBudget(manifest, pages, sizeOf, { budget = BUDGET_BYTES, preloads = [] } = {}) {
  const sizes = pages.map((page) => {
    const files = pageFiles(manifest, page, preloads);
    return { name: page.name, files, bytes: files.reduce((sum, file) => sum + sizeOf(file), 0) };
  });
  const failures = sizes
    .filter((page) => page.bytes > budget)
    .map(
      (page) =>
        `${page.name}: ${kilobytes(page.bytes)} of initial JavaScript (gzipped) is over the budget of ${kilobytes(budget)} by ${kilobytes(page.bytes - budget)}`,
    );
  return { pages: sizes, failures };
}

/** Bytes as kilobytes (1,024 bytes) with one decimal: "187.3 KB". */
export function kilobytes(/** @type {number} */ bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/**
 * The report's lines: a table of the pages (gzipped and raw sizes, number of files) and, for each page,
 * its largest files.
 * @param {PageSize[]} pages
 * @param {(file: string) => number} rawSizeOf
 * @param {(file: string) => number} sizeOf
 * @param {number} [budget]
 */
export function reportLines(pages, rawSizeOf, sizeOf, budget = BUDGET_BYTES) {
  const name = Math.max(...pages.map((page) => page.name.length), 4);
  const lines = [`${'page'.padEnd(name)}  ${'gzipped'.padStart(10)}  ${'raw'.padStart(10)}  files  budget ${kilobytes(budget)}`];
  for (const page of pages) {
    const raw = page.files.reduce((sum, file) => sum + rawSizeOf(file), 0);
    const verdict = page.bytes > budget ? 'OVER' : `${Math.round((page.bytes / budget) * 100)} %`;
    lines.push(
      `${page.name.padEnd(name)}  ${kilobytes(page.bytes).padStart(10)}  ${kilobytes(raw).padStart(10)}  ${String(page.files.length).padStart(5)}  ${verdict}`,
    );
  }
  for (const page of pages) {
    const largest = [...page.files].sort((a, b) => sizeOf(b) - sizeOf(a)).slice(0, 5);
    lines.push(`${page.name}, largest: ${largest.map((file) => `${file.replace(/^assets\//, '')} ${kilobytes(sizeOf(file))}`).join(', ')}`);
  }
  return lines;
}
