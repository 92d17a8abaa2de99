import type { Language } from '../../../app/i18n/language';
import { formatWithUnit, unitKey } from '../../submission/utils/units';
import type { FormatValue, Translate } from './benchmark';

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
