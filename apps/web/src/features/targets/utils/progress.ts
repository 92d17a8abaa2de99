import type { DataTableRow } from '../../../components/DataTable';
import type { Translate } from '../../../app/i18n';
import type { FormatValue } from '../../../lib/indicator-format';
import type { OfficeProgressRow, ProgressTarget } from '../graphql/progress-fields.fragment';

/** A change with its sign: "+15 pkt", "−2 dni". */
export function signed(value: number, format: FormatValue): string {
  return value > 0 ? `+${format(value)}` : format(value);
}

/** The target in words: "zmiana o +15 pkt od wartości bazowej urzędu, termin: 31 grudnia 2011". */
export function targetText(target: ProgressTarget, format: FormatValue, formatDate: (iso: string) => string, t: Translate): string {
  const what =
    target.kind === 'CHANGE'
      ? t('targets.kind.CHANGE', { value: signed(target.value, format) })
      : t('targets.kind.LEVEL', { value: format(target.value) });
  return target.dueOn ? `${what}, ${t('targets.dueOn', { date: formatDate(target.dueOn) })}` : what;
}

/** "12 z 20 urzędów z danymi (60%)". */
export function onTrackText(
  summary: { officesOnTrack: number; officesWithData: number; shareOnTrack: number | null },
  formatShare: (share: number) => string,
  t: Translate,
): string {
  return t('targets.onTrackOf', {
    onTrack: summary.officesOnTrack,
    withData: summary.officesWithData,
    share: summary.shareOnTrack === null ? t('values.none') : formatShare(summary.shareOnTrack),
  });
}

/** One bar pair of the progress chart: baseline and latest value of a row (an office, or a target). */
export interface ProgressBar {
  key: string;
  label: string;
  baseline: number | null;
  latest: number | null;
}

export function progressBars<R extends OfficeProgressRow>(
  rows: readonly R[],
  labelOf: (row: R) => { key: string; label: string },
): ProgressBar[] {
  return rows.map((row) => ({ ...labelOf(row), baseline: row.baseline, latest: row.latest }));
}

export function progressTableColumns(first: string, t: Translate): string[] {
  return [first, t('targets.baseline'), t('targets.latest'), t('targets.change'), t('targets.status')];
}

/** The chart's bars as table rows, with each value's period, the change and the status in words. */
export function progressTableRows<R extends OfficeProgressRow>(
  rows: readonly R[],
  labelOf: (row: R) => { key: string; label: string },
  format: (row: R) => FormatValue,
  t: Translate,
): DataTableRow[] {
  const none = t('values.none');
  return rows.map((row) => {
    const { key, label } = labelOf(row);
    const formatValue = format(row);
    const inPeriod = (value: number | null, period: { label: string } | null) =>
      value === null ? none : period ? t('targets.valueInPeriod', { value: formatValue(value), period: period.label }) : formatValue(value);
    return {
      key,
      cells: [
        label,
        inPeriod(row.baseline, row.baselinePeriod),
        inPeriod(row.latest, row.latestPeriod),
        row.change === null ? none : signed(row.change, formatValue),
        t(`progressStatus.${row.status}`),
      ],
    };
  });
}
