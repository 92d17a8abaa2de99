import type { Language, Translate } from '../app/i18n';
import { formatWithUnit } from './units';

/** A number as shown to the user, with its unit ("87,5 %"). */
export type FormatValue = (value: number) => string;

/** How the benchmark pages write an indicator's values: "87,5 %", "12 dni", "1 dzień". */
export function valueFormatter(unit: string, t: Translate, language: Language): FormatValue {
  return (value) => formatWithUnit(value, unit, t, language);
}

/** The indicator's name in the interface language. */
export function indicatorName(indicator: { name: string; nameEn: string }, language: Language): string {
  return language === 'pl' ? indicator.name : indicator.nameEn;
}
