import type { Direction } from './indicators';

/** LEVEL: reach `value`; CHANGE: move by `value` (signed) from each office's baseline. */
export const TARGET_KINDS = ['LEVEL', 'CHANGE'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export const PROGRESS_STATUSES = ['MET', 'ON_PACE', 'BEHIND', 'NO_DATA'] as const;
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
  latest: DatedValue | null;
  change: number | null;
  status: ProgressStatus;
  onTrack: boolean;
}

/** What the target asks of this direction: a change is signed, so "better" depends on the direction. */
function atLeast(direction: Direction, reached: number, required: number): boolean {
  return direction === 'HIGHER_BETTER' ? reached >= required : reached <= required;
}

/**
 * An office's progress: its baseline is its first approved value, its latest its last. MET once the
 * latest value reaches the target; ON_PACE while the change so far keeps up with a straight line from
 * the baseline to the target by `dueOn`; BEHIND otherwise; NO_DATA without a value (or, for a change
 * target, without two).
 */
export function progressToward(target: TargetDefinition, direction: Direction, values: readonly DatedValue[]): Progress {
  const sorted = [...values].sort((a, b) => a.endsOn.getTime() - b.endsOn.getTime());
  const baseline = sorted[0] ?? null;
  const latest = sorted[sorted.length - 1] ?? null;
  const noData = { baseline, latest, change: null, status: 'NO_DATA' as const, onTrack: false };
  if (!baseline || !latest || (target.kind === 'CHANGE' && sorted.length < 2)) return noData;
  const change = latest.value - baseline.value;
  const goal = target.kind === 'LEVEL' ? target.value : baseline.value + target.value;
  if (atLeast(direction, latest.value, goal)) return { baseline, latest, change, status: 'MET', onTrack: true };
  if (target.dueOn && target.dueOn.getTime() > baseline.endsOn.getTime()) {
    const elapsed = Math.min(
      1,
      (latest.endsOn.getTime() - baseline.endsOn.getTime()) / (target.dueOn.getTime() - baseline.endsOn.getTime()),
    );
    const expected = baseline.value + (goal - baseline.value) * elapsed;
    if (elapsed < 1 && atLeast(direction, latest.value, expected)) return { baseline, latest, change, status: 'ON_PACE', onTrack: true };
  }
  return { baseline, latest, change, status: 'BEHIND', onTrack: false };
}

export type TargetProblem = 'ZERO_CHANGE' | 'LEVEL_OUT_OF_RANGE' | 'CHANGE_OUT_OF_RANGE';

/**
 * What is wrong with a target for an indicator of this range: a level the indicator cannot take (above
 * 100 for a percentage), a change larger than its whole range, or a change of zero.
 */
export function targetProblem(
  kind: TargetKind,
  value: number,
  range: { minValue: number | null; maxValue: number | null },
): TargetProblem | null {
  const { minValue, maxValue } = range;
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
  }
}
