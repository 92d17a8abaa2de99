import { polishCount } from './plurals';
import { seededRandom } from './seeded-random';
import type { Language } from './submission-checks';
import {
  STANDARD_QUESTIONNAIRES,
  SURVEY_CAF_CRITERION,
  SURVEY_KEY_QUESTION,
  type LocalisedText,
  type SurveyKind,
  type SurveyQuestion,
  type SurveyQuestionKind,
} from './survey-questionnaires';

export * from './survey-questionnaires';

/**
 * The rules of satisfaction surveys as pure functions: a programme's extra questions, the checks on one
 * response, the satisfied share that becomes CLIENT_SATISFIED_PCT / EMPLOYEE_SATISFIED_PCT, the
 * per-question breakdown with its threshold, the coordinator's progress and the public form's anti-spam
 * rules. The API and the answering page share them, so the page refuses what the API would refuse.
 */

// ---------------------------------------------------------------------------------------------------
// Problems (codes with parameters; a sentence in Polish or English from describeSurveyProblem)

export const SURVEY_PROBLEM_CODES = [
  // a lead's extra questions
  'TOO_MANY_EXTRA_LIKERT',
  'TOO_MANY_EXTRA_TEXT',
  'INVALID_QUESTION',
  'INVALID_QUESTION_CODE',
  'QUESTION_CODE_IS_STANDARD',
  'DUPLICATE_QUESTION_CODE',
  'INVALID_QUESTION_KIND',
  'QUESTION_TEXT_MISSING',
  'QUESTION_TEXT_TOO_LONG',
  'QUESTION_TEXT_CONTROL_CHARACTER',
  'EXTRA_QUESTION_REQUIRED',
  'INVALID_CAF_CRITERION',
  // a response
  'ANSWERS_NOT_AN_OBJECT',
  'UNKNOWN_QUESTION',
  'LIKERT_INVALID',
  'TEXT_INVALID',
  'TEXT_TOO_LONG',
  'KEY_QUESTION_MISSING',
  'NO_LIKERT_ANSWER',
] as const;
export type SurveyProblemCode = (typeof SURVEY_PROBLEM_CODES)[number];

export interface SurveyProblem {
  code: SurveyProblemCode;
  /** The question concerned (for an extra question without a usable code, its position as `#n`), or null. */
  questionCode: string | null;
  params: Record<string, string | number>;
}

function problem(code: SurveyProblemCode, questionCode: string | null, params: Record<string, string | number> = {}): SurveyProblem {
  return { code, questionCode, params };
}

type Message = (params: Record<string, string | number>, question: string) => string;

const LANGUAGE_NAMES: Record<string, LocalisedText> = {
  pl: { pl: 'polska', en: 'Polish' },
  en: { pl: 'angielska', en: 'English' },
};

