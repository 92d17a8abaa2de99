import { median } from './plausibility';
import type { SubmissionStatus } from './submissions';
import { type TargetDefinition, targetGoal } from './targets';

/** One office's live value of an indicator in a period, with its submission's status (the lead's distribution). */
export interface StatusedValue {
  /** null: the office has no value (it is not shown on the chart). */
  value: number | null;
  /** null: nothing saved yet. */
  status: SubmissionStatus | null;
}

/** The centre of a set of values: how many, their mean (each office one vote) and their median. */
export interface Centre {
  count: number;
  mean: number;
  median: number;
}

export interface DistributionSummary {
  /** Over every value shown on the chart, whatever its status (drafts included): the lines drawn. */
  shown: Centre | null;
  /** Over the approved values only: what a release would count. Null without an approved value. */
  approved: Centre | null;
  /**
   * Where the programme target is a line on a chart of levels: a LEVEL target's value. Null without a
   * target and for CHANGE and RELATIVE_CHANGE targets, whose goal is each office's own baseline moved
   * (no single level for the whole programme).
   */
  targetLine: number | null;
}

/** The count, mean and median of some values; null for none. */
export function centreOf(values: readonly number[]): Centre | null {
  if (values.length === 0) return null;
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return { count: values.length, mean, median: median(values) };
}

/**
 * What the lead's distribution chart marks: the mean and median of the values shown (every office with a
 * value, in any status), the same over the approved values only, and the target's line where it has one.
 */
export function distributionSummary(
  values: readonly StatusedValue[],
  target: Pick<TargetDefinition, 'kind' | 'value'> | null,
): DistributionSummary {
  const shown = values.filter((entry): entry is StatusedValue & { value: number } => entry.value !== null);
  return {
    shown: centreOf(shown.map(({ value }) => value)),
    approved: centreOf(shown.filter(({ status }) => status === 'APPROVED').map(({ value }) => value)),
    targetLine: target ? targetGoal(target, null) : null,
  };
}
