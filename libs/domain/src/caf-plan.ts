/**
 * The improvement plan after a CAF self-assessment, and the programme's progress toward its CAF target,
 * as plain functions (docs/caf.md).
 */
export const CAF_ACTION_STATUSES = ['PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED'] as const;
export type CafActionStatus = (typeof CAF_ACTION_STATUSES)[number];

export interface PlannedAction {
  status: CafActionStatus;
  /** YYYY-MM-DD */
  dueOn: string | null;
  /** YYYY-MM-DD, set when DONE */
  completedOn: string | null;
}

/**
 * The improvement-action indicator of one quarter (IMPROVEMENT_ACTIONS_DONE_PCT as a ratio): of the
 * actions due in the quarter (cancelled ones left out), how many were done by their due date. Null
 * when none is due: the quarter has nothing to report from the plan.
 */
export function actionsDoneOnTime(
  actions: readonly PlannedAction[],
  quarter: { startsOn: string; endsOn: string },
): { numerator: number; denominator: number } | null {
  const due = actions.filter(
    (action) =>
      action.status !== 'CANCELLED' && action.dueOn !== null && action.dueOn >= quarter.startsOn && action.dueOn <= quarter.endsOn,
  );
  if (due.length === 0) return null;
  const onTime = due.filter(
    (action) => action.status === 'DONE' && action.completedOn !== null && action.completedOn <= (action.dueOn as string),
  );
  return { numerator: onTime.length, denominator: due.length };
}

export interface CafProgress {
  /** The first closed cycle's total: where the target's change is counted from. */
  baseline: number | null;
  latest: number | null;
  /** latest − baseline, once two cycles are closed */
  change: number | null;
  /** Whether the change reached the target; null without a target or a change. */
  meetsTarget: boolean | null;
}

/** An office's progress from its closed cycles' totals, oldest first, toward a change target (+150). */
export function cafProgress(totals: readonly number[], targetChange: number | null): CafProgress {
  if (totals.length === 0) return { baseline: null, latest: null, change: null, meetsTarget: null };
  const baseline = totals[0];
  const latest = totals[totals.length - 1];
  const change = totals.length >= 2 ? latest - baseline : null;
  return { baseline, latest, change, meetsTarget: change === null || targetChange === null ? null : change >= targetChange };
}