const MESSAGES: Record<SurveyProblemCode, Record<Language, Message>> = {
  TOO_MANY_EXTRA_LIKERT: {
    pl: (p) => `Można dodać najwyżej ${p.max} pytań ze skalą ocen (jest ${p.count}).`,
    en: (p) => `At most ${p.max} extra rating questions can be added (there are ${p.count}).`,
  },
  TOO_MANY_EXTRA_TEXT: {
    pl: (p) => `Można dodać najwyżej ${p.max} pytania otwarte (jest ${p.count}).`,
    en: (p) => `At most ${p.max} extra open questions can be added (there are ${p.count}).`,
  },
  INVALID_QUESTION: {
    pl: (_, q) => `${q}: pytanie musi mieć kod, rodzaj i treść po polsku i po angielsku.`,
    en: (_, q) => `${q}: a question needs a code, a kind and its text in Polish and English.`,
  },
  INVALID_QUESTION_CODE: {
    pl: (_, q) => `${q}: kod pytania musi zaczynać się wielką literą i składać się z 2–40 wielkich liter, cyfr i podkreśleń (np. PARKING).`,
    en: (_, q) => `${q}: a question code starts with a capital letter and has 2–40 capital letters, digits and underscores (e.g. PARKING).`,
  },
  QUESTION_CODE_IS_STANDARD: {
    pl: (_, q) => `${q}: ten kod ma już pytanie standardowe; wybierz inny.`,
    en: (_, q) => `${q}: a standard question already has this code; choose another.`,
  },
  DUPLICATE_QUESTION_CODE: {
    pl: (_, q) => `${q}: dwa dodatkowe pytania mają ten sam kod.`,
    en: (_, q) => `${q}: two extra questions have the same code.`,
  },
  INVALID_QUESTION_KIND: {
    pl: (_, q) => `${q}: pytanie może być oceną w skali 1–5 (LIKERT) albo pytaniem otwartym (TEXT).`,
    en: (_, q) => `${q}: a question is either a 1–5 rating (LIKERT) or an open question (TEXT).`,
  },
  QUESTION_TEXT_MISSING: {
    pl: (p, q) => `${q}: brak treści pytania w wersji ${LANGUAGE_NAMES[p.language]?.pl ?? p.language}.`,
    en: (p, q) => `${q}: the ${LANGUAGE_NAMES[p.language]?.en ?? p.language} text of the question is missing.`,
  },
  QUESTION_TEXT_TOO_LONG: {
    pl: (p, q) =>
      `${q}: treść pytania w wersji ${LANGUAGE_NAMES[p.language]?.pl ?? p.language} może mieć najwyżej ${polishCount(Number(p.max), { one: 'znak', few: 'znaki', many: 'znaków' })}.`,
    en: (p, q) => `${q}: the ${LANGUAGE_NAMES[p.language]?.en ?? p.language} text of the question may have at most ${p.max} characters.`,
  },
  QUESTION_TEXT_CONTROL_CHARACTER: {
    pl: (p, q) => `${q}: treść pytania w wersji ${LANGUAGE_NAMES[p.language]?.pl ?? p.language} zawiera niedozwolony znak sterujący.`,
    en: (p, q) => `${q}: the ${LANGUAGE_NAMES[p.language]?.en ?? p.language} text of the question contains a control character.`,
  },
  EXTRA_QUESTION_REQUIRED: {
    pl: (_, q) => `${q}: dodatkowe pytanie nie może być obowiązkowe; obowiązkowe jest tylko pytanie o ogólne zadowolenie.`,
    en: (_, q) => `${q}: an extra question cannot be required; only the overall satisfaction question is.`,
  },
  INVALID_CAF_CRITERION: {
    pl: (_, q) => `${q}: kryterium CAF to liczba całkowita od 1 do 9.`,
    en: (_, q) => `${q}: a CAF criterion is a whole number from 1 to 9.`,
  },
  ANSWERS_NOT_AN_OBJECT: {
    pl: () => 'Odpowiedzi mają niepoprawną postać.',
    en: () => 'The answers are not in the expected form.',
  },
  UNKNOWN_QUESTION: {
    pl: (_, q) => `${q}: w tej ankiecie nie ma takiego pytania.`,
    en: (_, q) => `${q}: this survey has no such question.`,
  },
  LIKERT_INVALID: {
    pl: (_, q) => `${q}: odpowiedź to ocena od 1 do 5 albo „nie dotyczy”.`,
    en: (_, q) => `${q}: the answer is a rating from 1 to 5 or “not applicable”.`,
  },
  TEXT_INVALID: {
    pl: (_, q) => `${q}: odpowiedź na pytanie otwarte musi być tekstem.`,
    en: (_, q) => `${q}: the answer to an open question must be text.`,
  },
  TEXT_TOO_LONG: {
    pl: (p, q) => `${q}: odpowiedź może mieć najwyżej ${polishCount(Number(p.max), { one: 'znak', few: 'znaki', many: 'znaków' })}.`,
    en: (p, q) => `${q}: the answer may have at most ${p.max} characters.`,
  },
  KEY_QUESTION_MISSING: {
    pl: (_, q) => `${q}: prosimy odpowiedzieć na pytanie o ogólne zadowolenie (ocena od 1 do 5).`,
    en: (_, q) => `${q}: please answer the overall satisfaction question (a rating from 1 to 5).`,
  },
  NO_LIKERT_ANSWER: {
    pl: () => 'Prosimy ocenić co najmniej jedno pytanie w skali od 1 do 5.',
    en: () => 'Please rate at least one question from 1 to 5.',
  },
};

