import type { CloseSurveyRoundMutationVariables } from '../../../generated/graphql';

/**
 * What closing a round sends: the version the page showed (a newer one is refused as stale) and whether
 * the year's submission goes to the lead for approval at once.
 */
export function closeVariables(round: { id: string; version: number }, submit: boolean): CloseSurveyRoundMutationVariables {
  return { roundId: round.id, expectedVersion: round.version, submit };
}
