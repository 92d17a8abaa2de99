export const PERIODICITIES = ['QUARTERLY', 'ANNUAL', 'PER_CYCLE'] as const;
export type Periodicity = (typeof PERIODICITIES)[number];

export const DIRECTIONS = ['HIGHER_BETTER', 'LOWER_BETTER'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const INDICATOR_UNITS = ['pct', 'days', 'minutes', 'count', 'pln', 'points', 'hours', 'per_1000'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

/** How an indicator is entered: one number, or a numerator and a denominator the system divides. */
export const INPUT_KINDS = ['VALUE', 'RATIO'] as const;
export type InputKind = (typeof INPUT_KINDS)[number];

export interface IndicatorDefinition {
  inputKind: InputKind;
  /** value = numerator / denominator * scale, for RATIO indicators */
  scale: number;
  minValue: number | null;
  maxValue: number | null;
}

export interface EnteredValue {
  value?: number | null;
  numerator?: number | null;
  denominator?: number | null;
}

/**
 * The value an entry stands for: the number itself, or numerator / denominator * scale for a ratio
 * indicator. Null when the entry is incomplete or the denominator is zero (nothing to compute).
 */
export function computeIndicatorValue(definition: IndicatorDefinition, entry: EnteredValue): number | null {
  if (definition.inputKind === 'VALUE') return entry.value ?? null;
  const { numerator, denominator } = entry;
  if (numerator == null || denominator == null || denominator === 0) return null;
  return (numerator / denominator) * definition.scale;
}

export function isWithinRange(definition: IndicatorDefinition, value: number): boolean {
  return (definition.minValue === null || value >= definition.minValue) && (definition.maxValue === null || value <= definition.maxValue);
}
