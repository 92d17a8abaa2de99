// scripts/ belongs to no project (the tooling project lints and type-checks it): its pure module is tested here.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { BUDGET_BYTES, checkBudget, kilobytes, modulePreloads, pageFiles, staticClosure } from '../../../scripts/bundle-budget.mjs';

/** A build manifest as Vite writes it: the entry, shared chunks (keys starting with _), lazy route modules. */
const MANIFEST = {
  'index.html': {
    file: 'assets/index-1.js',
    isEntry: true,
    imports: ['_react-1.js', '_i18n-1.js'],
    dynamicImports: ['src/Home.tsx', 'src/Charts.tsx'],
  },
  '_react-1.js': { file: 'assets/react-1.js' },
  '_i18n-1.js': { file: 'assets/i18n-1.js', imports: ['_react-1.js'], dynamicImports: ['src/messages.en.ts'] },
  '_table-1.js': { file: 'assets/table-1.js', imports: ['_react-1.js', '_table-1.css'] },
  '_table-1.css': { file: 'assets/table-1.css' },
  '_recharts-1.js': { file: 'assets/recharts-1.js', imports: ['_react-1.js'] },
  'src/Home.tsx': { file: 'assets/Home-1.js', isDynamicEntry: true, imports: ['index.html', '_table-1.js'] },
  'src/Charts.tsx': { file: 'assets/Charts-1.js', isDynamicEntry: true, imports: ['_recharts-1.js', '_table-1.js'] },
  'src/messages.en.ts': { file: 'assets/messages.en-1.js', isDynamicEntry: true },
};

const SIZES: Record<string, number> = {
  'assets/index-1.js': 10_000,
  'assets/react-1.js': 60_000,
  'assets/i18n-1.js': 30_000,
  'assets/table-1.js': 5_000,
  'assets/recharts-1.js': 100_000,
  'assets/Home-1.js': 4_000,
  'assets/Charts-1.js': 8_000,
  'assets/messages.en-1.js': 20_000,
};
const sizeOf = (file: string) => SIZES[file];

describe('the bundle budget', () => {
  it('follows static imports once each, never dynamic ones nor CSS', () => {
    expect(staticClosure(MANIFEST, ['index.html'])).toEqual(['assets/index-1.js', 'assets/react-1.js', 'assets/i18n-1.js']);
    expect(staticClosure(MANIFEST, ['index.html', 'src/Charts.tsx'])).toEqual([
      'assets/index-1.js',
      'assets/react-1.js',
      'assets/i18n-1.js',
      'assets/Charts-1.js',
      'assets/recharts-1.js',
      'assets/table-1.js',
    ]);
  });

  it('counts a page as the entry with its imports plus its route’s lazy chunk with its own', () => {
    expect(pageFiles(MANIFEST, { name: 'login', modules: [] })).toEqual(['assets/index-1.js', 'assets/react-1.js', 'assets/i18n-1.js']);
    expect(pageFiles(MANIFEST, { name: 'home', modules: ['src/Home.tsx'] })).toEqual([
      'assets/index-1.js',
      'assets/react-1.js',
      'assets/i18n-1.js',
      'assets/Home-1.js',
      'assets/table-1.js',
    ]);
  });

  it('adds what index.html preloads beyond the manifest', () => {
    const html = '<script type="module" src="/assets/index-1.js"></script><link rel="modulepreload" crossorigin href="/assets/extra-1.js">';
    expect(modulePreloads(html)).toEqual(['assets/extra-1.js']);
    expect(pageFiles(MANIFEST, { name: 'login', modules: [] }, modulePreloads(html))).toContain('assets/extra-1.js');
  });

  it('names a route module missing from the manifest, or not lazy', () => {
    expect(() => pageFiles(MANIFEST, { name: 'home', modules: ['src/Gone.tsx'] })).toThrow(
      'home: src/Gone.tsx is not in the build manifest (renamed or moved? update the page list).',
    );
    expect(() => pageFiles(MANIFEST, { name: 'home', modules: ['_table-1.js'] })).toThrow('home: _table-1.js is not a chunk of its own');
  });

  it('sums each page and fails only the pages over the budget, naming page, size and budget', () => {
    const pages = [
      { name: 'login', modules: [] },
      { name: 'home', modules: ['src/Home.tsx'] },
      { name: 'charts', modules: ['src/Charts.tsx'] },
    ];
    const result = checkBudget(MANIFEST, pages, sizeOf, { budget: 150 * 1024 });
    expect(result.pages.map(({ name, bytes }) => [name, bytes])).toEqual([
      ['login', 100_000],
      ['home', 109_000],
      ['charts', 213_000],
    ]);
    expect(result.failures).toEqual(['charts: 208.0 KB of initial JavaScript (gzipped) is over the budget of 150.0 KB by 58.0 KB']);
    expect(checkBudget(MANIFEST, pages, sizeOf).failures).toEqual([]);
  });

  it('is 250 KB', () => {
    expect(BUDGET_BYTES).toBe(256_000);
    expect(kilobytes(BUDGET_BYTES)).toBe('250.0 KB');
  });
});
