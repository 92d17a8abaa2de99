import { type ExportTable, neutraliseCsvCell } from '@officebench/domain';
import { type XlsxCell, type XlsxSheet, writeXlsx } from '../imports/xlsx-writer';

/** A sheet's column widths in characters: the longest header or cell, within 8 to 48. */
function widths(table: ExportTable): number[] {
  return table.header.map((header, c) => {
    const longest = Math.max(header.length, ...table.rows.slice(0, 200).map((row) => String(row[c] ?? '').length));
    return Math.min(48, Math.max(8, longest + 2));
  });
}

/**
 * A workbook of export tables, written by the import module's small XLSX writer: a bold header row kept
 * in view, numbers as numeric cells exactly as held (no rounding, no number format), every text cell
 * neutralised by the same rule as the CSV files (a workbook often gets re-saved as CSV).
 */
export function xlsxWorkbook(sheets: ReadonlyArray<{ name: string; table: ExportTable }>): Buffer {
  return writeXlsx(
    sheets.map(({ name, table }): XlsxSheet => ({
      name,
      freezeHeader: true,
      widths: widths(table),
      rows: [
        table.header.map((header): XlsxCell => ({ value: neutraliseCsvCell(header), style: 'header' })),
        ...table.rows.map((row) => row.map((cell) => (typeof cell === 'string' ? neutraliseCsvCell(cell) : cell))),
      ],
    })),
  );
}
