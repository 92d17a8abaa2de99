import type { ReactNode } from 'react';
import { dueDatePassed, relativeChange, targetGoal } from '@officebench/domain';
import type { DataTableRow } from '../../../components/DataTable';
import type { Language, Translate } from '../../../app/i18n';
import type { ProgressStatus } from '../../../generated/graphql';
import { formatWithUnit } from '../../../lib/units';
import { formatChange, formatRelativeChange, formatTargetValue, STATUS_LOOK, statusText } from '../../../lib/targets';
import type { OfficeProgressRow, ProgressTarget } from '../../../lib/graphql/office-progress-fields.fragment';

/** The order statuses are counted and explained in: settled ones first, then the pace ones. */
export const STATUS_ORDER: readonly ProgressStatus[] = ['MET', 'MISSED', 'ON_PACE', 'BEHIND', 'NO_DATA'];

/** Writing of a target's values in the interface language (lib/targets: a change of a percentage in p.p.). */
export interface TargetWriting {
  t: Translate;
  language: Language;
  formatDate: (iso: string) => string;
  now: Date;
}

/** The target in words: "zmiana o +15 p.p. od wartości bazowej urzędu, termin: 31 grudnia 2026 (minął)". */
export function targetText(target: ProgressTarget, { t, language, formatDate, now }: TargetWriting): string {
  const what = t(`targets.kind.${target.kind}`, { value: formatTargetValue(target, t, language) });
  if (!target.dueOn) return what;
  const passed = dueDatePassed(new Date(target.dueOn), now);
  return `${what}, ${t(passed ? 'targets.duePassed' : 'targets.dueOn', { date: formatDate(target.dueOn) })}`;
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

/** How many offices are in each status, in STATUS_ORDER, statuses no office is in left out. */
export function statusCounts(rows: readonly { status: ProgressStatus }[]): Array<{ status: ProgressStatus; count: number }> {
  return STATUS_ORDER.map((status) => ({ status, count: rows.filter((row) => row.status === status).length })).filter(
    ({ count }) => count > 0,
  );
}

/**
 * One bar of the progress chart: what is set against the target line, an office's change for a
 * CHANGE target, its change in per cent of its own baseline for a RELATIVE_CHANGE target (so that one
 * target line fits every office, each measured from its own baseline) and its latest value for a LEVEL
 * target, with the status it earns.
 */
export interface ProgressBar {
  key: string;
  label: string;
  value: number | null;
  status: ProgressStatus;
  /** The status icon written at the bar's end. */
  icon: string;
}

export function progressBars(target: ProgressTarget, rows: readonly OfficeProgressRow[]): ProgressBar[] {
  return rows.map((row) => ({
    key: row.office.id,
    label: row.office.name,
    value: plottedValue(target, row),
    status: row.status,
    icon: STATUS_LOOK[row.status].icon,
  }));
}

function plottedValue(target: ProgressTarget, row: OfficeProgressRow): number | null {
  if (target.kind === 'LEVEL') return row.latest;
  if (target.kind === 'CHANGE' || row.change === null || row.baseline === null || row.latest === null) return row.change;
  return relativeChange(row.baseline, row.latest);
}

const PLOTTED_NAME = { LEVEL: 'targets.latest', CHANGE: 'targets.change', RELATIVE_CHANGE: 'targets.relativeChange' } as const;

/** What the chart plots, by target kind, in a column heading or the bars' name. */
export function plottedName(target: ProgressTarget, t: Translate): string {
  return t(PLOTTED_NAME[target.kind]);
}

/**
 * How the chart and its table write a plotted value: "+12 p.p." for a change, "+7,5 % wartości
 * bazowej" for a relative change, "78 %" for a level.
 */
export function plottedFormat(target: ProgressTarget, { t, language }: Pick<TargetWriting, 't' | 'language'>): (value: number) => string {
  const unit = target.indicator.unit;
  if (target.kind === 'CHANGE') return (value) => formatChange(value, unit, t, language);
  if (target.kind === 'RELATIVE_CHANGE') return (value) => formatRelativeChange(value, t, language);
  return (value) => formatWithUnit(value, unit, t, language);
}

/** The chart's bars as a table: office, plotted value, target and status in words. */
export function chartTableRows(target: ProgressTarget, bars: readonly ProgressBar[], writing: TargetWriting): DataTableRow[] {
  const { t, language } = writing;
  const format = plottedFormat(target, writing);
  const goal = formatTargetValue(target, t, language);
  return bars.map((bar) => ({
    key: bar.key,
    cells: [bar.label, bar.value === null ? t('values.none') : format(bar.value), goal, statusText(bar.status, t)],
  }));
}

export function progressTableColumns(first: string, t: Translate, withTarget: boolean): string[] {
  const values = [t('targets.baseline'), t('targets.latest'), t('targets.change')];
  return [first, ...values, ...(withTarget ? [t('targets.target')] : []), t('targets.status')];
}

/**
 * What an office must reach: the target, and for a change (absolute or relative) the level it leads to
 * from the office's baseline (the domain's targetGoal; none from a baseline of 0 for a relative change).
 */
export function officeGoal(target: ProgressTarget, baseline: number | null, t: Translate, language: Language): string {
  const value = formatTargetValue(target, t, language);
  const goal = targetGoal(target, baseline);
  if (target.kind === 'LEVEL' || goal === null) return value;
  return t('targets.goalFrom', { target: value, level: formatWithUnit(goal, target.indicator.unit, t, language) });
}

/** An office's change as written: "+3 p.p.", and for a relative change target its per cent too: "+3 p.p. (+7,5 % wartości bazowej)". */
function changeText(target: ProgressTarget, progress: OfficeProgressRow, t: Translate, language: Language): string | null {
  if (progress.change === null) return null;
  const change = formatChange(progress.change, target.indicator.unit, t, language);
  const relative = target.kind === 'RELATIVE_CHANGE' ? plottedValue(target, progress) : null;
  return relative === null ? change : t('targets.changeWithRelative', { change, relative: formatRelativeChange(relative, t, language) });
}

/**
 * Progress rows as table rows: each value with its period, the change (in p.p. for a percentage), the
 * office's goal where asked for, and the status as `renderStatus` draws it.
 */
export function progressTableRows<R extends OfficeProgressRow>(
  rows: readonly R[],
  row: (progress: R) => { key: string; label: string; target: ProgressTarget; withGoal: boolean },
  writing: Pick<TargetWriting, 't' | 'language'>,
  renderStatus: (status: ProgressStatus) => ReactNode,
): DataTableRow[] {
  const { t, language } = writing;
  const none = t('values.none');
  return rows.map((progress) => {
    const { key, label, target, withGoal } = row(progress);
    const unit = target.indicator.unit;
    const inPeriod = (value: number | null, period: { label: string } | null) => {
      if (value === null) return none;
      const written = formatWithUnit(value, unit, t, language);
      return period ? t('targets.valueInPeriod', { value: written, period: period.label }) : written;
    };
    return {
      key,
      cells: [
        label,
        inPeriod(progress.baseline, progress.baselinePeriod),
        inPeriod(progress.latest, progress.latestPeriod),
        changeText(target, progress, t, language) ?? none,
        ...(withGoal ? [officeGoal(target, progress.baseline, t, language)] : []),
        renderStatus(progress.status),
      ],
    };
  });
}