/** The problem as a sentence in the given language. */
export function describeSurveyProblem(surveyProblem: SurveyProblem, language: Language): string {
  return MESSAGES[surveyProblem.code][language](surveyProblem.params, surveyProblem.questionCode ?? '');
}

// ---------------------------------------------------------------------------------------------------
// A lead's extra questions

export const MAX_EXTRA_LIKERT_QUESTIONS = 10;
export const MAX_EXTRA_TEXT_QUESTIONS = 2;
export const QUESTION_TEXT_MAX_LENGTH = 300;
export const QUESTION_CODE_PATTERN = /^[A-Z][A-Z0-9_]{1,39}$/;

/** An extra question as the lead enters it; `cafCriterion` defaults to the questionnaire's own (6 or 7). */
export interface ExtraQuestionInput {
  code: string;
  kind: SurveyQuestionKind;
  text: LocalisedText;
  required?: boolean;
  cafCriterion?: number;
}

/** C0 controls but tab, line feed and carriage return; DEL; C1 controls; a UTF-16 half without its other half. */
const CONTROL_CHARACTERS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A code safe to put in a message: the code itself if it is one, else the question's position. */
function label(code: unknown, index: number): string {
  return typeof code === 'string' && QUESTION_CODE_PATTERN.test(code) ? code : `#${index + 1}`;
}

/**
 * What is wrong with a programme's extra questions, before a round opens. Standard questions cannot be
 * removed or reworded: the function takes only the extras, which come after them. Texts are measured
 * trimmed (`questionnaireFor` stores them trimmed). Never throws, whatever it is given.
 */
export function validateExtraQuestions(existingStandard: readonly SurveyQuestion[], extras: unknown): SurveyProblem[] {
  if (!Array.isArray(extras)) return [problem('INVALID_QUESTION', null)];
  const problems: SurveyProblem[] = [];
  const standardCodes = new Set(existingStandard.map((question) => question.code));
  const seen = new Set<string>();
  let likertCount = 0;
  let textCount = 0;
  extras.forEach((extra: unknown, index) => {
    if (!isRecord(extra)) {
      problems.push(problem('INVALID_QUESTION', `#${index + 1}`));
      return;
    }
    const name = label(extra.code, index);
    if (typeof extra.code !== 'string' || !QUESTION_CODE_PATTERN.test(extra.code)) problems.push(problem('INVALID_QUESTION_CODE', name));
    else if (standardCodes.has(extra.code)) problems.push(problem('QUESTION_CODE_IS_STANDARD', name));
    else if (seen.has(extra.code)) problems.push(problem('DUPLICATE_QUESTION_CODE', name));
    if (typeof extra.code === 'string') seen.add(extra.code);

    if (extra.kind === 'LIKERT') likertCount += 1;
    else if (extra.kind === 'TEXT') textCount += 1;
    else problems.push(problem('INVALID_QUESTION_KIND', name));

    const texts = isRecord(extra.text) ? extra.text : {};
    for (const language of ['pl', 'en'] as const) {
      const value = texts[language];
      const trimmed = typeof value === 'string' ? value.trim() : '';
      if (trimmed === '') problems.push(problem('QUESTION_TEXT_MISSING', name, { language }));
      else if (trimmed.length > QUESTION_TEXT_MAX_LENGTH)
        problems.push(problem('QUESTION_TEXT_TOO_LONG', name, { language, max: QUESTION_TEXT_MAX_LENGTH }));
      else if (new RegExp(CONTROL_CHARACTERS.source).test(trimmed))
        problems.push(problem('QUESTION_TEXT_CONTROL_CHARACTER', name, { language }));
    }

    if (extra.required !== undefined && extra.required !== false) problems.push(problem('EXTRA_QUESTION_REQUIRED', name));
    const criterion = extra.cafCriterion;
    if (criterion !== undefined && !(typeof criterion === 'number' && Number.isInteger(criterion) && criterion >= 1 && criterion <= 9))
      problems.push(problem('INVALID_CAF_CRITERION', name));
  });
  if (likertCount > MAX_EXTRA_LIKERT_QUESTIONS)
    problems.push(problem('TOO_MANY_EXTRA_LIKERT', null, { max: MAX_EXTRA_LIKERT_QUESTIONS, count: likertCount }));
  if (textCount > MAX_EXTRA_TEXT_QUESTIONS)
    problems.push(problem('TOO_MANY_EXTRA_TEXT', null, { max: MAX_EXTRA_TEXT_QUESTIONS, count: textCount }));
  return problems;
}

