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

  // A vector of W lies within the small atoms `chosen` when W's basis, outside them, loses rank.
  let checks = 0;
  const outsideLosesRank = (chosen: ReadonlySet<number>) => {
    checks += 1;
    const outside = small.map((_, i) => i).filter((i) => !chosen.has(i));
    return rank(columnsOf(basis, outside), outside.length) < basis.length;
  };
  let found: Set<number> | null = null;
  const search = (start: number, chosen: Set<number>, weight: number): boolean => {
    for (let i = start; i < small.length; i += 1) {
      const size = sizes[small[i]];
      if (weight + size > limit) continue;
      chosen.add(i);
      if (checks >= SEARCH_BUDGET || outsideLosesRank(chosen) || search(i + 1, chosen, weight + size)) {
        found ??= new Set(chosen);
        return true;
      }
      chosen.delete(i);
    }
    return false;
  };
  if (!search(0, new Set(), 0) || found === null) return null;
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
