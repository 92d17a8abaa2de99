import fc from 'fast-check';
import { atomsOf, derivableSmallSet, selectPublishable } from './disclosure-audit';

/**
 * The differencing audit against a brute force in office space: for cells given by their contributing
 * offices, a combination of cell sums singles out at most k offices iff some set T of 1..k offices
 * makes the membership matrix lose rank when T's columns are dropped. Every such T is tried, with an
 * exact integer rank; the production audit works on contributor classes and a pruned search instead.
 */

/** Rank of a small integer matrix by fraction-free elimination (rows kept primitive, exact in doubles). */
function integerRank(matrix: number[][]): number {
  const rows = matrix.map((row) => [...row]);
  const columns = rows[0]?.length ?? 0;
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  let rank = 0;
  for (let c = 0; c < columns && rank < rows.length; c += 1) {
    const p = rows.findIndex((row, i) => i >= rank && row[c] !== 0);
    if (p < 0) continue;
    [rows[rank], rows[p]] = [rows[p], rows[rank]];
    for (let i = rank + 1; i < rows.length; i += 1) {
      const factor = rows[i][c];
      if (factor === 0) continue;
      rows[i] = rows[i].map((x, j) => x * rows[rank][c] - rows[rank][j] * factor);
      const g = rows[i].reduce((acc, x) => gcd(acc, Math.abs(x)), 0);
      if (g > 1) rows[i] = rows[i].map((x) => x / g);
      if (rows[i].some((x) => !Number.isSafeInteger(x))) throw new Error('entries grew beyond exact doubles');
    }
    rank += 1;
  }
  return rank;
}

function* subsets(n: number, size: number, start = 0, chosen: number[] = []): Generator<number[]> {
  if (chosen.length === size) yield chosen;
  else for (let i = start; i < n; i += 1) yield* subsets(n, size, i + 1, [...chosen, i]);
}

/** The smallest number of offices some combination of the cells singles out, if at most k; else null. */
function bruteForce(cells: readonly number[][], offices: number, k: number): number | null {
  const matrix = cells.map((members) => [...Array(offices).keys()].map((o) => (members.includes(o) ? 1 : 0)));
  const full = integerRank(matrix);
  for (let size = 1; size <= k; size += 1) {
    for (const t of subsets(offices, size)) {
      if (integerRank(matrix.map((row) => row.filter((_, o) => !t.includes(o)))) < full) return size;
    }
  }
  return null;
}

const families = fc.integer({ min: 4, max: 12 }).chain((offices) =>
  fc.record({
    offices: fc.constant(offices),
    k: fc.integer({ min: 3, max: 5 }),
    cells: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: offices - 1 }), { minLength: 3, maxLength: offices }), {
      minLength: 1,
      maxLength: 6,
    }),
  }),
);

const atomsOfCells = (cells: readonly number[][], offices: number) =>
  atomsOf(
    [...Array(offices).keys()]
      .map((o) => cells.flatMap((members, c) => (members.includes(o) ? [`c${c}`] : [])))
      .filter((groups) => groups.length > 0),
  );

describe('the differencing audit against a brute force over sets of offices', () => {
  it('derivableSmallSet finds a set exactly when some combination singles out at most k offices', () => {
    const outcomes = { found: 0, safe: 0 };
    fc.assert(
      fc.property(families, ({ offices, k, cells }) => {
        const found = derivableSmallSet(
          cells.map((_, c) => `c${c}`),
          atomsOfCells(cells, offices),
          k,
        );
        const smallest = bruteForce(cells, offices, k);
        expect(found === null).toBe(smallest === null);
        if (found) expect(found.offices).toBeLessThanOrEqual(k);
        // Below the search budget the audit names the lightest set (lightestSupport): the smallest there is.
        if (found && smallest !== null) expect(found.offices).toBe(smallest);
        outcomes[found ? 'found' : 'safe'] += 1;
      }),
      { numRuns: 3000 },
    );
    // Both answers are common in the generated families (fast-check's shrinking runs add to both).
    console.info(`differencing audit against the brute force: ${JSON.stringify(outcomes)}`);
    expect(outcomes.found).toBeGreaterThan(300);
    expect(outcomes.safe).toBeGreaterThan(300);
  });

  it('selectPublishable publishes, largest first, exactly the cells a brute-force greedy would', () => {
    fc.assert(
      fc.property(families, ({ offices, k, cells }) => {
        const ids = cells.map((_, c) => `c${c}`);
        const candidates = cells.map((members, c) => ({ groupId: ids[c], contributors: members.length }));
        const chosen = selectPublishable(candidates, atomsOfCells(cells, offices), k);
        const order = [...candidates].sort((a, b) => b.contributors - a.contributors || (a.groupId < b.groupId ? -1 : 1));
        const expected: string[] = [];
        for (const cell of order) {
          const trial = [...expected, cell.groupId].map((id) => cells[ids.indexOf(id)]);
          if (bruteForce(trial, offices, k) === null) expected.push(cell.groupId);
        }
        expect(chosen).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });
});
