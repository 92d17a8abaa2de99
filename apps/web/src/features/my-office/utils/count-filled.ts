import { periodKindFor, type PeriodKind, type Periodicity } from '@officebench/domain';

export interface ValueEntry {
  indicator: { code: string };
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

/** A value counts as filled when it has a value, or both parts of a ratio. */
export function isFilled({ value, numerator, denominator }: ValueEntry): boolean {
  return value !== null || (numerator !== null && denominator !== null);
}

/**
 * How many of the indicators due in a period of this kind have a filled value. Without a kind, every
 * indicator of the programme is due.
 */
export function countFilled(
  values: readonly ValueEntry[],
  indicators: readonly { code: string; periodicity: Periodicity }[],
  kind?: PeriodKind,
): { filled: number; due: number } {
  const due = new Set(indicators.filter(({ periodicity }) => !kind || periodKindFor(periodicity) === kind).map(({ code }) => code));
  const filled = new Set(values.filter((entry) => due.has(entry.indicator.code) && isFilled(entry)).map(({ indicator }) => indicator.code));
  return { filled: filled.size, due: due.size };
}