export interface Questionnaire {
  kind: SurveyKind;
  questions: readonly SurveyQuestion[];
}

/**
 * The questionnaire of a round: the standard questions, then the programme's extras in their order
 * (trimmed, never required). Extras with problems are a programming error here (the API checks them with
 * `validateExtraQuestions` first and refuses with its sentences), so this throws.
 */
export function questionnaireFor(kind: SurveyKind, extras: readonly ExtraQuestionInput[] = []): Questionnaire {
  const standard = STANDARD_QUESTIONNAIRES[kind];
  const problems = validateExtraQuestions(standard, extras);
  if (problems.length > 0)
    throw new Error(`Invalid extra questions: ${problems.map((p) => `${p.questionCode ?? ''} ${p.code}`).join(', ')}`);
  const added: SurveyQuestion[] = extras.map((extra) => ({
    code: extra.code,
    kind: extra.kind,
    required: false,
    text: { pl: extra.text.pl.trim(), en: extra.text.en.trim() },
    cafCriterion: extra.cafCriterion ?? SURVEY_CAF_CRITERION[kind],
    standard: false,
  }));
  return { kind, questions: [...standard, ...added] };
}

// ---------------------------------------------------------------------------------------------------
// One response

export const SURVEY_TEXT_MAX_LENGTH = 2000;

/**
 * A normalised response: question code -> 1..5, null ("not applicable" for a Likert question, nothing
 * written for a text one) or the text. A question the respondent skipped is absent; the key question is
 * always there, 1..5.
 */
export type SurveyAnswers = Readonly<Record<string, number | string | null>>;

export type AnswersCheck = { ok: true; answers: SurveyAnswers } | { ok: false; problems: SurveyProblem[] };

/** At most this many problems are reported for one response (a flood of unknown codes says nothing more). */
const MAX_ANSWER_PROBLEMS = 20;

