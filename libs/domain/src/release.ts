import { minimumContributors, SUPPRESSION_REASONS, type SuppressionReason } from './disclosure';
import { englishCount, OFFICES_EN, OFFICES_GENITIVE, polishCount } from './plurals';
import type { Language } from './submission-checks';

/** Only values the lead approved contribute to released statistics. */
export const CONTRIBUTING_STATUS = 'APPROVED';

/** Days after a period's deadline before its results are released automatically. */
export const DEFAULT_RELEASE_GRACE_DAYS = 14;

/** When a period not yet released is released automatically: its deadline plus the grace days; null once released. */
export function releaseDueAt(period: { deadline: Date; releasedAt: Date | null }, graceDays: number): Date | null {
  return period.releasedAt === null ? new Date(period.deadline.getTime() + graceDays * 86_400_000) : null;
}

/** Whether a period not yet released is due for automatic release. */
export function releaseDue(period: { deadline: Date; releasedAt: Date | null }, now: Date, graceDays: number): boolean {
  const dueAt = releaseDueAt(period, graceDays);
  return dueAt !== null && dueAt.getTime() <= now.getTime();
}

/** One cell's change since the last release: offices added, removed, or with another value. */
export interface CellChange {
  indicatorCode: string;
  peerGroupName: string;
  changedOffices: number;
}

/** A changed cell with what offices could compare: whether it showed figures before and would now. */
export interface ComparableCellChange extends CellChange {
  /** The cell showed figures in an earlier release of the period. */
  shownBefore: boolean;
  /** The cell would show figures in the new release, judged on its own (earlier releases aside). */
  shownNow: boolean;
}

/**
 * Cells that stop a re-release: comparing two published figures of the cell would tell the changed
 * offices' values. That takes a cell that showed figures before and would show them again, changed by
 * 1 to k offices (0 or at least k + 1 are fine). A cell hidden before or after gives nothing to
 * compare; what its change does to the other cells is the differencing audit's concern (the new
 * release is audited with every earlier release's published cells, see `selectPublishable`).
 */
export function releaseBlockers(changes: readonly ComparableCellChange[], k: number): CellChange[] {
  return changes
    .filter((c) => c.shownBefore && c.shownNow && c.changedOffices > 0 && c.changedOffices < minimumContributors(k))
    .map(({ indicatorCode, peerGroupName, changedOffices }) => ({ indicatorCode, peerGroupName, changedOffices }));
}

const CELLS_LOCATIVE = { one: 'komórce', few: 'komórkach', many: 'komórkach' };
const CELLS_EN = { one: 'cell', other: 'cells' };

/**
 * Why a re-release was refused and what the lead can do, in one sentence: approve (or wait for) more
 * offices' data in the affected groups until each blocking cell changed by at least k + 1, or publish
 * later. It names no office and no value.
 */
export function describeReleaseRefusal(blockers: readonly CellChange[], k: number, language: Language): string {
  const minimum = minimumContributors(k);
  const one = blockers.length === 1;
  const oneGroup = new Set(blockers.map((b) => b.peerGroupName)).size === 1;
  return language === 'pl'
    ? `Nie można teraz ponownie opublikować wyników: w ${polishCount(blockers.length, CELLS_LOCATIVE)}, ${one ? 'którą' : 'które'} urzędy już widziały, zmieniły się dane mniej niż ${polishCount(minimum, OFFICES_GENITIVE)}, więc porównanie obu publikacji ujawniłoby ich wartości – zatwierdź sprawozdania kolejnych urzędów ${oneGroup ? 'w tej grupie' : 'w tych grupach'} lub poczekaj na nie, aż ${one ? 'w tej komórce' : 'w każdej z tych komórek'} będzie zmiana u co najmniej ${polishCount(minimum, OFFICES_GENITIVE)}, albo opublikuj wyniki później.`
    : `The results cannot be released again yet: in ${englishCount(blockers.length, CELLS_EN)} that offices have already seen, fewer than ${englishCount(minimum, OFFICES_EN)} changed their data, so comparing the two releases would reveal their values – approve more offices' submissions in ${oneGroup ? 'this group' : 'these groups'} or wait for them until ${one ? 'the cell has' : 'each of these cells has'} changes from at least ${englishCount(minimum, OFFICES_EN)}, or release later.`;
}

/** What a release shows: how many cells show figures, and how many are hidden for each reason (in SUPPRESSION_REASONS order). */
export function releaseSummary(cells: ReadonlyArray<{ reason: SuppressionReason | null }>): {
  shown: number;
  hidden: Array<{ reason: SuppressionReason; cells: number }>;
} {
  const hidden = SUPPRESSION_REASONS.map((reason) => ({ reason, cells: cells.filter((c) => c.reason === reason).length }));
  return { shown: cells.filter((c) => c.reason === null).length, hidden: hidden.filter((h) => h.cells > 0) };
}
