import type { Language, Translate } from '../app/i18n';
import { formatWithUnit, unitKey } from './units';

/** A number as shown to the user, with its unit ("87,5 %"). */
export type FormatValue = (value: number) => string;

/** How the benchmark pages write an indicator's values: "87,5 %", "12 dni". */
export function valueFormatter(unit: string, t: Translate, language: Language): FormatValue {
  const key = unitKey(unit);
  const unitText = key ? t(key) : unit;
  return (value) => formatWithUnit(value, unitText, language);
}

/** The indicator's name in the interface language. */
export function indicatorName(indicator: { name: string; nameEn: string }, language: Language): string {
  return language === 'pl' ? indicator.name : indicator.nameEn;
}
