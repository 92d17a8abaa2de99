import { minimumContributors } from './disclosure';
import type { Language } from './submission-checks';

/** Only values the lead approved contribute to released statistics. */
export const CONTRIBUTING_STATUS = 'APPROVED';

/** Days after a period's deadline before its results are released automatically. */
export const DEFAULT_RELEASE_GRACE_DAYS = 14;

/** Whether a period not yet released is due for automatic release. */
export function releaseDue(period: { deadline: Date; releasedAt: Date | null }, now: Date, graceDays: number): boolean {
  return period.releasedAt === null && period.deadline.getTime() + graceDays * 86_400_000 <= now.getTime();
}

/** One cell's change since the last release: offices added, removed, or with another value. */
export interface CellChange {
  indicatorCode: string;
  peerGroupName: string;
  changedOffices: number;
}

/**
 * Cells whose contributors changed by too few offices to release again: comparing the statistics
 * before and after would tell the changed offices' values. A cell may change by none, or by at
 * least k + 1 offices.
 */
export function releaseBlockers(changes: readonly CellChange[], k: number): CellChange[] {
  return changes.filter((c) => c.changedOffices > 0 && c.changedOffices < minimumContributors(k));
}

export function describeReleaseRefusal(blockers: readonly CellChange[], k: number, language: Language): string {
  const minimum = minimumContributors(k);
  const cells = blockers.length;
  return language === 'pl'
    ? `Nie można ponownie opublikować wyników: w ${cells} ${cells === 1 ? 'komórce' : 'komórkach'} od poprzedniej publikacji zmieniły się dane mniej niż ${minimum} urzędów. Porównanie wyników sprzed i po publikacji ujawniłoby ich wartości. Ponowna publikacja będzie możliwa, gdy zmieni się co najmniej ${minimum} urzędów w każdej z tych komórek.`
    : `The results cannot be released again: in ${cells} ${cells === 1 ? 'cell' : 'cells'} fewer than ${minimum} offices' data changed since the last release. Comparing the results before and after would reveal their values. A new release becomes possible once at least ${minimum} offices changed in each of these cells.`;
}
