/** A cell as a reader found it: text (CSV, or a text cell of a workbook), a number, or an Excel error value. */
export type Cell = { kind: 'text'; text: string } | { kind: 'number'; value: number } | { kind: 'error'; text: string };

/** A row that is not blank, with its spreadsheet row number and its cells by 0-based column index. */
export interface SheetRow {
  row: number;
  cells: Array<Cell | undefined>;
}

/** The rows of the one sheet an import reads (blank rows left out). */
export interface Sheet {
  format: 'csv' | 'xlsx';
  rows: SheetRow[];
  /** Cells holding a formula (XLSX): never evaluated, the file is refused naming them. */
  formulas: Array<{ row: number; column: number }>;
}

export const isBlankCell = (cell: Cell | undefined) => cell === undefined || (cell.kind === 'text' && cell.text.trim() === '');
