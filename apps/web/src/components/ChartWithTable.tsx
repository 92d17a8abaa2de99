import { useId, useState, type ReactNode } from 'react';
import { useT } from '../app/i18n';
import { DataTable, type DataTableProps } from './DataTable';

interface ChartWithTableProps {
  title: string;
  /** The same data as the chart, for the table view. */
  table: Omit<DataTableProps, 'caption'>;
  /** The chart. */
  children: ReactNode;
}

/** A chart with a button that swaps it for an accessible table of the same data. */
export function ChartWithTable({ title, table, children }: ChartWithTableProps) {
  const t = useT();
  const [asTable, setAsTable] = useState(false);
  const viewId = useId();
  return (
    <div className="chart-with-table">
      <button type="button" className="secondary" aria-controls={viewId} onClick={() => setAsTable((shown) => !shown)}>
        {asTable ? t('chart.showChart') : t('chart.showTable')}
      </button>
      <div id={viewId} className="chart-with-table__view">
        {asTable ? <DataTable caption={title} {...table} /> : children}
      </div>
    </div>
  );
}