function isLikertValue(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

/** Free text as stored: control characters removed, Unicode NFC, trimmed; empty is null. */
export function normaliseSurveyText(value: string): string | null {
  const cleaned = value.replace(CONTROL_CHARACTERS, '').normalize('NFC').trim();
  return cleaned === '' ? null : cleaned;
}

/**
 * Checks one response against the round's questionnaire and returns it normalised, or its problems.
 * `input` is whatever the client sent (an object of code -> answer); this never throws on any JSON.
 */
export function validateAnswers(questionnaire: Questionnaire, input: unknown): AnswersCheck {
  if (!isRecord(input)) return { ok: false, problems: [problem('ANSWERS_NOT_AN_OBJECT', null)] };
  const byCode = new Map(questionnaire.questions.map((question) => [question.code, question]));
  const problems: SurveyProblem[] = [];
  const answers: [string, number | string | null][] = [];
  for (const code of Object.keys(input)) {
    const question = byCode.get(code);
    const value = input[code];
    const name = QUESTION_CODE_PATTERN.test(code) ? code : code.slice(0, 40).replace(CONTROL_CHARACTERS, '');
    if (!question) problems.push(problem('UNKNOWN_QUESTION', name));
    else if (question.kind === 'LIKERT') {
      if (value === null || isLikertValue(value)) answers.push([code, value]);
      else problems.push(problem('LIKERT_INVALID', code));
    } else if (value === null) answers.push([code, null]);
    else if (typeof value !== 'string') problems.push(problem('TEXT_INVALID', code));
    else {
      const normalised = normaliseSurveyText(value);
      if (normalised !== null && normalised.length > SURVEY_TEXT_MAX_LENGTH)
        problems.push(problem('TEXT_TOO_LONG', code, { max: SURVEY_TEXT_MAX_LENGTH }));
      else answers.push([code, normalised]);
    }
  }
  for (const question of questionnaire.questions) {
    if (question.required && !isLikertValue(input[question.code]) && !problems.some((p) => p.questionCode === question.code))
      problems.push(problem('KEY_QUESTION_MISSING', question.code));
  }
  const likertCodes = new Set(questionnaire.questions.filter((question) => question.kind === 'LIKERT').map((question) => question.code));
  if (!Object.keys(input).some((code) => likertCodes.has(code) && isLikertValue(input[code])))
    problems.push(problem('NO_LIKERT_ANSWER', null));
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_ANSWER_PROBLEMS) };
  return { ok: true, answers: Object.fromEntries(answers) };
}

// ---------------------------------------------------------------------------------------------------
// The indicator

export interface SatisfiedShare {
  /** Respondents who answered the key question 4 or 5. */
  numerator: number;
  /** Respondents (responses with an answer to the key question, which every accepted response has). */
  denominator: number;
}

/**
 * The ratio behind CLIENT_SATISFIED_PCT / EMPLOYEE_SATISFIED_PCT (scale 100): stored as numerator and
 * denominator like any ratio indicator, the value being numerator / denominator × 100
 * (`computeIndicatorValue`). Null when nobody answered: a round with no respondents has no share.
 */
export function satisfiedShare(responses: readonly SurveyAnswers[], keyQuestion: string = SURVEY_KEY_QUESTION): SatisfiedShare | null {
  let numerator = 0;
  let denominator = 0;
  for (const response of responses) {
    const value = response[keyQuestion];
    if (!isLikertValue(value)) continue;
    denominator += 1;
    if (value >= 4) numerator += 1;
  }
  return denominator === 0 ? null : { numerator, denominator };
}

// ---------------------------------------------------------------------------------------------------
// Per-question breakdown with a threshold

/** The fewest answers behind any per-question result: employees of small offices must not be identifiable. */
export const SURVEY_MIN_RESPONSES = 10;

/** A round's threshold: the programme's k, but never below SURVEY_MIN_RESPONSES. */
export function surveyThreshold(programmeK: number): number {
  return Math.max(Number.isFinite(programmeK) ? Math.ceil(programmeK) : 0, SURVEY_MIN_RESPONSES);
}

export interface SuppressedQuestion {
  code: string;
  kind: SurveyQuestionKind;
  suppressed: true;
  reason: 'TOO_FEW_RESPONSES';
}

export interface LikertQuestionResult {
  code: string;
  kind: 'LIKERT';
  suppressed: false;
  /** Answers 1, 2, 3, 4, 5 (index 0 is the count of 1s). */
  counts: [number, number, number, number, number];
  /** Respondents who gave a rating 1..5. */
  answered: number;
  /** Respondents who chose "not applicable". */
  notApplicable: number;
  mean: number;
  /** Ratings 4 or 5. */
  satisfied: number;
  /** satisfied / answered, 0..1. */
  satisfiedShare: number;
}

export interface TextQuestionResult {
  code: string;
  kind: 'TEXT';
  suppressed: false;
  /** The non-empty answers, in an order that says nothing about when they were given. */
  answers: string[];
}

