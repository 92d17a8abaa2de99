export interface DataTableRow {
  key: string;
  cells: readonly (string | number)[];
}

export interface DataTableProps {
  /** The table's accessible name; visually hidden because the enclosing section's heading shows it. */
  caption: string;
  columns: readonly string[];
  rows: readonly DataTableRow[];
  /** The column whose cells name their row (read out by screen readers with each cell). */
  rowHeaderColumn?: number;
}

export function DataTable({ caption, columns, rows, rowHeaderColumn = 0 }: DataTableProps) {
  // Numbers are right-aligned, and so is the header of a column that holds them.
  const alignment = (value: string | number | undefined) => (typeof value === 'number' ? 'numeric' : undefined);
  return (
    <table className="data-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column, index) => (
            <th key={column} scope="col" className={alignment(rows[0]?.cells[index])}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, cells }) => (
          <tr key={key}>
            {cells.map((cell, index) =>
              index === rowHeaderColumn ? (
                <th key={index} scope="row" className={alignment(cell)}>
                  {cell}
                </th>
              ) : (
                <td key={index} className={alignment(cell)}>
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
