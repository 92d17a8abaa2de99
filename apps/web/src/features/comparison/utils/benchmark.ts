import { type Direction, versusMean } from '@officebench/domain';
import type { Translate } from '../../../app/i18n';
import type { DataTableRow } from '../../../components/DataTable';
import type { SuppressionReason } from '../../../generated/graphql';
import type { BenchmarkCell } from '../graphql/benchmark-cell.fragment';
import type { TrendPoint } from '../graphql/trend.query';

import type { FormatValue } from '../../../lib/indicator-format';

export type { FormatValue, Translate };

/** A published cell's statistics: those of the generated cell type, the mean always present. */
export type PublishedStatistics = Pick<BenchmarkCell, 'median' | 'p25' | 'p75' | 'pooledRate' | 'contributorsBand' | 'ownQuartile'> & {
  mean: number;
};

/** A cell as shown: its statistics, or why there are none. */
export type CellState = { published: true; statistics: PublishedStatistics } | { published: false; reason: SuppressionReason | null };

/**
 * Suppressed cells (and any cell without a mean) are shown by their reason alone: whatever numbers such
 * a cell carried are dropped here, so that no view can show them.
 */
export function cellState(cell: BenchmarkCell): CellState {
  if (cell.suppressed || cell.mean === null) return { published: false, reason: cell.suppressionReason };
  const { mean, median, p25, p75, pooledRate, contributorsBand, ownQuartile } = cell;
  return { published: true, statistics: { mean, median, p25, p75, pooledRate, contributorsBand, ownQuartile } };
}

/** "Statystyki ukryte: za mało urzędów." */
export function suppressedText(reason: SuppressionReason | null, t: Translate): string {
  return reason ? t('comparison.suppressed', { reason: t(`suppression.${reason}`) }) : t('comparison.suppressedNoReason');
}

/** The own quartile in words, saying which end of the range is the good one for this indicator. */
export function quartileText(quartile: number | null, direction: Direction, t: Translate): string | null {
  if (quartile !== 1 && quartile !== 2 && quartile !== 3 && quartile !== 4) return null;
  const sentence = t('comparison.quartile', { quartile, position: t(`comparison.quartilePosition.${quartile}`) });
  const best = direction === 'HIGHER_BETTER' ? 4 : 1;
  const worst = direction === 'HIGHER_BETTER' ? 1 : 4;
  if (quartile === best) return `${sentence} ${t('comparison.quartileBest')}`;
  if (quartile === worst) return `${sentence} ${t('comparison.quartileWorst')}`;
  return sentence;
}

/** One row of the range chart: the quartile band, mean and median of a peer group (nulls when suppressed). */
export interface RangeRow {
  key: string;
  label: string;
  band: [number, number] | null;
  mean: number | null;
  median: number | null;
}

export function rangeRows(cells: readonly BenchmarkCell[]): RangeRow[] {
  return cells.map((cell) => {
    const state = cellState(cell);
    const base = { key: cell.peerGroup.id, label: cell.peerGroup.name };
    if (!state.published) return { ...base, band: null, mean: null, median: null };
    const { p25, p75, mean, median } = state.statistics;
    return { ...base, band: p25 !== null && p75 !== null ? [p25, p75] : null, mean, median };
  });
}

/** The column titles of `cellTableRows`. */
export function cellTableColumns(t: Translate): string[] {
  return [
    t('comparison.peerGroup'),
    t('comparison.own'),
    t('comparison.mean'),
    t('comparison.median'),
    t('comparison.p25'),
    t('comparison.p75'),
    t('comparison.pooledRate'),
    t('comparison.contributors'),
    t('comparison.comparison'),
  ];
}

/** The range chart's data as table rows, with the pooled rate, contributors and the verdict added. */
export function cellTableRows(cells: readonly BenchmarkCell[], direction: Direction, format: FormatValue, t: Translate): DataTableRow[] {
  const none = t('values.none');
  const shown = (value: number | null) => (value === null ? none : format(value));
  return cells.map((cell) => {
    const state = cellState(cell);
    const own = shown(cell.own);
    if (!state.published) {
      return {
        key: cell.peerGroup.id,
        cells: [cell.peerGroup.name, own, none, none, none, none, none, none, suppressedText(state.reason, t)],
      };
    }
    const { mean, median, p25, p75, pooledRate, contributorsBand } = state.statistics;
    const judged = versusMean(cell.own, mean, direction);
    return {
      key: cell.peerGroup.id,
      cells: [
        cell.peerGroup.name,
        own,
        format(mean),
        shown(median),
        shown(p25),
        shown(p75),
        shown(pooledRate),
        contributorsBand ?? none,
        judged ? t(`comparison.verdict.${judged}`) : t('comparison.noOwnValue'),
      ],
    };
  });
}

/** One period of the trend chart: the peer statistics are null where the cell is suppressed. */
export interface TrendRow {
  key: string;
  label: string;
  own: number | null;
  mean: number | null;
  median: number | null;
}

export function trendRows(points: readonly TrendPoint[]): TrendRow[] {
  return points.map(({ period, own, peerMean, peerMedian, suppressed }) => ({
    key: period.id,
    label: period.label,
    own,
    mean: suppressed ? null : peerMean,
    median: suppressed ? null : peerMedian,
  }));
}

export function trendTableColumns(t: Translate): string[] {
  return [t('comparison.period'), t('comparison.own'), t('comparison.peerMean'), t('comparison.peerMedian'), t('comparison.note')];
}

export function trendTableRows(points: readonly TrendPoint[], format: FormatValue, t: Translate): DataTableRow[] {
  const none = t('values.none');
  const shown = (value: number | null) => (value === null ? none : format(value));
  const rows = trendRows(points);
  return points.map((point, index) => {
    const { key, label, own, mean, median } = rows[index] as TrendRow;
    const note = point.suppressed ? suppressedText(point.suppressionReason, t) : median === null ? t('comparison.noQuantilesShort') : '';
    return { key, cells: [label, shown(own), shown(mean), shown(median), note] };
  });
}
