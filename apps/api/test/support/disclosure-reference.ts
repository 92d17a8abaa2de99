/**
 * A reference implementation of the disclosure rules (docs/confidentiality.md), for tests only.
 *
 * It deliberately shares no code with production (`libs/domain/src/disclosure*.ts`,
 * `peer-groups.ts`, `release.ts`): statistics are computed in exact rational arithmetic from the
 * stored decimals, and the differencing audit is a brute force in OFFICE space (every set of at most
 * k contributing offices is tried) rather than production's search over contributor classes.
 *
 * Rules as the product states them (k = the programme's anonymity threshold):
 * - contributors of a cell: the group's offices with an approved value for the indicator;
 * - TOO_FEW_OFFICES below k + 1 contributors;
 * - DOMINANCE for ratios (numerator or denominator) and counts: one office holds > 75% of the sum;
 * - median / quartiles (percentile_cont) only from 2k contributors;
 * - NESTED_GROUP: cells are taken largest first (ties: peer group id ascending as strings), and one is
 *   published only if the cells published so far plus it span no nonzero vector whose support lies
 *   within at most k offices;
 * - statistics rounded to 3 significant digits (halves away from zero), contributors as a band.
 */

// ---------------------------------------------------------------------------------------------
// Exact rationals

export interface Q {
  readonly n: bigint;
  readonly d: bigint;
}

const abs = (x: bigint) => (x < 0n ? -x : x);
function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function q(n: bigint | number, d: bigint | number = 1n): Q {
  let nn = BigInt(n);
  let dd = BigInt(d);
  if (dd === 0n) throw new Error('division by zero');
  if (dd < 0n) [nn, dd] = [-nn, -dd];
  const g = gcd(nn, dd) || 1n;
  return { n: nn / g, d: dd / g };
}

export const ZERO = q(0);
export const add = (a: Q, b: Q): Q => q(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Q, b: Q): Q => q(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Q, b: Q): Q => q(a.n * b.n, a.d * b.d);
export const div = (a: Q, b: Q): Q => q(a.n * b.d, a.d * b.n);
export const cmp = (a: Q, b: Q): number => {
  const x = a.n * b.d - b.n * a.d;
  return x < 0n ? -1 : x > 0n ? 1 : 0;
};
export const sum = (xs: readonly Q[]): Q => xs.reduce(add, ZERO);

/** A decimal as PostgreSQL or JavaScript prints it ("-12.5", "33.333333333333336", "1e-7"), exactly. */
export function parseDecimal(text: string): Q {
  const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text.trim());
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) throw new Error(`not a decimal: ${text}`);
  const [, sign, whole, fraction = '', exponent = '0'] = match;
  const digits = BigInt((whole || '0') + fraction) * (sign === '-' ? -1n : 1n);
  const power = Number(exponent) - fraction.length;
  return power >= 0 ? q(digits * 10n ** BigInt(power)) : q(digits, 10n ** BigInt(-power));
}

export const fromNumber = (x: number): Q => parseDecimal(String(x));

/** The double nearest to ±digits × 10^exponent. */
const fromDigits = (negative: boolean, digits: bigint, exponent: number): number => (negative ? -1 : 1) * Number(`${digits}e${exponent}`);

/** The nearest double, through a decimal string with 20 significant digits (plenty for comparisons). */
export function toNumber(x: Q): number {
  if (x.n === 0n) return 0;
  const negative = x.n < 0n;
  const a = abs(x.n);
  const digitsWanted = 20n;
  // a / d = m * 10^e with m an integer of about 20 digits.
  const scaleExp = BigInt(a.toString().length - x.d.toString().length) - digitsWanted;
  const m = scaleExp >= 0n ? a / (x.d * 10n ** scaleExp) : (a * 10n ** -scaleExp) / x.d;
  return fromDigits(negative, m, Number(scaleExp));
}

const pow10 = (e: number): Q => (e >= 0 ? q(10n ** BigInt(e)) : q(1n, 10n ** BigInt(-e)));

/**
 * |x| written as `scaled` × 10^(e − digits + 1), with `scaled` in [10^(digits − 1), 10^digits): the
 * integer part of `scaled` is |x|'s first `digits` significant digits. x must not be zero.
 */
function significantDigits(x: Q, digits: number): { negative: boolean; scaled: Q; exponent: number } {
  const negative = x.n < 0n;
  const a = negative ? q(-x.n, x.d) : x;
  let e = Math.floor(Math.log10(toNumber(a)));
  while (cmp(a, pow10(e)) < 0) e -= 1;
  while (cmp(a, pow10(e + 1)) >= 0) e += 1;
  return { negative, scaled: mul(a, pow10(digits - 1 - e)), exponent: e - digits + 1 };
}

