import { describeTargetProblem, type Language, type TargetKind, targetProblem } from '@officebench/domain';
import type { TargetInput } from '../../../generated/graphql';

/** The target form as typed: the value as written (a decimal comma is fine), the due day as YYYY-MM-DD or empty. */
export interface TargetForm {
  indicatorCode: string;
  kind: TargetKind;
  value: string;
  dueOn: string;
}

export type TargetField = keyof TargetForm;

export interface TargetIndicator {
  code: string;
  minValue?: number | null;
  maxValue?: number | null;
}

export const EMPTY_TARGET: TargetForm = { indicatorCode: '', kind: 'CHANGE', value: '', dueOn: '' };

/** "2,5", "+2.5", "−3" (a typographic minus too) as a number; null when it is not one. */
export function parseDecimal(text: string): number | null {
  const normalised = text.trim().replace(/\s/g, '').replace(',', '.').replace('−', '-');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(normalised)) return null;
  return Number(normalised);
}

export type TargetValidation =
  { input: TargetInput; problems?: undefined } | { input?: undefined; problems: Partial<Record<TargetField, string>> };

type Messages = { required: string; notANumber: string; invalidDate: string };

/**
 * Checks the form with the API's rule for the indicator's range (the domain's targetProblem, its
 * sentence in the user's language) and makes setTarget's input.
 */
export function validateTarget(
  form: TargetForm,
  indicators: readonly TargetIndicator[],
  programmeId: string,
  language: Language,
  messages: Messages,
): TargetValidation {
  const problems: Partial<Record<TargetField, string>> = {};
  const indicator = indicators.find(({ code }) => code === form.indicatorCode);
  if (!indicator) problems.indicatorCode = messages.required;
  const value = parseDecimal(form.value);
  if (!form.value.trim()) problems.value = messages.required;
  else if (value === null) problems.value = messages.notANumber;
  if (form.dueOn && !/^\d{4}-\d{2}-\d{2}$/.test(form.dueOn)) problems.dueOn = messages.invalidDate;
  if (indicator && value !== null) {
    const range = { minValue: indicator.minValue ?? null, maxValue: indicator.maxValue ?? null };
    const problem = targetProblem(form.kind, value, range);
    if (problem) problems.value = describeTargetProblem(problem, range, language);
  }
  if (Object.keys(problems).length || !indicator || value === null) return { problems };
  return {
    input: {
      programmeId,
      indicatorCode: indicator.code,
      kind: form.kind,
      value,
      dueOn: form.dueOn ? `${form.dueOn}T00:00:00Z` : null,
    },
  };
}
