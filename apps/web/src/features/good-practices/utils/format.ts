import { CAF_CRITERIA, type Language } from '@officebench/domain';
import { formatDateIn } from '../../../app/i18n/format-value';

/** A moment (e.g. when a practice was published) as the day, in the user's time zone: "12 lipca 2024". */
export function formatDay(iso: string, language: Language): string {
  return formatDateIn(language, new Date(iso), 'day');
}

/** "2. Strategia i planowanie" */
export function cafCriterionLabel(criterion: number, language: Language): string {
  const found = CAF_CRITERIA.find(({ number }) => number === criterion);
  return found ? `${criterion}. ${found.name[language]}` : String(criterion);
}

/** An indicator's name in the interface language. */
export function indicatorName(indicator: { name: string; nameEn: string }, language: Language): string {
  return language === 'pl' ? indicator.name : indicator.nameEn;
}