/** Rounds to `digits` significant digits, halves away from zero, exactly; returns the nearest double. */
export function roundSignificantExact(x: Q, digits = 3): number {
  if (x.n === 0n) return 0;
  const { negative, scaled, exponent } = significantDigits(x, digits);
  const rounded = (2n * scaled.n + scaled.d) / (2n * scaled.d); // floor(scaled + 1/2)
  return fromDigits(negative, rounded, exponent);
}

/**
 * Near a rounding tie but not on it, the other neighbour; null otherwise. "Near" is within 1e-9 of a
 * unit in the last kept digit (about 1e-12 relative). Ratio values are stored from doubles
 * (numerator / denominator × scale, 17 significant digits), so exact statistics of them can sit a few
 * ulps off a tie that a computation in doubles, or one that reads numbers at 15 digits as the product
 * does, resolves the other way. Exact ties are not excused: they must round as the rule says.
 */
export function tieNeighbour(x: Q, digits = 3): number | null {
  if (x.n === 0n) return null;
  const { negative, scaled, exponent } = significantDigits(x, digits);
  const down = scaled.n / scaled.d;
  const fraction = sub(scaled, q(down));
  const distance = sub(fraction, q(1, 2));
  if (distance.n === 0n || cmp(distance.n < 0n ? q(-distance.n, distance.d) : distance, q(1, 1_000_000_000)) > 0) return null;
  // The rule rounds up from one half (away from zero): the neighbour is the other side.
  const other = cmp(fraction, q(1, 2)) >= 0 ? down : down + 1n;
  return fromDigits(negative, other, exponent);
}

/** percentile_cont(p): linear interpolation between the sorted values at p * (n - 1). */
export function percentileCont(sorted: readonly Q[], p: Q): Q {
  const position = mul(p, q(sorted.length - 1));
  const lower = position.n / position.d;
  const fraction = sub(position, q(lower));
  const low = sorted[Number(lower)];
  if (fraction.n === 0n) return low;
  return add(low, mul(fraction, sub(sorted[Number(lower) + 1], low)));
}

// ---------------------------------------------------------------------------------------------
// Exact rank, and the differencing audit in office space

