import { CAF_CRITERIA } from '@officebench/domain';
import type { Language, Translate } from '../app/i18n';

export interface LineGroup<L> {
  /** The CAF criterion (1-9), or null for indicators tied to none (e.g. the CAF total score). */
  criterion: number | null;
  lines: L[];
}

/**
 * The form's lines by CAF criterion, criteria in CAF order and the lines without one last; within a
 * group the lines keep the order they came in (the programme's order).
 */
export function groupByCriterion<L extends { indicator: { cafCriterion: number | null } }>(lines: readonly L[]): LineGroup<L>[] {
  const groups = new Map<number | null, L[]>();
  for (const line of lines) {
    const criterion = line.indicator.cafCriterion;
    const group = groups.get(criterion);
    if (group) group.push(line);
    else groups.set(criterion, [line]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a ?? Number.POSITIVE_INFINITY) - (b ?? Number.POSITIVE_INFINITY))
    .map(([criterion, grouped]) => ({ criterion, lines: grouped }));
}

/** "9. Kluczowe wyniki działalności": the criterion's number and name; null for an unknown number. */
export function criterionTitle(criterion: number, language: Language): string | null {
  const found = CAF_CRITERIA.find(({ number }) => number === criterion);
  return found ? `${found.number}. ${found.name[language]}` : null;
}

/** A group's section title: its criterion ("Kryterium CAF 9. Kluczowe wyniki działalności"), or the general indicators. */
export function groupTitle(criterion: number | null, t: Translate, language: Language): string {
  return criterion === null
    ? t('submission.groupGeneral')
    : t('submission.criterion', { title: criterionTitle(criterion, language) ?? String(criterion) });
}
