import type { Direction } from './indicators';
import { reminderDay } from './reminders';

/**
 * LEVEL: reach `value`; CHANGE: move by `value` (signed, in the indicator's unit: percentage points for a
 * percentage) from each office's baseline; RELATIVE_CHANGE: move by `value` per cent of each office's
 * baseline (+10: to 1.1 × the baseline, −20: to 0.8 × the baseline).
 */
export const TARGET_KINDS = ['LEVEL', 'CHANGE', 'RELATIVE_CHANGE'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/**
 * Before the due date (or without one): MET, ON_PACE, BEHIND or NO_DATA. Once the due date has passed
 * the target is settled: MET or MISSED (or NO_DATA), never ON_PACE or BEHIND.
 */
export const PROGRESS_STATUSES = ['MET', 'ON_PACE', 'BEHIND', 'MISSED', 'NO_DATA'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

export interface TargetDefinition {
  kind: TargetKind;
  value: number;
  /** When the target should be reached; without it an office is on track only once it is met. */
  dueOn: Date | null;
}

/** An office's approved value in one period, the period identified by when it ends. */
export interface DatedValue {
  periodId: string;
  endsOn: Date;
  value: number;
}

export interface Progress {
  baseline: DatedValue | null;
  /** The last approved value; once the due date has passed, the last one of a period ending by the due date. */
  latest: DatedValue | null;
  change: number | null;
  status: ProgressStatus;
  onTrack: boolean;
  /** Whether the due date has passed, so that the status is final (MET or MISSED, or NO_DATA). */
  settled: boolean;
}

/**
 * What the target asks of this direction: a change is signed, so "better" depends on the direction. A
 * goal computed from the baseline (55 × 1.1) may carry a rounding error of the last binary digit: a value
 * that reaches it within a billionth counts as reaching it.
 */
function atLeast(direction: Direction, reached: number, required: number): boolean {
  const slack = 1e-9 * Math.max(1, Math.abs(required));
  return direction === 'HIGHER_BETTER' ? reached >= required - slack : reached <= required + slack;
}

/**
 * The level an office must reach, from its baseline (its first approved value): the level itself for a
 * LEVEL target; the baseline moved by the change for a CHANGE target; the baseline moved by `value` per
 * cent of it for a RELATIVE_CHANGE target (of its size, should a baseline be negative: +10 % always asks
 * for more). Null where there is nothing to measure from: no baseline, or a relative change of a
 * baseline of 0 (no per cent of nothing is a goal).
 */
export function targetGoal(target: Pick<TargetDefinition, 'kind' | 'value'>, baseline: number | null): number | null {
  if (target.kind === 'LEVEL') return target.value;
  if (baseline === null) return null;
  if (target.kind === 'CHANGE') return baseline + target.value;
  return baseline === 0 ? null : baseline + (Math.abs(baseline) * target.value) / 100;
}

/** A change as per cent of the baseline (of its size): 50 → 55 is +10; null from a baseline of 0. */
export function relativeChange(baseline: number, latest: number): number | null {
  return baseline === 0 ? null : ((latest - baseline) / Math.abs(baseline)) * 100;
}

/** The calendar day (YYYY-MM-DD) a date of the programme calendar names (stored at midnight UTC). */
const calendarDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Whether a target's due date has passed at `now`: the due day is over in Poland. On the due day itself
 * the target is still open (offices may reach it that day); from the next day on it is settled.
 */
export function dueDatePassed(dueOn: Date | null, now: Date): boolean {
  return dueOn !== null && calendarDay(dueOn) < reminderDay(now);
}

/**
 * An office's progress at `now`: its baseline is its first approved value.
 *
 * Until the due date has passed (and always for a target without one) the latest value is its last
 * approved value: MET once it reaches the target; ON_PACE while the change so far keeps up with a
 * straight line from the baseline to the target by `dueOn`; BEHIND otherwise.
 *
 * Once the due date has passed (`dueDatePassed`) the target is settled on the office's last approved
 * value of a period that ended on or before the due date (later values do not count toward it): MET
 * if that value reaches the target, MISSED if not.
 *
 * NO_DATA without such a value (or, for a change target, without a second value after the baseline):
 * an office that reported nothing by the due date is not judged. NO_DATA too for a relative change
 * target where the office's baseline is 0: a per cent of 0 sets no goal, so the office is not judged
 * (and is left out of the share on track, as offices without data are).
 */
export function progressToward(target: TargetDefinition, direction: Direction, values: readonly DatedValue[], now: Date): Progress {
  const settled = dueDatePassed(target.dueOn, now);
  const dueBy = settled && target.dueOn ? target.dueOn.getTime() : Infinity;
  const sorted = [...values].sort((a, b) => a.endsOn.getTime() - b.endsOn.getTime());
  const counted = sorted.filter((v) => v.endsOn.getTime() <= dueBy);
  const baseline = sorted[0] ?? null;
  const latest = counted[counted.length - 1] ?? null;
  const noData = { baseline, latest, change: null, status: 'NO_DATA' as const, onTrack: false, settled };
  if (!baseline || !latest || (target.kind !== 'LEVEL' && counted.length < 2)) return noData;
  const goal = targetGoal(target, baseline.value);
  if (goal === null) return noData;
  const change = latest.value - baseline.value;
  const progress = (status: ProgressStatus, onTrack: boolean): Progress => ({ baseline, latest, change, status, onTrack, settled });
  if (atLeast(direction, latest.value, goal)) return progress('MET', true);
  if (settled) return progress('MISSED', false);
  if (target.dueOn && target.dueOn.getTime() > baseline.endsOn.getTime()) {
    const elapsed = Math.min(
      1,
      (latest.endsOn.getTime() - baseline.endsOn.getTime()) / (target.dueOn.getTime() - baseline.endsOn.getTime()),
    );
    const expected = baseline.value + (goal - baseline.value) * elapsed;
    if (elapsed < 1 && atLeast(direction, latest.value, expected)) return progress('ON_PACE', true);
  }
  return progress('BEHIND', false);
}

export type TargetProblem = 'ZERO_CHANGE' | 'LEVEL_OUT_OF_RANGE' | 'CHANGE_OUT_OF_RANGE' | 'RELATIVE_CHANGE_TOO_LOW';

/**
 * What is wrong with a target for an indicator of this range: a level the indicator cannot take (above
 * 100 for a percentage), a change larger than its whole range, a change (absolute or relative) of zero,
 * or a relative change of −100 % or less (a fall by the whole baseline or more: a level, such as 0, says
 * that better). The database holds the same rules for relative changes.
 */
export function targetProblem(
  kind: TargetKind,
  value: number,
  range: { minValue: number | null; maxValue: number | null },
): TargetProblem | null {
  const { minValue, maxValue } = range;
  if (kind === 'RELATIVE_CHANGE') {
    if (value === 0) return 'ZERO_CHANGE';
    return value <= -100 ? 'RELATIVE_CHANGE_TOO_LOW' : null;
  }
  if (kind === 'CHANGE') {
    if (value === 0) return 'ZERO_CHANGE';
    return minValue !== null && maxValue !== null && Math.abs(value) > maxValue - minValue ? 'CHANGE_OUT_OF_RANGE' : null;
  }
  return (minValue !== null && value < minValue) || (maxValue !== null && value > maxValue) ? 'LEVEL_OUT_OF_RANGE' : null;
}

/** The sentence for a target problem, in Polish or English, with the indicator's range. */
export function describeTargetProblem(
  problem: TargetProblem,
  range: { minValue: number | null; maxValue: number | null },
  language: 'pl' | 'en',
): string {
  const span = `${range.minValue ?? '−∞'}–${range.maxValue ?? '∞'}`;
  switch (problem) {
    case 'ZERO_CHANGE':
      return language === 'en' ? 'A change target must not be zero.' : 'Cel zmiany musi być różny od zera.';
    case 'LEVEL_OUT_OF_RANGE':
      return language === 'en'
        ? `The level must lie within the indicator's range (${span}).`
        : `Poziom musi mieścić się w zakresie wskaźnika (${span}).`;
    case 'CHANGE_OUT_OF_RANGE':
      return language === 'en'
        ? `The change cannot exceed the indicator's whole range (${span}).`
        : `Zmiana nie może przekraczać całego zakresu wskaźnika (${span}).`;
    case 'RELATIVE_CHANGE_TOO_LOW':
      return language === 'en'
        ? 'A relative change must be above −100 % of the baseline; to ask for a fall to a given value, set a level (e.g. 0).'
        : 'Zmiana względna musi być większa niż −100 % wartości bazowej; spadek do określonej wartości wyznacz jako poziom (np. 0).';
  }
}
