// benchmarks/ belongs to no project (the tooling project lints and type-checks it): its pure summary module is tested here.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { BLOCK_END, BLOCK_START, replaceBlock, slowdown, summaryMarkdown } from '../../../benchmarks/summary.mjs';

const RUN = {
  size: 'quick',
  date: '2026-12-05 10:00 UTC',
  commit: 'abc1234',
  cpu: 'AMD EPYC',
  cores: 2,
  memoryGiB: 24,
  node: 'v20.20.2',
  postgres: '18.4',
  load: '1.00 / 1.00 / 1.00 at the start, 2.00 / 1.00 / 1.00 at the end (1 / 5 / 15 min)',
  minutes: 4.25,
};

const RESULTS = [
  {
    name: 'benchmark-engine',
    rows: [
      {
        measure: "coordinator's `benchmark`, one peer group: p95",
        unit: 'ms' as const,
        api: 182.34,
        floor: 120.8,
        floorNote: "the API's 6 statements replayed",
        goal: '≤ 50 ms',
      },
      {
        measure: "coordinator's `benchmark`, one peer group: requests/s",
        unit: 'requests/s' as const,
        api: 313,
        floor: 489,
        floorNote: "the API's 6 statements replayed",
        goal: '≥ 1,000',
      },
      { measure: 'release again, data unchanged', unit: 'ms' as const, api: 10891.2, floor: null, goal: '≤ 2 s' },
    ],
  },
  { name: 'import', error: 'exit code 1 | see its log' },
];

describe("the summary of 'npm run bench'", () => {
  it('divides a time by its floor and a floor by its rate, and gives nothing without a floor', () => {
    expect(slowdown(RESULTS[0].rows![0])).toBeCloseTo(182.34 / 120.8);
    expect(slowdown(RESULTS[0].rows![1])).toBeCloseTo(489 / 313);
    expect(slowdown(RESULTS[0].rows![2])).toBeNull();
  });

  it('writes one row per measure beside its floor, a failed benchmark as such, the machine and what each floor is', () => {
    const markdown = summaryMarkdown(RESULTS, RUN);
    expect(markdown).toContain('**quick size**, 2026-12-05 10:00 UTC, at abc1234, 4.3 minutes. A quick run checks');
    expect(markdown).toContain('Machine: AMD EPYC, 2 cores, 24 GiB RAM; Node v20.20.2; PostgreSQL 18.4; load average 1.00');
    expect(markdown.split('\n').filter((line) => line.startsWith('| '))).toEqual([
      '| benchmark | measure | API | bare-SQL floor | API ÷ floor | goal |',
      "| benchmark-engine | coordinator's `benchmark`, one peer group: p95 | 182 ms | 121 ms | 1.51x | ≤ 50 ms |",
      "| benchmark-engine | coordinator's `benchmark`, one peer group: requests/s | 313 requests/s | 489 requests/s | 1.56x | ≥ 1,000 |",
      '| benchmark-engine | release again, data unchanged | 10,891 ms | – | – | ≤ 2 s |',
      '| import | **failed**: exit code 1 \\| see its log | – | – | – | |',
    ]);
    expect(markdown).toContain("The floors, measured in the same run: benchmark-engine: the API's 6 statements replayed.");
  });

  it('replaces only what lies between the marks, again and again', () => {
    const doc = `# Benchmarks\n\nIntro.\n\n${BLOCK_START}\nNot run yet.\n${BLOCK_END}\n\n## Import\n`;
    const once = replaceBlock(doc, 'first table\n');
    expect(once).toBe(`# Benchmarks\n\nIntro.\n\n${BLOCK_START}\nfirst table\n${BLOCK_END}\n\n## Import\n`);
    expect(replaceBlock(once, 'second table')).toBe(`# Benchmarks\n\nIntro.\n\n${BLOCK_START}\nsecond table\n${BLOCK_END}\n\n## Import\n`);
  });

  it('refuses a document without the marks rather than writing the table somewhere else', () => {
    expect(() => replaceBlock('# Benchmarks\n', 'table')).toThrow(/marks/);
    expect(() => replaceBlock(`${BLOCK_END}\n${BLOCK_START}\n`, 'table')).toThrow(/marks/);
  });
});
