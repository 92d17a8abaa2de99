export const PERIODICITIES = ['QUARTERLY', 'ANNUAL', 'PER_CYCLE'] as const;
export type Periodicity = (typeof PERIODICITIES)[number];

export const DIRECTIONS = ['HIGHER_BETTER', 'LOWER_BETTER'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const INDICATOR_UNITS = ['pct', 'days', 'minutes', 'count', 'pln', 'points', 'hours', 'per_1000'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

/** How an indicator is entered: one number, or a numerator and a denominator the system divides. */
/**
 * The unit of an indicator in words, as the submission form, the comparison and the import template write
 * it (the web's `unit.*` messages are made from this table, the API's template reads it).
 */
export const UNIT_WORDS: Readonly<Record<'pl' | 'en', Readonly<Record<IndicatorUnit, string>>>> = {
  pl: { pct: '%', days: 'dni', minutes: 'min', count: 'szt.', pln: 'zł', points: 'pkt', hours: 'godz.', per_1000: 'na 1000' },
  en: { pct: '%', days: 'days', minutes: 'min', count: 'items', pln: 'PLN', points: 'points', hours: 'hours', per_1000: 'per 1,000' },
};

/** An indicator's unit in words; a unit this version does not know, as it came. */
export const unitWord = (unit: string, language: 'pl' | 'en') => UNIT_WORDS[language][unit as IndicatorUnit] ?? unit;

/** The web's `unit.*` messages of one language, made from UNIT_WORDS. */
export function unitMessages(language: 'pl' | 'en'): Record<`unit.${IndicatorUnit}`, string> {
  return Object.fromEntries(INDICATOR_UNITS.map((unit) => [`unit.${unit}`, UNIT_WORDS[language][unit]])) as Record<
    `unit.${IndicatorUnit}`,
    string
  >;
}

/**
 * The submission form's order, which the import template follows too: by CAF criterion, the indicators
 * tied to none last, and within a criterion in the order they come in (programme order).
 */
export function formOrder<T>(items: readonly T[], criterionOf: (item: T) => number | null): T[] {
  return items
    .map((item, position) => ({ item, position, criterion: criterionOf(item) ?? 10 }))
    .sort((a, b) => a.criterion - b.criterion || a.position - b.position)
    .map(({ item }) => item);
}

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
