import { standingRank, versusMean } from '@officebench/domain';
import type { Language, Translate } from '../../../app/i18n';
import type { DataTableRow } from '../../../components/DataTable';
import { formatChange, formatTargetValue, statusText } from '../../../lib/targets';
import { valueFormatter } from '../../../lib/indicator-format';
import type { ScorecardLine } from '../graphql/office-scorecard.query';

/** How a line's standing looks: good (best half, or better than the mean without quartiles), bad, or neither. */
export type Tone = 'good' | 'bad' | 'neutral';

export function lineTone(line: ScorecardLine): Tone {
  const rank = standingRank(line.ownQuartile, line.indicator.direction);
  if (rank !== null) return rank <= 2 ? 'good' : 'bad';
  if (line.versusMean === 'BETTER') return 'good';
  if (line.versusMean === 'WORSE') return 'bad';
  return 'neutral';
}

/** "+2,5 p.p. od 2026-Q2: poprawa": the change's sign read by the indicator's direction; null without a previous value. */
export function changeText(line: ScorecardLine, t: Translate, language: Language): string | null {
  if (line.change === null || !line.previousPeriod) return null;
  const period = line.previousPeriod.label;
  const judged = versusMean(line.change, 0, line.indicator.direction);
  if (judged === 'SAME' || judged === null) return t('myOffice.change.SAME', { period });
  return t(`myOffice.change.${judged}`, { change: formatChange(line.change, line.indicator.unit, t, language), period });
}

/**
 * The standing in words: the quarter counted from the indicator's good end and the verdict against the
 * mean ("W najlepszej ćwiartce grupy; lepiej niż średnia grupy (82 %)"), or why the group's statistics are hidden.
 */
export function standingText(line: ScorecardLine, t: Translate, language: Language): string {
  if (line.suppressed || line.mean === null) {
    return t('myOffice.hidden', { reason: t(`suppression.${line.suppressionReason ?? 'NOT_RELEASED'}`) });
  }
  const mean = valueFormatter(line.indicator.unit, t, language)(line.mean);
  const verdict = line.versusMean ? t(`myOffice.verdict.${line.versusMean}`, { mean }) : t('myOffice.verdict.noOwn', { mean });
  const rank = standingRank(line.ownQuartile, line.indicator.direction);
  return rank === null ? verdict.charAt(0).toUpperCase() + verdict.slice(1) : `${t(`myOffice.standing.${rank}`)}; ${verdict}`;
}

/** "Cel: +15 p.p." with the status in words, or null where the programme sets no target for the indicator. */
export function targetText(line: ScorecardLine, t: Translate, language: Language): string | null {
  if (!line.progress) return null;
  return `${t('myOffice.target', { value: formatTargetValue(line.progress.target, t, language) })} · ${statusText(line.progress.status, t)}`;
}

/** The trend for screen readers: "Trend: 2026-Q1 80 %, 2026-Q2 82,5 %". */
export function trendText(line: ScorecardLine, t: Translate, language: Language): string {
  const format = valueFormatter(line.indicator.unit, t, language);
  const points = line.trend
    .filter((point) => point.own !== null)
    .map((point) => t('myOffice.trendPoint', { period: point.period.label, value: format(point.own as number) }));
  return t('myOffice.trend', { points: points.join(', ') || t('values.none') });
}

export function scorecardTableColumns(t: Translate): string[] {
  return [
    t('myOffice.column.indicator'),
    t('myOffice.column.latest'),
    t('myOffice.column.change'),
    t('myOffice.column.standing'),
    t('myOffice.column.target'),
  ];
}

/** The tiles as table rows (the table view, and its CSV). */
export function scorecardTableRows(
  lines: readonly ScorecardLine[],
  indicatorName: (line: ScorecardLine) => string,
  t: Translate,
  language: Language,
): DataTableRow[] {
  const none = t('values.none');
  return lines.map((line) => {
    const format = valueFormatter(line.indicator.unit, t, language);
    const latest = line.latest === null || !line.latestPeriod ? none : `${format(line.latest)} (${line.latestPeriod.label})`;
    return {
      key: line.indicator.code,
      cells: [
        indicatorName(line),
        latest,
        changeText(line, t, language) ?? none,
        standingText(line, t, language),
        targetText(line, t, language) ?? none,
      ],
    };
  });
}

/**
 * A sparkline's points in a width x height box, oldest left; null values leave gaps (each run of
 * values is its own polyline). Both series share one scale so that the own line and the mean compare.
 */
export function sparklineRuns(series: ReadonlyArray<ReadonlyArray<number | null>>, width: number, height: number, pad = 2): string[][] {
  const values = series.flat().filter((value): value is number => value !== null);
  if (values.length === 0) return series.map(() => []);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const count = Math.max(...series.map((s) => s.length));
  const x = (index: number) => (count <= 1 ? width / 2 : pad + (index * (width - 2 * pad)) / (count - 1));
  const y = (value: number) => (max === min ? height / 2 : pad + ((max - value) * (height - 2 * pad)) / (max - min));
  return series.map((points) => {
    const runs: string[][] = [[]];
    points.forEach((value, index) => {
      if (value === null) runs.push([]);
      else runs[runs.length - 1].push(`${x(index).toFixed(1)},${y(value).toFixed(1)}`);
    });
    return runs.filter((run) => run.length > 0).map((run) => run.join(' '));
  });
}
