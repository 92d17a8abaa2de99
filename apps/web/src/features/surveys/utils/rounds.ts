import type { SurveyKind } from '../../../generated/graphql';

/** What the grouping and the live count need of a round (the office's and the lead's rounds both have it). */
export interface RoundCounts {
  id: string;
  kind: SurveyKind;
  state: 'OPEN' | 'CLOSED';
  periodLabel: string;
  responses: number;
}

export interface YearOfRounds<R> {
  periodLabel: string;
  rounds: R[];
}

const KIND_ORDER: Record<SurveyKind, number> = { CLIENT: 0, EMPLOYEE: 1 };

/** The rounds by annual period, the latest year first; in a year the clients' survey before the employees'. */
export function roundsByYear<R extends RoundCounts>(rounds: readonly R[]): YearOfRounds<R>[] {
  const years = new Map<string, R[]>();
  for (const round of rounds) years.set(round.periodLabel, [...(years.get(round.periodLabel) ?? []), round]);
  return [...years.entries()]
    .sort(([a], [b]) => b.localeCompare(a, undefined, { numeric: true }))
    .map(([periodLabel, inYear]) => ({ periodLabel, rounds: inYear.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]) }));
}

/** Whether any round still takes answers (the page then asks for the counts again every 20 s). */
export const hasOpenRound = (rounds: readonly RoundCounts[]): boolean => rounds.some(({ state }) => state === 'OPEN');

/** The responses count of each round, to compare the next answer with. */
export const responseCounts = (rounds: readonly RoundCounts[]): ReadonlyMap<string, number> =>
  new Map(rounds.map(({ id, responses }) => [id, responses]));

/** Rounds seen before whose count of responses changed since: what the page announces. */
export function changedRounds<R extends RoundCounts>(previous: ReadonlyMap<string, number>, rounds: readonly R[]): R[] {
  return rounds.filter(({ id, responses }) => previous.has(id) && previous.get(id) !== responses);
}

/** How many rounds are open and how many closed (the lead's summary line). */
export function roundStates(rounds: readonly RoundCounts[]): { open: number; closed: number } {
  const open = rounds.filter(({ state }) => state === 'OPEN').length;
  return { open, closed: rounds.length - open };
}
