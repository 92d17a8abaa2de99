import { isZero, type Matrix, nullSpace, rank, rowReduce } from './linear-algebra';
import { minimumContributors } from './disclosure';

/**
 * The differencing audit: rule 4 of the confidentiality rules, generalised from nested pairs of
 * groups to any combination of published cells.
 *
 * Every published cell of one period and indicator tells the sum of its contributors' values (the
 * mean times a count that an attacker may guess from the public membership). Adding and subtracting
 * cells gives any vector in their span. The audit refuses a set of cells whose span holds a nonzero
 * vector that involves at most k offices: a difference of nested groups, or a combination of
 * overlapping ones, that singles out fewer than k + 1 offices (k others for a viewer among them).
 *
 * Offices that belong to the same cells are interchangeable here, so the work is done on "atoms":
 * classes of contributors with the same memberships, with their sizes.
 */
export interface ContributorAtom {
  /** The cells (peer groups) whose contributors include this class of offices. */
  groups: readonly string[];
  /** How many offices the class holds. */
  size: number;
}

export interface DerivableSet {
  /** Cells that, added and subtracted, single the set out. */
  groups: string[];
  /** Offices in the set. */
  offices: number;
}

/** Above this many candidate sets the audit gives up and treats the cells as unsafe. */
const SEARCH_BUDGET = 50_000;

interface Projection {
  /** Membership matrix: a row per cell, a column per atom. */
  matrix: Matrix;
  sizes: number[];
}

function project(published: readonly string[], atoms: readonly ContributorAtom[]): Projection {
  const index = new Map(published.map((group, i) => [group, i]));
  const columns = new Map<string, { cells: number[]; size: number }>();
  for (const atom of atoms) {
    const cells = atom.groups
      .map((g) => index.get(g))
      .filter((i): i is number => i !== undefined)
      .sort((a, b) => a - b);
    if (cells.length === 0 || atom.size === 0) continue;
    const key = cells.join(',');
    const column = columns.get(key);
    if (column) column.size += atom.size;
    else columns.set(key, { cells, size: atom.size });
  }
  const list = [...columns.values()];
  const matrix = published.map((_, row) => list.map((column) => (column.cells.includes(row) ? 1 : 0)));
  return { matrix, sizes: list.map((column) => column.size) };
}

const columnsOf = (matrix: Matrix, columns: readonly number[]): Matrix => matrix.map((row) => columns.map((c) => row[c]));
const transpose = (matrix: Matrix, columns: number): Matrix => [...Array(columns).keys()].map((c) => matrix.map((row) => row[c]));

function binomial(n: number, r: number): number {
  let result = 1;
  for (let i = 0; i < r; i += 1) result = (result * (n - i)) / (i + 1);
  return result;
}

/** Every `size`-element subset of 0..count-1, in lexicographic order. */
function* subsets(count: number, size: number): Generator<number[]> {
  const pick = [...Array(size).keys()];
  while (true) {
    yield pick;
    let i = size - 1;
    while (i >= 0 && pick[i] === count - size + i) i -= 1;
    if (i < 0) return;
    pick[i] += 1;
    for (let j = i + 1; j < size; j += 1) pick[j] = pick[j - 1] + 1;
  }
}

/** Which atoms (columns) of W's basis a set may hold, what each weighs, and the most a set may weigh. */
interface SupportQuestion {
  basis: Matrix;
  involved: readonly number[];
  weightOf: (column: number) => number;
  limit: number;
}

/**
 * The lightest support of a nonzero vector in the row space of `basis` (d rows) when it weighs at most
 * `limit`, else null; columns outside `involved` are zero. A vector of least support is zero on d - 1
 * columns that hold rank d - 1 (another zero would be a combination of two such vectors), and those
 * columns fix it up to a factor: so trying every d - 1 of the involved columns finds it, exactly.
 */
function lightestSupport({ basis, involved, weightOf, limit }: SupportQuestion): Set<number> | null {
  let best: { support: number[]; weight: number } | null = null;
  for (const zeros of subsets(involved.length, basis.length - 1)) {
    const held = columnsOf(
      basis,
      zeros.map((i) => involved[i]),
    );
    const [factors, ...more] = nullSpace(transpose(held, zeros.length), basis.length);
    if (!factors || more.length > 0) continue;
    const support = involved.filter((column) => !isZero(factors.reduce((sum, f, row) => sum + f * basis[row][column], 0)));
    const weight = support.reduce((sum, column) => sum + weightOf(column), 0);
    if (weight <= limit && (best === null || weight < best.weight)) best = { support, weight };
  }
  return best && new Set(best.support);
}

/**
 * A set of involved columns weighing at most `limit` that holds the support of a nonzero vector of the row
 * space of `basis`, found depth first: such a set makes the basis lose rank outside it. Past SEARCH_BUDGET
 * checks the search stops and answers its last set, as if one were found (the cells are then treated as unsafe).
 */
