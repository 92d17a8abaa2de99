import { polishCount } from './plurals';
import { COMMENT_MAX_LENGTH } from './submission-checks';

/**
 * What one request may carry, in one place. The API checks every string, id, date and number of every
 * operation against these before any resolver runs (apps/api/src/common/graphql-input-checks.ts);
 * docs/security.md lists them. Finer rules (a practice's title, a period's label) come on top, from the
 * feature's own checks, with their own sentences.
 */

/** Characters of a text argument or input field, by its name; any other text may have `TEXT_DEFAULT_MAX`. */
export const TEXT_LIMITS: Readonly<Record<string, number>> = {
  // good practices (Markdown body and sections; the practice rules are stricter where they need to be)
  title: 25_000,
  summary: 25_000,
  body: 25_000,
  problem: 25_000,
  actions: 25_000,
  results: 25_000,
  resources: 25_000,
  contact: 25_000,
  tags: 200,
  // submissions
  comment: COMMENT_MAX_LENGTH,
  reason: 2_000,
  // accounts
  email: 254,
  displayName: 200,
  password: 200,
  token: 200,
  // names and codes
  name: 200,
  label: 40,
  indicatorCode: 64,
  indicatorCodes: 64,
  region: 100,
  // search (a longer query is cut to its first 200 characters, see practice-search.ts)
  query: 1_000,
  after: 200,
};

export const TEXT_DEFAULT_MAX = 1_000;

/** Dates a request may name (a period, a deadline, a target's due date). */
export const DATE_RANGE = { minYear: 1990, maxYear: 2100 } as const;

/** The largest magnitude of a number a request may carry; an indicator's own range comes on top. */
export const NUMBER_MAX_MAGNITUDE = 1e12;

/** Limits on the shape of a GraphQL document, checked before it runs. */
export const QUERY_LIMITS = {
  /** lexical tokens of the document (the parser stops there: no deep recursion, no huge documents) */
  maxTokens: 1_000,
  /** nesting of selections, fragments flattened: programme { peerGroups { members { name } } } is 4 */
  maxDepth: 8,
  /** aliases in the whole operation (a fragment's count each time it is spread; each fragment is measured once) */
  maxAliases: 15,
  /** directives in the whole operation */
  maxDirectives: 20,
  /** estimated cost (GraphQL Armor's: objects 2, scalars 1, ×1.5 per level, × `first`) */
  maxCost: 5_000,
} as const;
export type QueryLimits = { [K in keyof typeof QUERY_LIMITS]: number };

export type InputProblem =
  | { kind: 'CONTROL_CHARACTER'; codePoint: string }
  | { kind: 'TOO_LONG'; max: number }
  | { kind: 'NOT_AN_ID' }
  | { kind: 'DATE_OUT_OF_RANGE' }
  | { kind: 'NUMBER_OUT_OF_RANGE' };

/** C0 controls but tab, line feed and carriage return; DEL; and a UTF-16 half without its other half. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What is wrong with a text named `name`, or null. */
export function textProblem(name: string, value: string): InputProblem | null {
  const max = TEXT_LIMITS[name] ?? TEXT_DEFAULT_MAX;
  if (value.length > max) return { kind: 'TOO_LONG', max };
  const bad = FORBIDDEN.exec(value);
  if (bad) return { kind: 'CONTROL_CHARACTER', codePoint: `U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` };
  return null;
}

/** Whether a string is a uuid: ids everywhere are, and anything else is refused before it reaches a query. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

export function idProblem(value: string): InputProblem | null {
  return isUuid(value) ? null : { kind: 'NOT_AN_ID' };
}

/** A date-time or date text whose year lies outside DATE_RANGE (an unreadable one is the scalar's to refuse). */
export function dateProblem(value: string): InputProblem | null {
  const year = /^([+-]\d{6}|\d{4})-/.exec(value)?.[1];
  if (year === undefined) return null;
  const number = Number(year);
  return number < DATE_RANGE.minYear || number > DATE_RANGE.maxYear ? { kind: 'DATE_OUT_OF_RANGE' } : null;
}

export function numberProblem(value: number): InputProblem | null {
  return Number.isFinite(value) && Math.abs(value) <= NUMBER_MAX_MAGNITUDE ? null : { kind: 'NUMBER_OUT_OF_RANGE' };
}

/** The sentence for a problem with the input named `name`, in Polish or English. */
export function describeInputProblem(name: string, problem: InputProblem, language: 'pl' | 'en'): string {
  switch (problem.kind) {
    case 'CONTROL_CHARACTER':
      return language === 'en'
        ? `${name} contains a control character (${problem.codePoint}), which is not allowed.`
        : `Pole ${name} zawiera niedozwolony znak sterujący (${problem.codePoint}).`;
    case 'TOO_LONG':
      return language === 'en'
        ? `${name} is too long: at most ${problem.max} characters.`
        : `Pole ${name} jest za długie: najwyżej ${polishCount(problem.max, { one: 'znak', few: 'znaki', many: 'znaków' })}.`;
    case 'NOT_AN_ID':
      return language === 'en' ? `${name} is not a valid id.` : `Pole ${name} nie jest poprawnym identyfikatorem.`;
    case 'DATE_OUT_OF_RANGE':
      return language === 'en'
        ? `${name} must be a date between ${DATE_RANGE.minYear} and ${DATE_RANGE.maxYear}.`
        : `Pole ${name} musi być datą z lat ${DATE_RANGE.minYear}–${DATE_RANGE.maxYear}.`;
    case 'NUMBER_OUT_OF_RANGE':
      return language === 'en'
        ? `${name} must be a number from -${NUMBER_MAX_MAGNITUDE.toExponential()} to ${NUMBER_MAX_MAGNITUDE.toExponential()}.`
        : `Pole ${name} musi być liczbą od -${NUMBER_MAX_MAGNITUDE.toExponential()} do ${NUMBER_MAX_MAGNITUDE.toExponential()}.`;
  }
}
