import { useRef, type ReactNode } from 'react';
import { useT } from '../app/i18n';
import { downloadTableCsv } from '../lib/downloads';

export interface DataTableColumn {
  label: string;
  /** Its cells hold numbers, also when written as text ("3 z 5"): right-aligned, as is its header. */
  numeric?: boolean;
  /** The header is read out only (a column of links or buttons whose own labels say what they do). */
  labelHidden?: boolean;
}

export interface DataTableRow {
  key: string;
  cells: readonly ReactNode[];
  className?: string;
}

export interface DataTableProps {
  /** The table's accessible name; visually hidden because the enclosing section's heading shows it. */
  caption: string;
  /** A plain label, or a column with its options; a column is numeric when its first row's cell is a number. */
  columns: readonly (string | DataTableColumn)[];
  rows: readonly DataTableRow[];
  /** The column whose cells name their row (read out by screen readers with each cell). */
  rowHeaderColumn?: number;
  /** Classes added to `data-table`. */
  className?: string;
  /** Offers "Pobierz CSV" below the table (default); off where a chart's toolbar offers it already. */
  downloadable?: boolean;
}

const numericClass = (numeric: boolean | undefined) => (numeric ? 'numeric' : undefined);
const columnOf = (column: string | DataTableColumn): DataTableColumn => (typeof column === 'string' ? { label: column } : column);

interface DataTableFrameProps {
  caption: string;
  columns: readonly (string | DataTableColumn)[];
  className?: string;
  /** Offers "Pobierz CSV" below the table (default). */
  downloadable?: boolean;
  /** The body's rows. */
  children: ReactNode;
}

/**
 * A data table with its hidden caption and column headers, the body's rows given as they are: for rows
 * whose cells come from components of their own (DataTable builds them from cell values). A table wider
 * than a phone scrolls inside its own region, which the keyboard can reach, and never the page. The
 * region is named "Tabela: <caption>", apart from the section around it that usually bears the caption.
 * Below it, "Pobierz CSV" saves the table as the user sees it (named with the caption for screen readers).
 */
export function DataTableFrame({ caption, columns, className, downloadable = true, children }: DataTableFrameProps) {
  const t = useT();
  const tableRef = useRef<HTMLTableElement>(null);
  const frame = (
    <div className="table-scroll" role="region" aria-label={t('table.region', { caption })} tabIndex={0}>
      <table ref={tableRef} className={className ? `data-table ${className}` : 'data-table'}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, index) => {
              const { label, numeric, labelHidden } = columnOf(column);
              return (
                <th key={index} scope="col" className={numericClass(numeric)}>
                  {labelHidden ? <span className="visually-hidden">{label}</span> : label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
  if (!downloadable) return frame;
  return (
    <>
      {frame}
      <div className="download-actions download-actions--table">
        <button
          type="button"
          className="secondary small"
          aria-label={t('download.csvOf', { title: caption })}
          onClick={() => tableRef.current && downloadTableCsv(tableRef.current, caption)}
        >
          {t('download.csv')}
        </button>
      </div>
    </>
  );
}

export function DataTable({ caption, columns, rows, rowHeaderColumn = 0, className, downloadable }: DataTableProps) {
  const declared = columns.map(columnOf);
  // Numbers are right-aligned, and so is the header of a column that holds them.
  const headers = declared.map((column, index) => ({ ...column, numeric: column.numeric ?? typeof rows[0]?.cells[index] === 'number' }));
  return (
    <DataTableFrame caption={caption} columns={headers} className={className} downloadable={downloadable}>
      {rows.map(({ key, cells, className: rowClassName }) => (
        <tr key={key} className={rowClassName}>
          {cells.map((cell, index) => {
            const numeric = numericClass(typeof cell === 'number' || declared[index]?.numeric);
            return index === rowHeaderColumn ? (
              <th key={index} scope="row" className={numeric}>
                {cell}
              </th>
            ) : (
              <td key={index} className={numeric}>
                {cell}
              </td>
            );
          })}
        </tr>
      ))}
    </DataTableFrame>
  );
}
