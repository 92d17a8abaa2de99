import { INDICATOR_UNITS, type IndicatorUnit } from '@officebench/domain';
import type { Language, MessageKey, Translate } from '../app/i18n';
import { formatNumberIn } from '../app/i18n/format-value';

/** The message key of an indicator's unit, or null for a unit this version does not know. */
export function unitKey(unit: string): MessageKey | null {
  return (INDICATOR_UNITS as readonly string[]).includes(unit) ? (`unit.${unit as IndicatorUnit}` as const) : null;
}

/**
 * "87,46 %", "1 dzień", "12 dni", "1,5 dnia": a value with its unit in the form its number takes
 * (`unitValue.*` messages); a unit this version does not know is written as it came.
 */
export function formatWithUnit(value: number, unit: string, t: Translate, language: Language): string {
  const written = formatNumberIn(language, value);
  if (!(INDICATOR_UNITS as readonly string[]).includes(unit)) return `${written} ${unit}`;
  // The form follows the number as written (at most two decimals): 1.004 is "1 dzień".
  return t(`unitValue.${unit as IndicatorUnit}`, { value: written, count: Math.round(value * 100) / 100 });
}
