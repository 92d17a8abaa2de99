import fc from 'fast-check';
import { referenceRelease, type ReferenceCell, type ReferenceInput, type RuleSet } from './support/disclosure-reference';
import { programmeArbitrary, referenceInputOf } from './support/random-programme';

/**
 * The attack suite (docs/confidentiality.md, "How it is tested"): an office tries to recover a peer's
 * value from everything it can see.
 *
 * The attacker is linear algebra over published cells: every published cell of an indicator says that
 * the values of its contributors sum to mean × n, where n and the contributors are either guessed from
 * the public membership of the group ("membership") or, stronger than any real office, known exactly
 * ("oracle"). The attacker knows its own value. A target office is isolated when adding and subtracting
 * cells leaves its value alone (e_t lies in the row space of the equations once the attacker's own
 * column is moved to the right-hand side); only then does it claim an estimate, the least-squares one.
 * A recovery is an isolated target whose estimate equals its true value; a near miss one within 1%.
 */

// ---------------------------------------------------------------------------------------------
// The attacker

/** What a cell tells: the variables (office values) it sums over, and the sum the attacker infers. */
export interface Observation {
  variables: readonly string[];
  total: number;
}

export interface Estimate {
  target: string;
  estimate: number;
}

/**
 * Exact linear algebra on 0/1 matrices modulo a prime below 2^26 (products stay exact in doubles).
 * Every minor of a 0/1 matrix of order n <= 19 is below the prime in absolute value (Hadamard:
 * (n+1)^((n+1)/2) / 2^n), so a minor vanishes modulo the prime only if it vanishes: the rank and the
 * zero pattern of the reduced row echelon form are those over the rationals.
 */
const PRIME = 67_108_859;

function inverseModPrime(a: number): number {
  let [r0, r1, s0, s1] = [a, PRIME, 1, 0];
  while (r1 !== 0) {
    const t = Math.floor(r0 / r1);
    [r0, r1] = [r1, r0 - t * r1];
    [s0, s1] = [s1, s0 - t * s1];
  }
  return ((s0 % PRIME) + PRIME) % PRIME;
}

export function rrefModPrime(matrix: readonly (readonly number[])[]): { rows: number[][]; pivots: number[] } {
  const columns = matrix[0]?.length ?? 0;
  if (Math.min(matrix.length, columns) > 19) throw new Error('matrix too large for exact arithmetic modulo the prime');
  const rows = matrix.map((row) => row.map((x) => ((x % PRIME) + PRIME) % PRIME));
  const pivots: number[] = [];
  let top = 0;
  for (let c = 0; c < columns && top < rows.length; c += 1) {
    const p = rows.findIndex((row, i) => i >= top && row[c] !== 0);
    if (p < 0) continue;
    [rows[top], rows[p]] = [rows[p], rows[top]];
    const inverse = inverseModPrime(rows[top][c]);
    rows[top] = rows[top].map((x) => (x * inverse) % PRIME);
    for (let i = 0; i < rows.length; i += 1) {
      const f = rows[i][c];
      if (i === top || f === 0) continue;
      rows[i] = rows[i].map((x, j) => (((x - f * rows[top][j]) % PRIME) + PRIME) % PRIME);
    }
    pivots.push(c);
    top += 1;
  }
  return { rows: rows.slice(0, top), pivots };
}

/**
 * A least-squares solution of A x = b (floating point): z on the pivot columns (a basis of A's
 * columns), zero elsewhere. Every least-squares solution agrees on an isolated variable, and an
 * isolated variable's column is a pivot column.
 */
function leastSquares(matrix: readonly (readonly number[])[], b: readonly number[], basis: readonly number[]): number[] {
  const x = new Array<number>(matrix[0].length).fill(0);
  if (basis.length === 0) return x;
  const B = matrix.map((row) => basis.map((j) => row[j]));
  // Normal equations (BᵀB) z = Bᵀ b (BᵀB is invertible: B has independent columns), Gauss-Jordan with partial pivoting.
  const n = basis.length;
  const normal = [...Array(n).keys()].map((i) => [...[...Array(n).keys()].map((j) => B.reduce((s, row) => s + row[i] * row[j], 0)), B.reduce((s, row, r) => s + row[i] * b[r], 0)]);
  for (let c = 0; c < n; c += 1) {
    let p = c;
    for (let r = c + 1; r < n; r += 1) if (Math.abs(normal[r][c]) > Math.abs(normal[p][c])) p = r;
    [normal[c], normal[p]] = [normal[p], normal[c]];
    for (let r = 0; r < n; r += 1) {
      if (r === c) continue;
      const f = normal[r][c] / normal[c][c];
      for (let j = c; j <= n; j += 1) normal[r][j] -= f * normal[c][j];
    }
  }
  basis.forEach((column, i) => {
    x[column] = normal[i][n] / normal[i][i];
  });
  return x;
}

