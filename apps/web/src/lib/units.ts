import { INDICATOR_UNITS, type IndicatorUnit } from '@officebench/domain';
import type { Language, MessageKey } from '../app/i18n';
import { formatNumberIn } from '../app/i18n/format-value';

/** The message key of an indicator's unit, or null for a unit this version does not know. */
export function unitKey(unit: string): MessageKey | null {
  return (INDICATOR_UNITS as readonly string[]).includes(unit) ? (`unit.${unit as IndicatorUnit}` as const) : null;
}

/** "87,5 %", "12 dni": a value with its unit (`unitText` is the translated unit, or the raw one). */
export function formatWithUnit(value: number, unitText: string, language: Language): string {
  return `${formatNumberIn(language, value)} ${unitText}`;
}
