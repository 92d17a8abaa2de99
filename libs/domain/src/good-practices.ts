import { type Actor, leadsProgramme } from './access';
import { isCafCriterion } from './caf';
import type { Direction } from './indicators';
import type { Language } from './submission-checks';

/**
 * Good practices: what a practice must hold, who may write, publish and feature one, and how the
 * comparison page picks practices for an office that lags its peers without telling it anything
 * about another office's numbers.
 */
export const PRACTICE_STATUSES = ['DRAFT', 'PUBLISHED'] as const;
export type PracticeStatus = (typeof PRACTICE_STATUSES)[number];

/** The database holds the same limits (migration 7). */
export const PRACTICE_LIMITS = {
  title: 200,
  summary: 1000,
  section: 4000,
  body: 20_000,
  contact: 300,
  tags: 12,
  tag: 40,
  indicators: 10,
  firstYear: 1990,
  lastYear: 2100,
} as const;

export interface PracticeInput {
  title: string;
  summary: string;
  body: string;
  problem?: string | null;
  actions?: string | null;
  results?: string | null;
  resources?: string | null;
  contact?: string | null;
  year?: number | null;
  cafCriteria: number[];
  indicatorCodes: string[];
  tags?: string[] | null;
}

/** The input as stored: trimmed, blank optional fields as '' (sections) or null, tags and lists without repeats. */
export interface CleanPractice {
  title: string;
  summary: string;
  body: string;
  problem: string;
  actions: string;
  results: string;
  resources: string;
  contact: string | null;
  year: number | null;
  cafCriteria: number[];
  indicatorCodes: string[];
  tags: string[];
}

export const PRACTICE_FIELDS = [
  'title',
  'summary',
  'body',
  'problem',
  'actions',
  'results',
  'resources',
  'contact',
  'year',
  'cafCriteria',
  'indicatorCodes',
  'tags',
] as const;
export type PracticeField = (typeof PRACTICE_FIELDS)[number];

export type PracticeProblemCode = 'REQUIRED' | 'TOO_LONG' | 'CAF_CRITERION' | 'UNKNOWN_INDICATOR' | 'TOO_MANY' | 'YEAR' | 'TAG_LENGTH';

export interface PracticeProblem {
  field: PracticeField;
  code: PracticeProblemCode;
  params: Record<string, string | number>;
}

const FIELD_NAMES: Record<PracticeField, { pl: string; en: string }> = {
  title: { pl: 'Tytuł', en: 'Title' },
  summary: { pl: 'Streszczenie', en: 'Summary' },
  body: { pl: 'Opis', en: 'Description' },
  problem: { pl: 'Problem', en: 'Problem' },
  actions: { pl: 'Co zrobiono', en: 'What was done' },
  results: { pl: 'Rezultaty', en: 'Results' },
  resources: { pl: 'Potrzebne zasoby', en: 'Resources needed' },
  contact: { pl: 'Kontakt', en: 'Contact' },
  year: { pl: 'Rok wdrożenia', en: 'Year introduced' },
  cafCriteria: { pl: 'Kryteria CAF', en: 'CAF criteria' },
  indicatorCodes: { pl: 'Wskaźniki', en: 'Indicators' },
  tags: { pl: 'Tagi', en: 'Tags' },
};

const clean = (text: string | null | undefined) => (text ?? '').trim();
const uniqueBy = <T>(items: readonly T[], key: (item: T) => string) => {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && Boolean(seen.add(key(item))));
};

export function cleanPractice(input: PracticeInput): CleanPractice {
  return {
    title: clean(input.title).replace(/\s+/g, ' '),
    summary: clean(input.summary),
    body: clean(input.body),
    problem: clean(input.problem),
    actions: clean(input.actions),
    results: clean(input.results),
    resources: clean(input.resources),
    contact: clean(input.contact) || null,
    year: input.year ?? null,
    cafCriteria: [...new Set(input.cafCriteria)].sort((a, b) => a - b),
    indicatorCodes: [...new Set(input.indicatorCodes.map((code) => code.trim()))],
    tags: uniqueBy(
      (input.tags ?? []).map((tag) => tag.trim().replace(/\s+/g, ' ')).filter((tag) => tag.length > 0),
      (tag) => tag.toLocaleLowerCase('pl'),
    ),
  };
}