/**
 * Every unknown variable the observations isolate, with its least-squares estimate. `known` are the
 * attacker's own variables and their values. Isolation is decided exactly: e_t lies in the row space
 * of the equations iff the reduced row echelon form has a row that is e_t.
 */
export function linearAttack(observations: readonly Observation[], known: ReadonlyMap<string, number>): Estimate[] {
  const variables = [...new Set(observations.flatMap((o) => o.variables))].sort();
  const unknown = variables.filter((v) => !known.has(v));
  if (unknown.length === 0 || observations.length === 0) return [];
  const A = observations.map((o) => unknown.map((v) => (o.variables.includes(v) ? 1 : 0)));
  const { rows, pivots } = rrefModPrime(A);
  const isolated = pivots.filter((c, i) => rows[i].every((x, j) => j === c || x === 0));
  if (isolated.length === 0) return [];
  const b = observations.map((o) => o.total - o.variables.reduce((s, v) => s + (known.get(v) ?? 0), 0));
  const x = leastSquares(A, b, pivots);
  return isolated.map((t) => ({ target: unknown[t], estimate: x[t] }));
}

// ---------------------------------------------------------------------------------------------
// What an office sees, and the verdicts

/** A published cell as an office reads it. */
export interface SeenCell {
  indicatorCode: string;
  groupId: string;
  mean: number;
}

export type Belief = 'membership' | 'oracle';

/**
 * The equations an attacker writes for one indicator: per published cell, Σ values of the believed
 * contributors = mean × their number. `members` is public; `contributors` only for the oracle.
 */
export function observationsFor(
  cells: readonly SeenCell[],
  belief: Belief,
  viewer: { officeId: string; contributes: boolean },
  members: ReadonlyMap<string, readonly string[]>,
  contributors: ReadonlyMap<string, readonly string[]>,
  variableOf: (officeId: string) => string = (o) => o,
): Observation[] {
  return cells.map((cell) => {
    const set = belief === 'oracle' ? contributors.get(cell.groupId)! : members.get(cell.groupId)!.filter((o) => o !== viewer.officeId || viewer.contributes);
    return { variables: set.map(variableOf), total: cell.mean * set.length };
  });
}

export interface Verdict {
  isolated: number;
  exact: number;
  within1pct: number;
  examples: string[];
}

export const emptyVerdict = (): Verdict => ({ isolated: 0, exact: 0, within1pct: 0, examples: [] });

/** Scores estimates against the true values (variables without a true value are not counted). */
export function score(verdict: Verdict, estimates: readonly Estimate[], truth: ReadonlyMap<string, number>, context: string): void {
  for (const { target, estimate } of estimates) {
    const actual = truth.get(target);
    if (actual === undefined) continue;
    verdict.isolated += 1;
    const error = Math.abs(estimate - actual);
    const exact = error <= 1e-9 * Math.max(1, Math.abs(actual));
    const close = error <= 0.01 * Math.abs(actual);
    if (exact) verdict.exact += 1;
    if (close) verdict.within1pct += 1;
    if ((exact || close) && verdict.examples.length < 5) verdict.examples.push(`${context}: ${target} true ${actual} estimated ${estimate}`);
  }
}

/** Every attack an office can run on one released period's cells (one indicator at a time). */
export function attackPeriod(input: ReferenceInput, seen: readonly SeenCell[], verdicts: Record<string, Verdict>, context: string): void {
  const members = new Map(input.groups.map((g) => [g.id, g.members]));
  const offices = [...new Set(input.groups.flatMap((g) => g.members))];
  for (const indicator of input.indicators) {
    const values = input.contributions.get(indicator.code)!;
    const truth = new Map([...values].map(([o, c]) => [o, Number(c.value)]));
    const cells = seen.filter((c) => c.indicatorCode === indicator.code);
    if (cells.length === 0) continue;
    const contributors = new Map(input.groups.map((g) => [g.id, g.members.filter((o) => values.has(o))]));
    for (const viewer of offices) {
      const own = values.get(viewer);
      const known = new Map(own ? [[viewer, Number(own.value)]] : []);
      const others = new Map([...truth].filter(([o]) => o !== viewer));
      const who = { officeId: viewer, contributes: own !== undefined };
      // 1. One cell at a time: subtract the own value from mean × n, n guessed from the membership.
      for (const cell of cells) score(verdicts.subtractOwn, linearAttack(observationsFor([cell], 'membership', who, members, contributors), known), others, `${context} ${indicator.code} subtract-own`);
      // 2. All cells at once, differencing nested and overlapping groups, n from the membership.
      score(verdicts.membership, linearAttack(observationsFor(cells, 'membership', who, members, contributors), known), others, `${context} ${indicator.code} membership`);
      // 3. The same, knowing exactly who contributed (stronger than any real office).
      score(verdicts.oracle, linearAttack(observationsFor(cells, 'oracle', who, members, contributors), known), others, `${context} ${indicator.code} oracle`);
    }
  }
}

