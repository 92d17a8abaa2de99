import { useId } from 'react';
import { useI18n } from '../../../app/i18n';
import { ChartWithTable } from '../../../components/ChartWithTable';
import type { BenchmarkIndicator } from '../../../lib/graphql/benchmark-programme.query';
import type { BenchmarkCell } from '../graphql/benchmark-cell.fragment';
import { cellState, cellTableColumns, cellTableRows, rangeRows } from '../utils/benchmark';
import { indicatorName, valueFormatter } from '../../../lib/indicator-format';
import { CellSummaries } from './CellSummaries';
import { RangeChart } from './RangeChart';
import { TrendSection } from './TrendSection';

interface IndicatorComparisonProps {
  programmeId: string;
  officeId: string;
  indicator: BenchmarkIndicator;
  /** The indicator's cells, one per peer group shown. */
  cells: readonly BenchmarkCell[];
  /** The peer group chosen for the page, or null for all of them (the trend then uses all offices). */
  peerGroup: { id: string; name: string } | null;
  trendOpen: boolean;
  onToggleTrend: () => void;
}

/** One indicator: the office's value, each peer group's cell in words and as a chart or table, the trend. */
export function IndicatorComparison({
  programmeId,
  officeId,
  indicator,
  cells,
  peerGroup,
  trendOpen,
  onToggleTrend,
}: IndicatorComparisonProps) {
  const { t, language } = useI18n();
  const trendId = useId();
  const name = indicatorName(indicator, language);
  const format = valueFormatter(indicator.unit, t, language);
  const own = cells.find((cell) => cell.own !== null)?.own ?? null;
  const anyPublished = cells.some((cell) => cellState(cell).published);
  const chartTitle = t('comparison.chartTitle', { indicator: name });
  return (
    <article className="benchmark-indicator" aria-label={name}>
      <h3>{name}</h3>
      <p className="benchmark-indicator__meta">
        {own === null ? t('comparison.noOwnValue') : t('comparison.ownValue', { value: format(own) })}
        {' · '}
        {t(`comparison.direction.${indicator.direction}`)}
      </p>
      <CellSummaries cells={cells} direction={indicator.direction} format={format} />
      {anyPublished && (
        <ChartWithTable
          title={chartTitle}
          table={{ columns: cellTableColumns(t), rows: cellTableRows(cells, indicator.direction, format, t) }}
        >
          <RangeChart title={chartTitle} rows={rangeRows(cells)} own={own} format={format} />
        </ChartWithTable>
      )}
      <p>
        <button
          type="button"
          className="secondary"
          aria-expanded={trendOpen}
          aria-controls={trendOpen ? trendId : undefined}
          aria-label={trendOpen ? `${t('comparison.hideTrend')}: ${name}` : t('comparison.showTrendLabel', { indicator: name })}
          onClick={onToggleTrend}
        >
          {trendOpen ? t('comparison.hideTrend') : t('comparison.showTrend')}
        </button>
      </p>
      {trendOpen && (
        <TrendSection
          id={trendId}
          programmeId={programmeId}
          officeId={officeId}
          indicatorCode={indicator.code}
          indicatorName={name}
          peerGroup={peerGroup}
          format={format}
        />
      )}
    </article>
  );
}