export type QuestionResult = LikertQuestionResult | TextQuestionResult | SuppressedQuestion;

function checkThreshold(minResponses: number): void {
  if (!Number.isInteger(minResponses) || minResponses < 1)
    throw new RangeError(`minResponses must be a positive integer (got ${minResponses})`);
}

/** A 32-bit hash of a string (FNV-1a), to give each question its own shuffle. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The texts sorted (so the result depends only on which texts were written, not on the order the
 * responses came in, e.g. by time) and then shuffled by `seed` (so sorting does not become a pattern either).
 */
export function shuffleTexts(texts: readonly string[], seed: number): string[] {
  const result = [...texts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const random = seededRandom(seed);
  for (let i = result.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}

/**
 * Per question of the questionnaire: for a Likert question, counts of each rating, answered n,
 * not-applicable count, mean and satisfied share, or only that it is suppressed when fewer than
 * `minResponses` rated it (no count at all then, not even n); for a text question, its answers, given
 * only when the round has at least `minResponses` respondents, shuffled by `seed`.
 *
 * The threshold alone does not stop differencing: whoever sees the breakdown at n and again at n + 1
 * responses learns the last respondent's answers. So it is meant for a closed round (or snapshots far
 * apart), not for a live view that refreshes with every answer; `roundProgress` is the live view.
 */
export function questionBreakdown(
  questionnaire: Questionnaire,
  responses: readonly SurveyAnswers[],
  minResponses: number,
  seed = 0,
): QuestionResult[] {
  checkThreshold(minResponses);
  return questionnaire.questions.map((question): QuestionResult => {
    const suppressed: SuppressedQuestion = { code: question.code, kind: question.kind, suppressed: true, reason: 'TOO_FEW_RESPONSES' };
    if (question.kind === 'TEXT') {
      if (responses.length < minResponses) return suppressed;
      const texts = responses.map((response) => response[question.code]).filter((value): value is string => typeof value === 'string');
      return { code: question.code, kind: 'TEXT', suppressed: false, answers: shuffleTexts(texts, (seed ^ hash(question.code)) >>> 0) };
    }
    const counts: [number, number, number, number, number] = [0, 0, 0, 0, 0];
    let notApplicable = 0;
    for (const response of responses) {
      if (!Object.prototype.hasOwnProperty.call(response, question.code)) continue;
      const value = response[question.code];
      if (value === null) notApplicable += 1;
      else if (isLikertValue(value)) counts[value - 1] += 1;
    }
    const answered = counts.reduce((sum, count) => sum + count, 0);
    if (answered < minResponses) return suppressed;
    const satisfied = counts[3] + counts[4];
    const mean = counts.reduce((sum, count, index) => sum + count * (index + 1), 0) / answered;
    return {
      code: question.code,
      kind: 'LIKERT',
      suppressed: false,
      counts,
      answered,
      notApplicable,
      mean,
      satisfied,
      satisfiedShare: satisfied / answered,
    };
  });
}

/**
 * The means a closed round keeps for the release (`question_means`): each rating question with a result
 * (not suppressed), its mean rounded to 2 decimals, by code.
 */
export function publishedQuestionMeans(results: readonly QuestionResult[]): Record<string, number> {
  return Object.fromEntries(
    results.flatMap((result) =>
      !result.suppressed && result.kind === 'LIKERT' ? [[result.code, Math.round(result.mean * 100) / 100] as const] : [],
    ),
  );
}

/** Letters and digits that cannot be mistaken for each other when typed from a poster (no 0/O, 1/l/I). */
export const ROUND_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
export const ROUND_CODE_PATTERN = /^[A-Za-z0-9]{10}$/;

/** A round's public code (10 characters of ROUND_CODE_ALPHABET, about 58 bits), each drawn by `index(size)`. */
export function roundCode(index: (size: number) => number): string {
  return Array.from({ length: 10 }, () => ROUND_CODE_ALPHABET[index(ROUND_CODE_ALPHABET.length)]).join('');
}

// ---------------------------------------------------------------------------------------------------
// The coordinator's progress

export interface RoundProgressInput {
  responses: number;
  /** How many were invited (employees' single-use links); null for a public client link. */
  invited: number | null;
  minResponses: number;
}

export interface RoundProgress {
  responses: number;
  invited: number | null;
  /** responses / invited, 0..1; null when the number invited is not known (or zero). */
  responseRate: number | null;
  /** Whether the round has enough respondents for per-question results (each question still needs its own answers). */
  resultsAvailable: boolean;
  /** Responses still needed before per-question results are shown (0 once available). */
  missingForResults: number;
}

export function roundProgress({ responses, invited, minResponses }: RoundProgressInput): RoundProgress {
  checkThreshold(minResponses);
  const responseRate = invited !== null && invited > 0 ? responses / invited : null;
  return {
    responses,
    invited,
    responseRate,
    resultsAvailable: responses >= minResponses,
    missingForResults: Math.max(0, minResponses - responses),
  };
}

// ---------------------------------------------------------------------------------------------------
// The public form's anti-spam rules (the API signs the payload; nothing about the respondent is in it)

/** Answers sent sooner than this after the form was issued are a robot's. */
export const FORM_MIN_SECONDS = 3;
/** A form older than this is stale: the respondent reloads it. */
export const FORM_MAX_HOURS = 24;

const FORM_TOKEN_PREFIX = 'survey-form:v1';

/**
 * The text the API signs (HMAC) into the public form's hidden token: the round, when the form was issued
 * and a random nonce (from the API's crypto, base64url, 16-64 characters) so that every form has its own
 * token, whose hash the API keeps until it expires to refuse a second answer with it. Nothing about who
 * opened the form. `parseFormTokenPayload` reads it back after the signature checks.
 */
export function formTokenPayload(roundId: string, issuedAt: Date, nonce: string): string {
  if (!ROUND_ID.test(roundId)) throw new Error('a round id is letters, digits and hyphens');
  if (!NONCE.test(nonce)) throw new Error('a nonce is 16-64 base64url characters');
  if (Number.isNaN(issuedAt.getTime())) throw new Error('an issue time is a valid date');
  return `${FORM_TOKEN_PREFIX}:${roundId}:${issuedAt.getTime()}:${nonce}`;
}

const ROUND_ID = /^[A-Za-z0-9-]{1,64}$/;
const NONCE = /^[A-Za-z0-9_-]{16,64}$/;
const PAYLOAD = /^survey-form:v1:([A-Za-z0-9-]{1,64}):(\d{1,15}):([A-Za-z0-9_-]{16,64})$/;

export function parseFormTokenPayload(payload: string): { roundId: string; issuedAt: Date; nonce: string } | null {
  const match = PAYLOAD.exec(payload);
  if (!match) return null;
  return { roundId: match[1], issuedAt: new Date(Number(match[2])), nonce: match[3] };
}

export type FormTimingCheck = { ok: true } | { ok: false; reason: 'TOO_FAST' | 'EXPIRED' };

/**
 * Refuses answers sent less than FORM_MIN_SECONDS after the form was issued (or before it, by a clock
 * that cannot be trusted) and more than FORM_MAX_HOURS after.
 */
export function checkFormTiming(issuedAt: Date, submittedAt: Date): FormTimingCheck {
  const elapsed = submittedAt.getTime() - issuedAt.getTime();
  if (Number.isNaN(elapsed) || elapsed < FORM_MIN_SECONDS * 1000) return { ok: false, reason: 'TOO_FAST' };
  if (elapsed > FORM_MAX_HOURS * 3600 * 1000) return { ok: false, reason: 'EXPIRED' };
  return { ok: true };
}

/**
 * The honeypot: a field hidden from people (and from assistive technology) that only a robot fills in.
 * Anything but absent, null or blank is a robot's answer; such a response is dropped without saying why.
 */
export function isHoneypotFilled(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  return true;
}