/** Every problem with a cleaned practice, given the indicator codes that exist. */
export function practiceProblems(practice: CleanPractice, knownIndicatorCodes: ReadonlySet<string>): PracticeProblem[] {
  const problems: PracticeProblem[] = [];
  const add = (field: PracticeField, code: PracticeProblemCode, params: Record<string, string | number> = {}) =>
    problems.push({ field, code, params });
  const limited = (field: PracticeField, text: string, max: number, required: boolean) => {
    if (required && text.length === 0) add(field, 'REQUIRED');
    else if (text.length > max) add(field, 'TOO_LONG', { max });
  };
  limited('title', practice.title, PRACTICE_LIMITS.title, true);
  limited('summary', practice.summary, PRACTICE_LIMITS.summary, true);
  limited('body', practice.body, PRACTICE_LIMITS.body, true);
  for (const field of ['problem', 'actions', 'results', 'resources'] as const)
    limited(field, practice[field], PRACTICE_LIMITS.section, false);
  limited('contact', practice.contact ?? '', PRACTICE_LIMITS.contact, false);
  if (
    practice.year !== null &&
    (!Number.isInteger(practice.year) || practice.year < PRACTICE_LIMITS.firstYear || practice.year > PRACTICE_LIMITS.lastYear)
  ) {
    add('year', 'YEAR', { min: PRACTICE_LIMITS.firstYear, max: PRACTICE_LIMITS.lastYear });
  }
  const wrongCriterion = practice.cafCriteria.find((criterion) => !isCafCriterion(criterion));
  if (wrongCriterion !== undefined) add('cafCriteria', 'CAF_CRITERION', { value: wrongCriterion });
  const unknown = practice.indicatorCodes.find((code) => !knownIndicatorCodes.has(code));
  if (unknown !== undefined) add('indicatorCodes', 'UNKNOWN_INDICATOR', { code: unknown });
  if (practice.indicatorCodes.length > PRACTICE_LIMITS.indicators) add('indicatorCodes', 'TOO_MANY', { max: PRACTICE_LIMITS.indicators });
  if (practice.tags.length > PRACTICE_LIMITS.tags) add('tags', 'TOO_MANY', { max: PRACTICE_LIMITS.tags });
  const longTag = practice.tags.find((tag) => tag.length > PRACTICE_LIMITS.tag);
  if (longTag !== undefined) add('tags', 'TAG_LENGTH', { max: PRACTICE_LIMITS.tag });
  return problems;
}

export function describePracticeProblem(problem: PracticeProblem, language: Language): string {
  const field = FIELD_NAMES[problem.field][language];
  const p = problem.params;
  const pl = language === 'pl';
  switch (problem.code) {
    case 'REQUIRED':
      return pl ? `${field}: pole jest wymagane.` : `${field}: this field is required.`;
    case 'TOO_LONG':
      return pl ? `${field}: najwyżej ${p.max} znaków.` : `${field}: at most ${p.max} characters.`;
    case 'CAF_CRITERION':
      return pl ? `${field}: ${p.value} nie jest kryterium CAF (1–9).` : `${field}: ${p.value} is not a CAF criterion (1–9).`;
    case 'UNKNOWN_INDICATOR':
      return pl ? `${field}: nie ma wskaźnika ${p.code}.` : `${field}: there is no indicator ${p.code}.`;
    case 'TOO_MANY':
      return pl ? `${field}: najwyżej ${p.max}.` : `${field}: at most ${p.max}.`;
    case 'YEAR':
      return pl ? `${field}: rok od ${p.min} do ${p.max}.` : `${field}: a year from ${p.min} to ${p.max}.`;
    case 'TAG_LENGTH':
      return pl ? `${field}: każdy tag najwyżej ${p.max} znaków.` : `${field}: each tag at most ${p.max} characters.`;
  }
}

/** Offices whose practices the actor writes: those it coordinates, in any programme. */
export function practiceOffices(actor: Actor): string[] {
  return [...new Set(actor.grants.filter((grant) => grant.role === 'OFFICE_COORDINATOR').map((grant) => grant.officeId as string))];
}

/** Programmes the actor takes part in (any grant): where a lead's featuring reaches it. */
export function programmesOfActor(actor: Actor): string[] {
  return [...new Set(actor.grants.map((grant) => grant.programmeId).filter((id): id is string => id !== null))];
}

/** Writing, publishing and withdrawing a practice: the authoring office's coordinators only. */
export function mayWritePractice(actor: Actor, officeId: string): boolean {
  return practiceOffices(actor).includes(officeId);
}

/** Featuring a published practice for a programme's offices: that programme's lead. */
export function mayFeaturePractice(actor: Actor, programmeId: string): boolean {
  return leadsProgramme(actor, programmeId);
}

/**
 * Whether the office lags its peers on an indicator: its own value is worse than the published
 * reference (the median, or the mean where quantiles are withheld). Only the viewer's own value and
 * released statistics go in.
 */
export function lagsPeers(direction: Direction, own: number | null, reference: number | null): boolean {
  if (own === null || reference === null) return false;
  return direction === 'HIGHER_BETTER' ? own < reference : own > reference;
}

export interface SuggestionCandidate {
  practiceId: string;
  officeId: string;
  publishedAt: Date;
}

export interface RankedSuggestion extends SuggestionCandidate {
  /** true only for an office that opted in to show that it improved on the indicator */
  officeImproved: boolean;
}

/**
 * Practices to suggest for one indicator: those of offices that opted in and improved first, then
 * the rest newest first. `improvedAndOptedIn` must hold only opted-in offices: an office that did not
 * opt in must not move the order, so the order says nothing about its numbers.
 */
export function rankSuggestions(
  candidates: readonly SuggestionCandidate[],
  improvedAndOptedIn: ReadonlySet<string>,
  limit: number,
): RankedSuggestion[] {
  return candidates
    .map((candidate) => ({ ...candidate, officeImproved: improvedAndOptedIn.has(candidate.officeId) }))
    .sort(
      (a, b) =>
        Number(b.officeImproved) - Number(a.officeImproved) ||
        b.publishedAt.getTime() - a.publishedAt.getTime() ||
        a.practiceId.localeCompare(b.practiceId),
    )
    .slice(0, limit);
}
