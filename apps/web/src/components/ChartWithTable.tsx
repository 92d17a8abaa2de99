import { useId, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useT } from '../app/i18n';
import { downloadNodePng, downloadTableCsv } from '../lib/downloads';
import { DataTable, type DataTableProps } from './DataTable';

interface ChartWithTableProps {
  title: string;
  /** The same data as the chart, for the table view. */
  table: Omit<DataTableProps, 'caption'>;
  /** The chart. */
  children: ReactNode;
  /** The toggle's words for going back from the table when the view is not a chart ("Pokaż jako kafelki"). */
  viewLabel?: string;
}

/**
 * A chart with a button that swaps it for an accessible table of the same data, and its downloads: the
 * data as CSV (the table's text, whichever view is shown) and, while the chart is shown, its picture as
 * PNG. The download buttons' names end with the chart's title, so that a page of several charts reads
 * as several different buttons.
 */
export function ChartWithTable({ title, table, children, viewLabel }: ChartWithTableProps) {
  const t = useT();
  const [asTable, setAsTable] = useState(false);
  // The table rendered out of sight for a moment, to read its text, when the chart is shown.
  const [exporting, setExporting] = useState(false);
  const [pngFailed, setPngFailed] = useState(false);
  const viewRef = useRef<HTMLDivElement>(null);
  const exportRef = useRef<HTMLDivElement>(null);
  const viewId = useId();

  const downloadCsv = () => {
    let rendered = viewRef.current?.querySelector('table');
    if (!rendered) {
      // The table's cells are React nodes (statuses, formatted values): rendering them is what gives their text.
      flushSync(() => setExporting(true));
      rendered = exportRef.current?.querySelector('table');
    }
    if (rendered) downloadTableCsv(rendered, title);
    setExporting(false);
  };

  const downloadPng = () => {
    const chart = viewRef.current;
    if (!chart) return;
    setPngFailed(false);
    downloadNodePng(chart, title).catch(() => setPngFailed(true));
  };

  return (
    <div className="chart-with-table">
      <div className="chart-with-table__actions">
        <button type="button" className="secondary" aria-controls={viewId} onClick={() => setAsTable((shown) => !shown)}>
          {asTable ? (viewLabel ?? t('chart.showChart')) : t('chart.showTable')}
        </button>
        <span className="download-actions">
          <button type="button" className="secondary small" aria-label={t('download.csvOf', { title })} onClick={downloadCsv}>
            {t('download.csv')}
          </button>
          {!asTable && (
            <button type="button" className="secondary small" aria-label={t('download.pngOf', { title })} onClick={downloadPng}>
              {t('download.png')}
            </button>
          )}
        </span>
      </div>
      {pngFailed && (
        <p className="field__error" role="alert">
          {t('download.pngFailed')}
        </p>
      )}
      <div id={viewId} ref={viewRef} className="chart-with-table__view">
        {asTable ? <DataTable caption={title} {...table} downloadable={false} /> : children}
      </div>
      {exporting && (
        <div hidden ref={exportRef}>
          <DataTable caption={title} {...table} downloadable={false} />
        </div>
      )}
    </div>
  );
}
