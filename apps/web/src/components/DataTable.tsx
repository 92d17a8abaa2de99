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
  return (
    <table className="data-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, cells }) => (
          <tr key={key}>
            {cells.map((cell, index) => {
              const className = typeof cell === 'number' ? 'numeric' : undefined;
              return index === rowHeaderColumn ? (
                <th key={index} scope="row" className={className}>
                  {cell}
                </th>
              ) : (
                <td key={index} className={className}>
                  {cell}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
