import { computeIndicatorValue, isWithinRange, type IndicatorDefinition } from './indicators';

/**
 * The checks on what an office enters, as plain data: a problem names the indicator, the field and a
 * code with its parameters; `describeProblem` turns it into a sentence in Polish or English. The API
 * refuses with these problems and the form shows the same sentences before it even saves.
 */
export const PROBLEM_CODES = [
  'OFFICE_NOT_ALLOWED',
  'UNKNOWN_PERIOD',
  'UNKNOWN_INDICATOR',
  'INDICATOR_NOT_IN_PERIOD',
  'DUPLICATE_INDICATOR',
  'RATIO_PARTS_REQUIRED',
  'VALUE_NOT_FOR_RATIO',
  'RATIO_PARTS_NOT_FOR_VALUE',
  'NEGATIVE',
  'ZERO_DENOMINATOR',
  'NUMERATOR_ABOVE_DENOMINATOR',
  'NOT_WHOLE_NUMBER',
  'OUT_OF_RANGE',
  'COMMENT_TOO_LONG',
  'PERIOD_NOT_OPEN',
  'PERIOD_LOCKED',
  'NOT_EDITABLE',
  'MANDATORY_MISSING',
  'WARNING_NEEDS_COMMENT',
  'NOTHING_TO_SAVE',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export type EntryField = 'officeId' | 'periodId' | 'indicatorCode' | 'value' | 'numerator' | 'denominator' | 'comment';

export interface EntryProblem {
  code: ProblemCode;
  indicatorCode: string | null;
  field: EntryField | null;
  params: Record<string, string | number>;
}

export interface CheckedIndicator extends IndicatorDefinition {
  code: string;
  unit: string;
}

export interface EntryInput {
  indicatorCode: string;
  value?: number | null;
  numerator?: number | null;
  denominator?: number | null;
  comment?: string | null;
}

export const COMMENT_MAX_LENGTH = 2000;

/** True for a ratio whose value cannot exceed the whole (a share): the numerator is part of the denominator. */
export function numeratorIsPartOfDenominator(definition: IndicatorDefinition): boolean {
  return definition.inputKind === 'RATIO' && definition.maxValue !== null && definition.maxValue <= definition.scale;
}

/** An entry with no number and no comment clears the indicator. */
export function isEmptyEntry(entry: EntryInput): boolean {
  return entry.value == null && entry.numerator == null && entry.denominator == null && !entry.comment?.trim();
}

function problem(
  code: ProblemCode,
  indicatorCode: string | null,
  field: EntryField | null,
  params: Record<string, string | number> = {},
): EntryProblem {
  return { code, indicatorCode, field, params };
}

/** Type, range and ratio rules of one entry against its indicator's definition. */
export function checkEntry(definition: CheckedIndicator, entry: EntryInput): EntryProblem[] {
  const problems: EntryProblem[] = [];
  const code = definition.code;
  const { value, numerator, denominator } = entry;
  if ((entry.comment ?? '').length > COMMENT_MAX_LENGTH)
    problems.push(problem('COMMENT_TOO_LONG', code, 'comment', { max: COMMENT_MAX_LENGTH }));

  if (definition.inputKind === 'RATIO') {
    if (value != null) problems.push(problem('VALUE_NOT_FOR_RATIO', code, 'value'));
    if ((numerator == null) !== (denominator == null)) {
      problems.push(problem('RATIO_PARTS_REQUIRED', code, numerator == null ? 'numerator' : 'denominator'));
      return problems;
    }
    if (numerator == null || denominator == null) return problems;
    if (numerator < 0) problems.push(problem('NEGATIVE', code, 'numerator'));
    if (denominator < 0) problems.push(problem('NEGATIVE', code, 'denominator'));
    if (denominator === 0) problems.push(problem('ZERO_DENOMINATOR', code, 'denominator'));
    if (numeratorIsPartOfDenominator(definition) && numerator > denominator && denominator > 0) {
      problems.push(problem('NUMERATOR_ABOVE_DENOMINATOR', code, 'numerator', { numerator, denominator }));
    }
    if (problems.length > 0) return problems;
  } else {
    if (numerator != null || denominator != null)
      problems.push(problem('RATIO_PARTS_NOT_FOR_VALUE', code, numerator != null ? 'numerator' : 'denominator'));
    if (value == null) return problems;
    if (definition.unit === 'count' && !Number.isInteger(value)) problems.push(problem('NOT_WHOLE_NUMBER', code, 'value', { value }));
  }

  const computed = computeIndicatorValue(definition, entry);
  if (computed !== null && !isWithinRange(definition, computed)) {
    problems.push(
      problem('OUT_OF_RANGE', code, definition.inputKind === 'RATIO' ? 'numerator' : 'value', {
        value: roundForDisplay(computed),
        min: definition.minValue ?? '-∞',
        max: definition.maxValue ?? '∞',
      }),
    );
  }
  return problems;
}

function roundForDisplay(value: number): number {
  return Math.round(value * 100) / 100;
}

export type Language = 'pl' | 'en';

type Template = (params: Record<string, string | number>, indicator: string) => string;

const MESSAGES: Record<ProblemCode, Record<Language, Template>> = {
  OFFICE_NOT_ALLOWED: {
    pl: (p) => `Nie koordynujesz urzędu ${p.office} w tym programie, więc nie możesz wprowadzać jego danych.`,
    en: (p) => `You do not coordinate office ${p.office} in this programme, so you cannot enter its data.`,
  },
  UNKNOWN_PERIOD: {
    pl: (p) => `Program nie ma okresu ${p.period}.`,
    en: (p) => `The programme has no period ${p.period}.`,
  },
  UNKNOWN_INDICATOR: {
    pl: (_, i) => `Wskaźnik ${i} nie należy do tego programu.`,
    en: (_, i) => `Indicator ${i} is not used by this programme.`,
  },
  INDICATOR_NOT_IN_PERIOD: {
    pl: (p, i) => `Wskaźnik ${i} nie jest zbierany w tym okresie (${p.period}).`,
    en: (p, i) => `Indicator ${i} is not reported in this period (${p.period}).`,
  },
  DUPLICATE_INDICATOR: {
    pl: (_, i) => `Wskaźnik ${i} podano więcej niż raz.`,
    en: (_, i) => `Indicator ${i} is given more than once.`,
  },
  RATIO_PARTS_REQUIRED: {
    pl: (_, i) => `${i}: podaj licznik i mianownik; wartość wyliczy system.`,
    en: (_, i) => `${i}: enter both the numerator and the denominator; the value is computed.`,
  },
  VALUE_NOT_FOR_RATIO: {
    pl: (_, i) => `${i}: ten wskaźnik podaje się jako licznik i mianownik, nie jako gotową wartość.`,
    en: (_, i) => `${i}: this indicator is entered as a numerator and a denominator, not as a value.`,
  },
  RATIO_PARTS_NOT_FOR_VALUE: {
    pl: (_, i) => `${i}: ten wskaźnik podaje się jako jedną liczbę, bez licznika i mianownika.`,
    en: (_, i) => `${i}: this indicator is entered as one number, without a numerator or denominator.`,
  },
  NEGATIVE: {
    pl: (_, i) => `${i}: liczba nie może być ujemna.`,
    en: (_, i) => `${i}: the number cannot be negative.`,
  },
  ZERO_DENOMINATOR: {
    pl: (_, i) => `${i}: mianownik nie może być zerem. Jeśli nie było żadnych przypadków, zostaw pole puste i wyjaśnij w komentarzu.`,
    en: (_, i) => `${i}: the denominator cannot be zero. If there were no cases, leave it empty and explain in the comment.`,
  },
  NUMERATOR_ABOVE_DENOMINATOR: {
    pl: (p, i) => `${i}: licznik (${p.numerator}) nie może być większy niż mianownik (${p.denominator}), bo jest jego częścią.`,
    en: (p, i) => `${i}: the numerator (${p.numerator}) cannot exceed the denominator (${p.denominator}): it is a part of it.`,
  },
  NOT_WHOLE_NUMBER: {
    pl: (p, i) => `${i}: podaj liczbę całkowitą (jest ${p.value}).`,
    en: (p, i) => `${i}: enter a whole number (got ${p.value}).`,
  },
  OUT_OF_RANGE: {
    pl: (p, i) => `${i}: wartość ${p.value} jest poza dopuszczalnym zakresem ${p.min}–${p.max}.`,
    en: (p, i) => `${i}: the value ${p.value} is outside the allowed range ${p.min}–${p.max}.`,
  },
  COMMENT_TOO_LONG: {
    pl: (p, i) => `${i}: komentarz może mieć najwyżej ${p.max} znaków.`,
    en: (p, i) => `${i}: the comment may have at most ${p.max} characters.`,
  },
  PERIOD_NOT_OPEN: {
    pl: (p) => `Okres ${p.period} nie jest jeszcze otwarty do wprowadzania danych (od ${p.opensAt}).`,
    en: (p) => `Period ${p.period} is not open for entry yet (opens ${p.opensAt}).`,
  },
  PERIOD_LOCKED: {
    pl: (p) => `Okres ${p.period} jest zamknięty. Tylko lider programu może go ponownie otworzyć.`,
    en: (p) => `Period ${p.period} is locked. Only the programme lead can reopen it.`,
  },
  NOT_EDITABLE: {
    pl: (p) => `Sprawozdanie ma status ${p.status} i nie można go teraz zmieniać.`,
    en: (p) => `The submission is ${p.status} and cannot be changed now.`,
  },
  MANDATORY_MISSING: {
    pl: (_, i) => `${i}: wskaźnik obowiązkowy nie ma wartości.`,
    en: (_, i) => `${i}: this mandatory indicator has no value.`,
  },
  NOTHING_TO_SAVE: {
    pl: () => 'Nie ma czego zapisać: wpisz co najmniej jedną wartość.',
    en: () => 'There is nothing to save: enter at least one value.',
  },
  WARNING_NEEDS_COMMENT: {
    pl: (_, i) => `${i}: wartość odbiega od zwykłych; dodaj komentarz, który ją wyjaśnia.`,
    en: (_, i) => `${i}: the value is unusual; add a comment that explains it.`,
  },
};

/** The problem as a sentence in the given language. */
export function describeProblem(problem: EntryProblem, language: Language): string {
  return MESSAGES[problem.code][language](problem.params, problem.indicatorCode ?? '');
}