function searchLightSet({ basis, involved, weightOf, limit }: SupportQuestion): Set<number> | null {
  let checks = 0;
  const outsideLosesRank = (chosen: ReadonlySet<number>) => {
    checks += 1;
    const outside = involved.filter((i) => !chosen.has(i));
    return rank(columnsOf(basis, outside), outside.length) < basis.length;
  };
  const chosen = new Set<number>();
  const search = (start: number, weight: number): boolean => {
    for (let position = start; position < involved.length; position += 1) {
      const column = involved[position];
      if (weight + weightOf(column) > limit) continue;
      chosen.add(column);
      if (checks >= SEARCH_BUDGET || outsideLosesRank(chosen) || search(position + 1, weight + weightOf(column))) return true;
      chosen.delete(column);
    }
    return false;
  };
  return search(0, 0) ? new Set(chosen) : null;
}

/**
 * A smallest-found set of at most k offices whose sum the published cells give away, or null when
 * there is none. `atoms` are the contributor classes over (at least) the published cells.
 */
export function derivableSmallSet(published: readonly string[], atoms: readonly ContributorAtom[], k: number): DerivableSet | null {
  const limit = minimumContributors(k) - 1;
  const { matrix, sizes } = project(published, atoms);
  const all = sizes.map((_, c) => c);
  const small = all.filter((c) => sizes[c] <= limit);
  const large = all.filter((c) => sizes[c] > limit);
  if (small.length === 0) return null;

  // W: the span's vectors that vanish on every large atom (only they can involve few offices).
  const combinations = nullSpace(transpose(columnsOf(matrix, large), large.length), published.length);
  const spanOnSmall = combinations.map((c) => small.map((column) => c.reduce((sum, ci, row) => sum + ci * matrix[row][column], 0)));
  const basis = rowReduce(spanOnSmall, small.length).rows;
  if (basis.length === 0) return null;

  // Only the small atoms that some vector of W involves (a nonzero column of its basis) can be in a set it
  // singles out: another atom in a set changes no rank and only adds weight.
  const involved = small.map((_, i) => i).filter((i) => basis.some((row) => !isZero(row[i])));
  const question = { basis, involved, weightOf: (i: number) => sizes[small[i]], limit };
  const found = binomial(involved.length, basis.length - 1) <= SEARCH_BUDGET ? lightestSupport(question) : searchLightSet(question);
  if (found === null) return null;
  const chosen: Set<number> = found;
  const inSet = new Set([...chosen].map((i) => small[i]));
  return {
    groups: groupsSingling(
      matrix,
      all.filter((c) => !inSet.has(c)),
      published,
    ),
    offices: [...inSet].reduce((sum, c) => sum + sizes[c], 0),
  };
}

/** The cells of one combination that vanishes outside the given columns but not everywhere. */
function groupsSingling(matrix: Matrix, outside: readonly number[], published: readonly string[]): string[] {
  const combinations = nullSpace(transpose(columnsOf(matrix, outside), outside.length), published.length);
  const width = matrix[0]?.length ?? 0;
  const telling = combinations.find((c) =>
    [...Array(width).keys()].some((column) => !isZero(c.reduce((sum, ci, row) => sum + ci * matrix[row][column], 0))),
  );
  return telling ? published.filter((_, row) => !isZero(telling[row])) : [...published];
}

export interface CandidateCell {
  groupId: string;
  contributors: number;
}

/**
 * Which cells to publish: the largest first, each only if the cells published so far plus it give
 * nothing away (ties by group id, so the choice is deterministic). `fixed` cells are already
 * published (an earlier release) and stay. Returns the published group ids in order.
 */
export function selectPublishable(
  candidates: readonly CandidateCell[],
  atoms: readonly ContributorAtom[],
  k: number,
  fixed: readonly string[] = [],
): string[] {
  const ordered = [...candidates].sort(
    (a, b) => b.contributors - a.contributors || (a.groupId < b.groupId ? -1 : a.groupId > b.groupId ? 1 : 0),
  );
  const published = [...fixed];
  const chosen: string[] = [];
  for (const cell of ordered) {
    if (published.includes(cell.groupId)) continue;
    if (derivableSmallSet([...published, cell.groupId], atoms, k) === null) {
      published.push(cell.groupId);
      chosen.push(cell.groupId);
    }
  }
  return chosen;
}

/** Contributor classes from each office's cells. */
export function atomsOf(membership: Iterable<readonly string[]>): ContributorAtom[] {
  const atoms = new Map<string, ContributorAtom>();
  for (const groups of membership) {
    const sorted = [...groups].sort();
    const key = sorted.join('|');
    const atom = atoms.get(key);
    if (atom) atom.size += 1;
    else atoms.set(key, { groups: sorted, size: 1 });
  }
  return [...atoms.values()];
}