export const newVerdicts = (): Record<string, Verdict> => ({ subtractOwn: emptyVerdict(), membership: emptyVerdict(), oracle: emptyVerdict(), beforeAfter: emptyVerdict() });

export const seenOf = (cells: Iterable<ReferenceCell>): SeenCell[] =>
  [...cells].filter((c) => c.suppressionReason === null).map((c) => ({ indicatorCode: c.indicatorCode, groupId: c.groupId, mean: c.mean! }));

const total = (verdicts: Record<string, Verdict>, key: keyof Verdict) => Object.values(verdicts).reduce((s, v) => s + (v[key] as number), 0);

// ---------------------------------------------------------------------------------------------

describe('the attacker itself (in process, no API)', () => {
  it('recovers a value from two nested cells differing by one office, exactly, and not from one cell', () => {
    const obs = [
      { variables: ['a', 'b', 'c', 'd'], total: 10 + 20 + 30 + 40 },
      { variables: ['a', 'b', 'c'], total: 60 },
    ];
    expect(linearAttack(obs, new Map())).toEqual([{ target: 'd', estimate: 40 }]);
    expect(linearAttack([obs[0]], new Map([['a', 10]]))).toEqual([]);
    // Overlapping groups: (a+b+c) - (b+c+d) + (d+e) = a + e, with e known.
    const overlap = [
      { variables: ['a', 'b', 'c'], total: 6 },
      { variables: ['b', 'c', 'd'], total: 9 },
      { variables: ['d', 'e'], total: 9 },
    ];
    expect(linearAttack(overlap, new Map([['e', 5]]))).toEqual([
      { target: 'a', estimate: expect.closeTo(1, 9) },
      { target: 'd', estimate: expect.closeTo(4, 9) },
    ]);
  });

  const runs = 400;
  const draws = fc.sample(programmeArbitrary(), { numRuns: runs, seed: 20261122 });
  const ids = (prefix: string, n: number) => [...Array(n).keys()].map((i) => `${prefix}${String(i).padStart(2, '0')}`);
  const inputs = draws.map((draft, r) => referenceInputOf(draft, ids(`r${r}o`, draft.offices.length), ids(`r${r}g`, 20).slice(0, 4 + draft.offices.length + draft.customGroups.length)));

  const attackWith = (rules: RuleSet) => {
    const verdicts = newVerdicts();
    inputs.forEach((input, r) => attackPeriod(input, seenOf(referenceRelease(input, rules).values()), verdicts, `run ${r} (${rules})`));
    return verdicts;
  };

  it(`succeeds on unprotected data (every cell, exact means): ${runs} random programmes`, () => {
    const verdicts = attackWith('none');
    // The attack must be able to fail the suite: on raw cells it isolates offices and gets them exactly.
    expect(verdicts.oracle.isolated).toBeGreaterThan(runs / 4);
    expect(verdicts.oracle.exact).toBe(verdicts.oracle.isolated);
    expect(verdicts.membership.exact).toBeGreaterThan(0);
  });

  it('gets within 1% without the differencing audit (threshold, dominance and rounding alone)', () => {
    const verdicts = attackWith('no-audit');
    expect(verdicts.oracle.isolated).toBeGreaterThan(runs / 10);
    expect(verdicts.oracle.within1pct).toBeGreaterThan(0);
  });

  it('isolates nobody when the reference applies every rule', () => {
    const verdicts = attackWith('all');
    expect({ isolated: total(verdicts, 'isolated'), examples: Object.values(verdicts).flatMap((v) => v.examples) }).toEqual({ isolated: 0, examples: [] });
  });
});

