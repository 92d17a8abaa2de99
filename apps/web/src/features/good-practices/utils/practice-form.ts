import {
  cleanPractice,
  type CleanPractice,
  describePracticeProblem,
  type Language,
  PRACTICE_FIELDS,
  type PracticeField,
  practiceProblems,
} from '@officebench/domain';
import type { ErrorItem } from '../../../components/ErrorSummary';
import type { GoodPracticeInput } from '../../../generated/graphql';
import type { Practice } from '../graphql/practice-fields.fragment';

/** The practice's fields the editor holds as typed text, the year and the tags (comma-separated) too; the two lists are checkboxes. */
type TextField = Exclude<PracticeField, 'cafCriteria' | 'indicatorCodes'>;
const typedAsText = (field: PracticeField): field is TextField => field !== 'cafCriteria' && field !== 'indicatorCodes';

/** The editor's fields as typed, and the authoring office (a new practice of a coordinator of several offices; '' for the only one). */
export type PracticeForm = Record<TextField, string> & Pick<CleanPractice, 'cafCriteria' | 'indicatorCodes'> & { officeId: string };

export const TEXT_FIELDS = [...PRACTICE_FIELDS.filter(typedAsText), 'officeId' as const];

export const EMPTY_FORM: PracticeForm = {
  title: '',
  summary: '',
  body: '',
  problem: '',
  actions: '',
  results: '',
  resources: '',
  contact: '',
  year: '',
  cafCriteria: [],
  indicatorCodes: [],
  tags: '',
  officeId: '',
};

export function formFromPractice(practice: Practice): PracticeForm {
  return {
    title: practice.title,
    summary: practice.summary,
    body: practice.body,
    problem: practice.problem,
    actions: practice.actions,
    results: practice.results,
    resources: practice.resources,
    contact: practice.contact ?? '',
    year: practice.year === null ? '' : String(practice.year),
    cafCriteria: [...practice.cafCriteria],
    indicatorCodes: practice.indicators.map(({ code }) => code),
    tags: practice.tags.join(', '),
    officeId: practice.office.id,
  };
}

/** "a, b;c" → ["a", "b", "c"]: tags are separated by commas (semicolons and new lines too). */
export function splitTags(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((tag) => tag.trim())
    .filter(Boolean);
}

/** The typed year: null when empty, NaN when it is not a whole number (the checks then report it). */
export function parseYear(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** What the API is sent. Sections left blank go as null; the API trims and stores them as ''. */
export function inputFromForm(form: PracticeForm): GoodPracticeInput {
  const optional = (text: string) => (text.trim() === '' ? null : text);
  return {
    title: form.title,
    summary: form.summary,
    body: form.body,
    problem: optional(form.problem),
    actions: optional(form.actions),
    results: optional(form.results),
    resources: optional(form.resources),
    contact: optional(form.contact),
    year: parseYear(form.year),
    cafCriteria: [...form.cafCriteria].sort((a, b) => a - b),
    indicatorCodes: [...form.indicatorCodes],
    tags: splitTags(form.tags),
  };
}

/** The id of the control a field's errors link to (the first checkbox of a group). */
export function practiceFieldId(field: ProblemField): string {
  if (field === 'cafCriteria') return 'practice-cafCriteria-1';
  if (field === 'indicatorCodes') return 'practice-indicators';
  return `practice-${field}`;
}

/**
 * The checks the API makes (the domain's practiceProblems), before anything is sent: one error per
 * field, in the form's order, worded as the API words them.
 */
export function formProblems(form: PracticeForm, knownIndicatorCodes: ReadonlySet<string>, language: Language): Map<PracticeField, string> {
  const input = inputFromForm(form);
  const problems = practiceProblems(cleanPractice(input), knownIndicatorCodes);
  const byField = new Map<PracticeField, string>();
  for (const field of PRACTICE_FIELDS) {
    const problem = problems.find((candidate) => candidate.field === field);
    if (problem) byField.set(field, describePracticeProblem(problem, language));
  }
  return byField;
}

/**
 * The problems of a save attempt that still stand as the form changes: a field's error goes as soon as
 * the field, changed since the attempt, passes the checks (while typing, not only on the next save), and
 * one still wrong takes its current wording. A field left as it was keeps its error (the API may know
 * more than the checks here); no new error appears before the next save; errors tied to no field stay.
 * The same array comes back when nothing changed.
 */
export function standingProblems(
  problems: readonly ServerProblem[],
  attempted: PracticeForm,
  form: PracticeForm,
  knownIndicatorCodes: ReadonlySet<string>,
  language: Language,
): readonly ServerProblem[] {
  const changed = (field: ProblemField) => JSON.stringify(form[field]) !== JSON.stringify(attempted[field]);
  if (!problems.some(({ field }) => field !== null && changed(field))) return problems;
  const current = formProblems(form, knownIndicatorCodes, language);
  const standing = problems.flatMap((problem): ServerProblem[] => {
    if (problem.field === null || !changed(problem.field)) return [problem];
    if (problem.field === 'officeId') return form.officeId ? [] : [problem];
    const message = current.get(problem.field);
    return message ? [{ field: problem.field, message }] : [];
  });
  const same = standing.length === problems.length && standing.every((problem, index) => problem.message === problems[index]?.message);
  return same ? problems : standing;
}

function isPracticeField(field: unknown): field is PracticeField {
  return (PRACTICE_FIELDS as readonly unknown[]).includes(field);
}

type ProblemField = PracticeField | 'officeId';

export interface ServerProblem {
  field: ProblemField | null;
  message: string;
}

/**
 * A BAD_USER_INPUT answer's problems: `extensions.problems` ([{field, message}], already in the
 * request's language), or else its one message tied to `extensions.field`. Unknown fields leave the
 * message readable, tied to no field.
 */
export function serverProblems(extensions: Readonly<Record<string, unknown>> | undefined, message: string | undefined): ServerProblem[] {
  const known = (value: unknown): ProblemField | null => (isPracticeField(value) || value === 'officeId' ? value : null);
  const problems = extensions?.['problems'];
  const listed = Array.isArray(problems)
    ? problems.flatMap((problem: unknown): ServerProblem[] => {
        if (typeof problem !== 'object' || problem === null) return [];
        const { field, message: text } = problem as Record<string, unknown>;
        return typeof text === 'string' && text.trim() ? [{ field: known(field), message: text }] : [];
      })
    : [];
  if (listed.length) return listed;
  return message?.trim() ? [{ field: known(extensions?.['field']), message }] : [];
}

/** Error items for the summary, each linked to its field when it has one. */
export function errorItems(problems: readonly ServerProblem[]): ErrorItem[] {
  return problems.map(({ field, message }) => ({ fieldId: field ? practiceFieldId(field) : undefined, text: message }));
}

/** Whether two forms hold the same practice (an offered restore that says nothing new is not offered). */
export function sameForm(a: PracticeForm, b: PracticeForm): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
