import type { Translate } from '../app/i18n';

/** How the deadline is said: in N days, today, or N days ago. */
export type DeadlineWhen = { when: 'AHEAD' | 'PAST'; days: number } | { when: 'TODAY' };

export function deadlineWhen(daysToDeadline: number): DeadlineWhen {
  if (daysToDeadline === 0) return { when: 'TODAY' };
  return daysToDeadline > 0 ? { when: 'AHEAD', days: daysToDeadline } : { when: 'PAST', days: -daysToDeadline };
}

/** "Termin za 3 dni (20 stycznia 2027)", "Termin mija dziś (…)", "Termin minął 12 dni temu (…)". */
export function deadlineText(daysToDeadline: number, date: string, t: Translate): string {
  const deadline = deadlineWhen(daysToDeadline);
  return deadline.when === 'TODAY' ? t('deadline.TODAY', { date }) : t(`deadline.${deadline.when}`, { days: deadline.days, date });
}
