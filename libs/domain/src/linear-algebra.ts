/** Small dense linear algebra for the disclosure audit (matrices of a few dozen rows). */

const EPSILON = 1e-9;

export type Matrix = number[][];

/** Reduced row echelon form: the nonzero rows and the column of each row's pivot. */
export function rowReduce(matrix: Matrix, columns = matrix[0]?.length ?? 0): { rows: Matrix; pivots: number[] } {
  const rows = matrix.map((row) => [...row]);
  const pivots: number[] = [];
  let top = 0;
  for (let column = 0; column < columns && top < rows.length; column += 1) {
    let best = top;
    for (let r = top + 1; r < rows.length; r += 1) if (Math.abs(rows[r][column]) > Math.abs(rows[best][column])) best = r;
    if (Math.abs(rows[best][column]) <= EPSILON) continue;
    [rows[top], rows[best]] = [rows[best], rows[top]];
    const pivot = rows[top][column];
    for (let c = 0; c < columns; c += 1) rows[top][c] /= pivot;
    for (let r = 0; r < rows.length; r += 1) {
      const factor = rows[r][column];
      if (r === top || Math.abs(factor) <= EPSILON) continue;
      for (let c = 0; c < columns; c += 1) rows[r][c] -= factor * rows[top][c];
    }
    pivots.push(column);
    top += 1;
  }
  return { rows: rows.slice(0, top), pivots };
}

export function rank(matrix: Matrix, columns?: number): number {
  return rowReduce(matrix, columns).pivots.length;
}

/** A basis of the vectors x with matrix · x = 0 (x has `columns` entries). */
export function nullSpace(matrix: Matrix, columns: number): Matrix {
  const { rows, pivots } = rowReduce(matrix, columns);
  const free = [...Array(columns).keys()].filter((c) => !pivots.includes(c));
  return free.map((f) => {
    const x = new Array<number>(columns).fill(0);
    x[f] = 1;
    rows.forEach((row, i) => {
      x[pivots[i]] = -row[f];
    });
    return x;
  });
}

export function isZero(x: number): boolean {
  return Math.abs(x) <= EPSILON;
}
