import { CAF_SUB_CRITERIA, isCafScore } from './caf-model';

/**
 * A CAF self-assessment cycle of one office (issue 19), as plain rules: its states, what moves it on, and
 * the spread of the assessors' individual scores that the group discusses before agreeing a consensus.
 *
 * SCORING: each assessor scores every sub-criterion privately. CONSENSUS: the individual scores are
 * locked and shown to the group with their spread; the group agrees one score per sub-criterion.
 * CLOSED: locked; the criterion scores and the total are the consensus scores' (cafScores).
 */
export const CAF_CYCLE_STATES = ['SCORING', 'CONSENSUS', 'CLOSED'] as const;
export type CafCycleState = (typeof CAF_CYCLE_STATES)[number];

/** Why a cycle cannot move on, for the coordinator. */
export type CafCycleBlocker =
  | { code: 'NOT_IN_STATE'; state: CafCycleState }
  | { code: 'NO_ASSESSORS' }
  | { code: 'ASSESSOR_INCOMPLETE'; assessorId: string; missing: number }
  | { code: 'CONSENSUS_INCOMPLETE'; missing: string[] };

/** The codes of the sub-criteria a set of scores leaves without a valid score, in model order. */
export function missingScores(scores: ReadonlyMap<string, number>): string[] {
  return CAF_SUB_CRITERIA.filter(({ code }) => {
    const score = scores.get(code);
    return score === undefined || !isCafScore(score);
  }).map(({ code }) => code);
}

/**
 * What stops the group moving from scoring to consensus: a cycle not in SCORING, a group without
 * assessors, or an assessor who has not scored every sub-criterion. `scored`: per assessor, how many
 * sub-criteria it has scored (all the coordinator may know of private scores). Empty when it may move on.
 */
export function consensusBlockers(state: CafCycleState, scored: ReadonlyMap<string, number>): CafCycleBlocker[] {
  if (state !== 'SCORING') return [{ code: 'NOT_IN_STATE', state }];
  if (scored.size === 0) return [{ code: 'NO_ASSESSORS' }];
  return [...scored].flatMap(([assessorId, count]): CafCycleBlocker[] => {
    const missing = CAF_SUB_CRITERIA.length - count;
    return missing > 0 ? [{ code: 'ASSESSOR_INCOMPLETE', assessorId, missing }] : [];
  });
}

/** What stops the cycle closing: not in CONSENSUS, or a sub-criterion without an agreed score. */
export function closeBlockers(state: CafCycleState, consensus: ReadonlyMap<string, number>): CafCycleBlocker[] {
  if (state !== 'CONSENSUS') return [{ code: 'NOT_IN_STATE', state }];
  const missing = missingScores(consensus);
  return missing.length > 0 ? [{ code: 'CONSENSUS_INCOMPLETE', missing }] : [];
}

export interface ScoreSpread {
  count: number;
  min: number;
  max: number;
  mean: number;
  /** max − min */
  range: number;
  /** The assessors disagree by more than one band of the panel (20 points): discuss this one first. */
  wide: boolean;
}

/** How far apart the individual scores of one sub-criterion are; null when nobody scored it. */
export function scoreSpread(scores: readonly number[]): ScoreSpread | null {
  if (scores.length === 0) return null;
  const min = Math.min(...scores);
  const max = Math.max(...scores);
  return {
    count: scores.length,
    min,
    max,
    mean: scores.reduce((sum, s) => sum + s, 0) / scores.length,
    range: max - min,
    wide: max - min > 20,
  };
}

/**
 * The order in which the group discusses the sub-criteria: widest disagreement first, then model order.
 * `spreads` maps a sub-criterion's code to its spread.
 */
export function discussionOrder(spreads: ReadonlyMap<string, ScoreSpread | null>): string[] {
  const position = new Map(CAF_SUB_CRITERIA.map(({ code }, i) => [code, i]));
  return [...spreads.keys()]
    .filter((code) => position.has(code))
    .sort((a, b) => (spreads.get(b)?.range ?? -1) - (spreads.get(a)?.range ?? -1) || (position.get(a) ?? 0) - (position.get(b) ?? 0));
}