function gcdNumber(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** Rank of an integer matrix by fraction-free elimination (rows kept primitive; exact in doubles). */
export function integerRank(matrix: readonly (readonly number[])[]): number {
  const rows = matrix.map((row) => [...row]);
  const columns = rows[0]?.length ?? 0;
  let rank = 0;
  for (let c = 0; c < columns && rank < rows.length; c += 1) {
    let p = rank;
    while (p < rows.length && rows[p][c] === 0) p += 1;
    if (p === rows.length) continue;
    [rows[rank], rows[p]] = [rows[p], rows[rank]];
    const pivot = rows[rank];
    for (let i = rank + 1; i < rows.length; i += 1) {
      const factor = rows[i][c];
      if (factor === 0) continue;
      let g = 0;
      for (let j = 0; j < columns; j += 1) {
        const v = rows[i][j] * pivot[c] - pivot[j] * factor;
        if (!Number.isSafeInteger(v)) throw new Error('integerRank: entries grew beyond exact doubles');
        rows[i][j] = v;
        g = gcdNumber(g, Math.abs(v));
      }
      if (g > 1) for (let j = 0; j < columns; j += 1) rows[i][j] /= g;
    }
    rank += 1;
  }
  return rank;
}

function* combinations<T>(items: readonly T[], size: number, start = 0, chosen: T[] = []): Generator<T[]> {
  if (chosen.length === size) {
    yield [...chosen];
    return;
  }
  for (let i = start; i <= items.length - (size - chosen.length); i += 1) {
    chosen.push(items[i]);
    yield* combinations(items, size, i + 1, chosen);
    chosen.pop();
  }
}

/**
 * The smallest set T of offices, 1 <= |T| <= k, such that adding and subtracting the given cells'
 * sums yields a nonzero combination of the values of T's offices only; null when there is none.
 *
 * Over the membership matrix M (a row per cell, a column per office), such a combination exists iff
 * rank(M without T's columns) < rank(M). Every T is tried, smallest first. Two remarks that only save
 * time: the rank of M without T depends only on which distinct columns disappear entirely, so ranks
 * are cached by that; and an office whose column occurs more than k times can never make its column
 * disappear within |T| <= k, so it is never needed in a smallest T and is not enumerated.
 */
export function singledOutOffices(cells: ReadonlyArray<readonly string[]>, k: number): string[] | null {
  const offices = [...new Set(cells.flat())].sort();
  const patternOf = new Map(offices.map((o) => [o, cells.map((c) => (c.includes(o) ? '1' : '0')).join('')]));
  const patterns = [...new Set(patternOf.values())];
  const copies = new Map(patterns.map((p) => [p, offices.filter((o) => patternOf.get(o) === p).length]));
  const matrixOf = (kept: readonly string[]) => cells.map((_, row) => kept.map((p) => Number(p[row])));
  const fullRank = integerRank(matrixOf(patterns));
  if (fullRank === 0) return null;
  const candidates = offices.filter((o) => (copies.get(patternOf.get(o)!) ?? 0) <= k);
  const ranks = new Map<string, number>();
  for (let size = 1; size <= k; size += 1) {
    for (const chosen of combinations(candidates, size)) {
      const removedCount = new Map<string, number>();
      for (const o of chosen) removedCount.set(patternOf.get(o)!, (removedCount.get(patternOf.get(o)!) ?? 0) + 1);
      const gone = [...removedCount]
        .filter(([p, n]) => n === copies.get(p))
        .map(([p]) => p)
        .sort();
      if (gone.length === 0) continue;
      const key = gone.join(',');
      let outside = ranks.get(key);
      if (outside === undefined) {
        outside = integerRank(matrixOf(patterns.filter((p) => !gone.includes(p))));
        ranks.set(key, outside);
      }
      if (outside < fullRank) return chosen;
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Cells

export type SuppressionReasonRef = 'TOO_FEW_OFFICES' | 'DOMINANCE' | 'NESTED_GROUP' | 'NOT_RELEASED';

export interface ReferenceIndicator {
  code: string;
  inputKind: 'VALUE' | 'RATIO';
  unit: string;
  scale: number;
}

/** An approved value as stored (decimal text); numerator and denominator for ratio indicators. */
export interface Contribution {
  value: string;
  numerator: string | null;
  denominator: string | null;
}

export interface ReferenceGroup {
  id: string;
  name: string;
  members: readonly string[];
}

export interface ReferenceInput {
  k: number;
  indicators: readonly ReferenceIndicator[];
  groups: readonly ReferenceGroup[];
  /** The period's approved values: indicator code → office id → contribution. */
  contributions: ReadonlyMap<string, ReadonlyMap<string, Contribution>>;
}

export interface ExactStatistics {
  sumValue: Q;
  mean: Q;
  pooledRate: Q | null;
  median: Q;
  p25: Q;
  p75: Q;
}

export const STATISTICS = ['mean', 'pooledRate', 'median', 'p25', 'p75'] as const;
export type Statistic = (typeof STATISTICS)[number];

/** What a cell publishes (or withholds, with null figures), however it is read: the reference, a stored cell, the API. */
export interface PublishedCell<Reason extends string = string> extends Record<Statistic, number | null> {
  suppressionReason: Reason | null;
  contributorsBand: string | null;
}

export const PUBLISHED_FIELDS = ['suppressionReason', 'contributorsBand', ...STATISTICS] as const;

/** The published fields of a cell, always in the order of PUBLISHED_FIELDS (the tests compare them as JSON). */
export const publishedFields = <Cell extends PublishedCell>(cell: Cell): Pick<Cell, (typeof PUBLISHED_FIELDS)[number]> =>
  Object.fromEntries(PUBLISHED_FIELDS.map((field) => [field, cell[field]])) as Pick<Cell, (typeof PUBLISHED_FIELDS)[number]>;

/** A cell that shows nothing but its suppression reason (or nothing yet). */
export const figuresWithheld = <Reason extends string>(suppressionReason: Reason | null): PublishedCell<Reason> => ({
  suppressionReason,
  contributorsBand: null,
  mean: null,
  pooledRate: null,
  median: null,
  p25: null,
  p75: null,
});

export interface ReferenceCell extends PublishedCell<SuppressionReasonRef> {
  indicatorCode: string;
  groupId: string;
  groupName: string;
  /** Contributing office ids, sorted. */
  contributors: string[];
  /** Unrounded statistics (for the sanity attacks on unprotected data); null without contributors. */
  exact: ExactStatistics | null;
  /** For NESTED_GROUP: the offices the audit found singled out. */
  singledOut?: string[];
}

/** Which rules to apply: all of them, all but the differencing audit, or none (raw, unrounded). */
export type RuleSet = 'all' | 'no-audit' | 'none';

export const cellKey = (indicatorCode: string, groupId: string) => `${indicatorCode}|${groupId}`;

export function bandOf(contributors: number): string {
  return contributors >= 20 ? '20+' : contributors >= 10 ? '10-19' : contributors >= 5 ? '5-9' : '3-4';
}

const THREE_QUARTERS = q(3, 4);

/** max > 3/4 of a positive total. */
function holdsMoreThanThreeQuarters(values: readonly Q[]): boolean {
  const total = sum(values);
  if (cmp(total, ZERO) <= 0) return false;
  const largest = values.reduce((m, v) => (cmp(v, m) > 0 ? v : m), values[0]);
  return cmp(largest, mul(THREE_QUARTERS, total)) > 0;
}

function exactStatistics(indicator: ReferenceIndicator, entries: readonly Contribution[]): ExactStatistics {
  const values = entries.map((e) => parseDecimal(e.value));
  const sorted = [...values].sort(cmp);
  const sumValue = sum(values);
  let pooledRate: Q | null = null;
  if (indicator.inputKind === 'RATIO') {
    const denominators = sum(entries.map((e) => parseDecimal(e.denominator!)));
    pooledRate = mul(div(sum(entries.map((e) => parseDecimal(e.numerator!))), denominators), fromNumber(indicator.scale));
  }
  return {
    sumValue,
    mean: div(sumValue, q(values.length)),
    pooledRate,
    median: percentileCont(sorted, q(1, 2)),
    p25: percentileCont(sorted, q(1, 4)),
    p75: percentileCont(sorted, q(3, 4)),
  };
}

function primaryReason(indicator: ReferenceIndicator, entries: readonly Contribution[], k: number): 'TOO_FEW_OFFICES' | 'DOMINANCE' | null {
  if (entries.length < k + 1) return 'TOO_FEW_OFFICES';
  if (indicator.inputKind === 'RATIO') {
    const numerators = entries.map((e) => parseDecimal(e.numerator!));
    const denominators = entries.map((e) => parseDecimal(e.denominator!));
    return holdsMoreThanThreeQuarters(numerators) || holdsMoreThanThreeQuarters(denominators) ? 'DOMINANCE' : null;
  }
  if (indicator.unit === 'count') return holdsMoreThanThreeQuarters(entries.map((e) => parseDecimal(e.value))) ? 'DOMINANCE' : null;
  return null;
}

/** Every cell (indicator × group) of one released period, as the rules say it must be published. */
export function referenceRelease(input: ReferenceInput, rules: RuleSet = 'all'): Map<string, ReferenceCell> {
  const cells = new Map<string, ReferenceCell>();
  for (const indicator of input.indicators) {
    const values = input.contributions.get(indicator.code) ?? new Map<string, Contribution>();
    const candidates: ReferenceCell[] = [];
    for (const group of input.groups) {
      const contributors = group.members.filter((o) => values.has(o)).sort();
      const entries = contributors.map((o) => values.get(o)!);
      const exact = entries.length > 0 ? exactStatistics(indicator, entries) : null;
      const reason = rules === 'none' ? (entries.length === 0 ? 'TOO_FEW_OFFICES' : null) : primaryReason(indicator, entries, input.k);
      const cell: ReferenceCell = {
        indicatorCode: indicator.code,
        groupId: group.id,
        groupName: group.name,
        contributors,
        ...figuresWithheld(reason),
        exact,
      };
      cells.set(cellKey(indicator.code, group.id), cell);
      if (reason === null) candidates.push(cell);
    }
    candidates.sort(
      (a, b) => b.contributors.length - a.contributors.length || (a.groupId < b.groupId ? -1 : a.groupId > b.groupId ? 1 : 0),
    );
    const published: ReferenceCell[] = [];
    for (const cell of candidates) {
      if (rules === 'all') {
        const singled = singledOutOffices(
          [...published, cell].map((c) => c.contributors),
          input.k,
        );
        if (singled) {
          cell.suppressionReason = 'NESTED_GROUP';
          cell.singledOut = singled;
          continue;
        }
      }
      published.push(cell);
      const exact = cell.exact!;
      if (rules === 'none') {
        Object.assign(cell, {
          contributorsBand: bandOf(cell.contributors.length),
          mean: toNumber(exact.mean),
          pooledRate: exact.pooledRate && toNumber(exact.pooledRate),
          median: toNumber(exact.median),
          p25: toNumber(exact.p25),
          p75: toNumber(exact.p75),
        });
        continue;
      }
      const quantiles = cell.contributors.length >= 2 * input.k;
      Object.assign(cell, {
        contributorsBand: bandOf(cell.contributors.length),
        mean: roundSignificantExact(exact.mean),
        pooledRate: exact.pooledRate && roundSignificantExact(exact.pooledRate),
        median: quantiles ? roundSignificantExact(exact.median) : null,
        p25: quantiles ? roundSignificantExact(exact.p25) : null,
        p75: quantiles ? roundSignificantExact(exact.p75) : null,
      });
    }
  }
  return cells;
}

/** The viewer's quartile against a cell's published (rounded) quartiles; null without them or without a value. */
export function referenceQuartile(own: number | null, cell: Pick<ReferenceCell, 'p25' | 'median' | 'p75'>): number | null {
  if (own === null || cell.p25 === null || cell.median === null || cell.p75 === null) return null;
  return own <= cell.p25 ? 1 : own <= cell.median ? 2 : own <= cell.p75 ? 3 : 4;
}

/**
 * How many offices' data differ between two snapshots of a cell's contributors: offices added,
 * removed, or with another value, numerator or denominator.
 */
export function changedOffices(
  before: ReadonlyMap<string, Contribution>,
  after: ReadonlyMap<string, Contribution>,
  members: readonly string[],
): number {
  const same = (a: Contribution, b: Contribution) =>
    cmp(parseDecimal(a.value), parseDecimal(b.value)) === 0 &&
    (a.numerator === null) === (b.numerator === null) &&
    (a.numerator === null || cmp(parseDecimal(a.numerator), parseDecimal(b.numerator!)) === 0) &&
    (a.denominator === null || cmp(parseDecimal(a.denominator), parseDecimal(b.denominator!)) === 0);
  return members.filter((o) => {
    const a = before.get(o);
    const b = after.get(o);
    if (!a && !b) return false;
    if (!a || !b) return true;
    return !same(a, b);
  }).length;
}

export type PublishedFields = PublishedCell<SuppressionReasonRef>;

/**
 * The fields a cell must show per the reference, with one allowance: a statistic whose exact value is
 * within about 1e-12 of a rounding tie, but not on it, may show the other neighbour instead (see
 * tieNeighbour and the finding in benchmark-properties.integration-spec.ts). Returns the expected fields (taking the neighbour
 * where `actual` shows it) and the statistics where that allowance was used.
 */
export function expectedFields(
  cell: ReferenceCell,
  actual: Pick<PublishedFields, Statistic>,
): { expected: PublishedFields; ties: Statistic[] } {
  const expected: PublishedFields = publishedFields(cell);
  const ties: Statistic[] = [];
  for (const stat of STATISTICS) {
    const exact = cell.exact && (stat === 'mean' ? cell.exact.mean : stat === 'pooledRate' ? cell.exact.pooledRate : cell.exact[stat]);
    if (expected[stat] !== null && actual[stat] !== expected[stat] && exact && actual[stat] === tieNeighbour(exact)) {
      expected[stat] = actual[stat];
      ties.push(stat);
    }
  }
  return { expected, ties };
}

/**
 * The cells that must stop a re-release, from the rule as docs/confidentiality.md states it: a cell
 * whose figures offices could compare, i.e. published by the first release and published by the
 * second judged on its own (each release by referenceRelease), whose contributors changed by 1..k
 * offices. As `indicator code/group name/changed offices`, sorted.
 */
export function referenceReleaseBlockers(before: ReferenceInput, after: ReferenceInput): string[] {
  const first = referenceRelease(before);
  const second = referenceRelease(after);
  const shown = (cells: ReadonlyMap<string, ReferenceCell>, key: string) => cells.get(key)?.suppressionReason === null;
  const blockers: string[] = [];
  for (const indicator of after.indicators) {
    for (const group of after.groups) {
      const key = cellKey(indicator.code, group.id);
      if (!shown(first, key) || !shown(second, key)) continue;
      const count = changedOffices(
        before.contributions.get(indicator.code) ?? new Map(),
        after.contributions.get(indicator.code) ?? new Map(),
        group.members,
      );
      if (count > 0 && count <= after.k) blockers.push(`${indicator.code}/${group.name}/${count}`);
    }
  }
  return blockers.sort();
}
