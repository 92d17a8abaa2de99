import { describeProblem, PROBLEM_CODES, type EntryField, type EntryProblem, type ProblemCode } from '@officebench/domain';
import type { DraftField } from './draft';
import type { InterfaceLanguage } from './numbers';

const ENTRY_FIELDS: readonly EntryField[] = ['officeId', 'periodId', 'indicatorCode', 'value', 'numerator', 'denominator', 'comment'];
const knownField = (field: unknown): EntryField | null => (ENTRY_FIELDS.includes(field as EntryField) ? (field as EntryField) : null);

function isProblem(value: unknown): value is EntryProblem {
  if (typeof value !== 'object' || value === null) return false;
  const { code, indicatorCode, field, params } = value as Record<string, unknown>;
  return (
    (PROBLEM_CODES as readonly unknown[]).includes(code) &&
    (indicatorCode === null || indicatorCode === undefined || typeof indicatorCode === 'string') &&
    (field === null || field === undefined || typeof field === 'string') &&
    (params === undefined || (typeof params === 'object' && params !== null))
  );
}

/** The problems of a BAD_USER_INPUT answer (`extensions.problems`); entries of another shape are skipped. */
export function problemsFromExtensions(extensions: Readonly<Record<string, unknown>> | undefined): EntryProblem[] {
  const problems = extensions?.['problems'];
  if (!Array.isArray(problems)) return [];
  return problems.filter(isProblem).map(({ code, indicatorCode, field, params }) => ({
    code,
    indicatorCode: indicatorCode ?? null,
    // A field this version does not know still leaves the problem readable, tied to no field.
    field: knownField(field),
    params: params ?? {},
  }));
}

/** The id of a field of the form: error messages link to it. */
export function lineFieldId(indicatorCode: string, field: DraftField): string {
  return `indicator-${indicatorCode}-${field}`;
}

/** The field a problem is about, on a line of this kind (a problem about the whole entry: its first input). */
export function problemField(field: EntryField | null, isRatio: boolean): DraftField {
  if (field === 'value' || field === 'numerator' || field === 'denominator' || field === 'comment') return field;
  return isRatio ? 'numerator' : 'value';
}

/** Problems with no indicator: about the period or the submission as a whole. */
const FORM_LEVEL: readonly ProblemCode[] = ['PERIOD_NOT_OPEN', 'PERIOD_LOCKED', 'NOT_EDITABLE'];

export function isFormLevel(problem: EntryProblem): boolean {
  return problem.indicatorCode === null || FORM_LEVEL.includes(problem.code);
}

/**
 * The problem as a sentence, naming the indicator by its name in the interface language (the shared
 * texts name it by what is passed as its code).
 */
export function describeFor(problem: EntryProblem, indicatorName: string | undefined, language: InterfaceLanguage): string {
  return describeProblem({ ...problem, indicatorCode: indicatorName ?? problem.indicatorCode }, language);
}
