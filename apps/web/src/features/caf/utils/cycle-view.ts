import { CAF_SUB_CRITERIA } from '@officebench/domain';

/** The change of a total from the one before, or null while either is missing. */
export function totalChange(total: number | null | undefined, previous: number | null | undefined): number | null {
  return total == null || previous == null ? null : total - previous;
}

export interface TargetProgress {
  /** Points gained since the baseline (the office's first closed cycle). */
  change: number;
  target: number;
  /** The part of the target reached, 0 and up (1: met). */
  share: number;
  met: boolean;
}

/** How far the office has come toward the programme's change target (+150), or null without one. */
export function targetProgress(
  baseline: number | null | undefined,
  total: number | null | undefined,
  target: number | null | undefined,
): TargetProgress | null {
  if (baseline == null || total == null || !target) return null;
  const change = total - baseline;
  return { change, target, share: Math.max(0, change / target), met: change >= target };
}

/** Whether every member of the group has scored every sub-criterion (then consensus may start). */
export function everyoneScored(assessors: ReadonlyArray<{ scored: number }>): boolean {
  return assessors.length > 0 && assessors.every(({ scored }) => scored >= CAF_SUB_CRITERIA.length);
}

/**
 * The sub-criteria in the order to discuss them: as the spreads come (widest disagreement first), then
 * any the spreads leave out, in the model's order.
 */
export function discussionCodes(spreads: ReadonlyArray<{ code: string }>): string[] {
  const ordered = spreads.map(({ code }) => code).filter((code) => CAF_SUB_CRITERIA.some((sub) => sub.code === code));
  return [...ordered, ...CAF_SUB_CRITERIA.map(({ code }) => code).filter((code) => !ordered.includes(code))];
}

/** Items grouped by their sub-criterion code. */
export function byCode<T extends { code: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(item.code, [...(groups.get(item.code) ?? []), item]);
  return groups;
}
