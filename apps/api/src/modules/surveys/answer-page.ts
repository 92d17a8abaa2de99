import {
  describeSurveyProblem,
  englishCount,
  LIKERT_SCALE,
  normaliseSurveyText,
  NOT_APPLICABLE_LABEL,
  polishCount,
  SURVEY_INTRODUCTIONS,
  SURVEY_MIN_RESPONSES,
  SURVEY_TEXT_MAX_LENGTH,
  SURVEY_TITLES,
  type Language,
  type Questionnaire,
  type SurveyKind,
  type SurveyProblem,
  type SurveyQuestion,
} from '@officebench/domain';

/**
 * The public answering page of a satisfaction survey (docs/surveys.md), rendered on the server as plain HTML:
 * it works without JavaScript, and one small external script (SURVEY_PAGE_JS) only enhances it. The site's
 * Content-Security-Policy allows scripts and styles from the site only, so the page has no inline script, no
 * <style> element and no style attribute. Every interpolated string goes through escapeHtml.
 */

export interface AnswerPageRound {
  /** The round's public code (URL-safe); the page lives at /ankieta/<code>. */
  code: string;
  kind: SurveyKind;
  /** Entered by people: escaped like every other text. */
  officeName: string;
  /** E.g. '2026'. */
  periodLabel: string;
  questionnaire: Questionnaire;
}

export interface SurveyFormView {
  round: AnswerPageRound;
  language: Language;
  /** The hidden field `formToken`. */
  formToken: string;
  /** An employee's single-use token, the hidden field `invitation`; null for clients. */
  invitation: string | null;
  /** The raw values sent before, by question code ('1'..'5', 'na' or the text), re-shown after an error. */
  values: Readonly<Record<string, string>>;
  /** Shown in a summary at the top and beside each question concerned. */
  problems: readonly SurveyProblem[];
  /** An extra message at the top, already in the page's language. */
  notice: string | null;
}

export type SurveyNoticeKind = 'THANKS' | 'UNKNOWN' | 'CLOSED' | 'INVITATION_USED' | 'RATE_LIMITED';

export const SURVEY_ASSET_PATHS = { css: '/ankieta/zasoby/ankieta.css', js: '/ankieta/zasoby/ankieta.js' } as const;

/** The local storage key prefix under which a browser remembers that it answered a round (see SURVEY_PAGE_JS). */
const ANSWERED_KEY_PREFIX = 'officebench.survey.';

// ---------------------------------------------------------------------------------------------------
// Texts

const TEXTS = {
  pl: {
    required: 'wymagane',
    period: (label: string) => `Rok ${label}`,
    anonymity: {
      CLIENT: 'Nie zbieramy żadnych danych osobowych.',
      EMPLOYEE: `Link działa tylko raz i nie jest przechowywany razem z odpowiedziami. Wyniki pokazujemy dopiero wtedy, gdy liczba osób, które odpowiedziały, wyniesie co najmniej ${SURVEY_MIN_RESPONSES}.`,
    },
    otherLanguage: { label: 'English', language: 'en' as Language },
    alreadyAnswered: 'Z tej przeglądarki już wysłano odpowiedź w tej ankiecie. Jeśli to pomyłka, możesz odpowiedzieć ponownie.',
    errorTitlePrefix: 'Błąd: ',
    errorSummary: (count: number) =>
      `Odpowiedzi nie zostały wysłane. Prosimy poprawić formularz (${polishCount(count, { one: 'uwaga', few: 'uwagi', many: 'uwag' })}).`,
    question: (number: number) => `Pytanie ${number}`,
    textHint: `Prosimy nie wpisywać imion, nazwisk ani innych danych osobowych. Najwyżej ${polishCount(SURVEY_TEXT_MAX_LENGTH, { one: 'znak', few: 'znaki', many: 'znaków' })}.`,
    honeypot: 'Prosimy zostawić to pole puste',
    submit: 'Wyślij odpowiedzi',
    sending: 'Wysyłanie…',
    notices: {
      THANKS: {
        title: 'Dziękujemy za wypełnienie ankiety',
        text: 'Odpowiedzi zostały zapisane. Można już zamknąć tę stronę.',
      },
      UNKNOWN: {
        title: 'Nie znaleziono ankiety',
        text: 'Pod tym adresem nie ma ankiety. Prosimy sprawdzić, czy link lub kod QR został przepisany w całości.',
      },
      CLOSED: {
        title: 'Ankieta jest zamknięta',
        text: 'Ta ankieta nie przyjmuje już odpowiedzi. Dziękujemy za zainteresowanie.',
      },
      INVITATION_USED: {
        title: 'Ten link jest nieważny',
        text: 'Link do ankiety pracowniczej jest jednorazowy: ten został już wykorzystany albo jest niepełny. Jeśli nie wysłał(‑a) Pan/Pani jeszcze odpowiedzi, prosimy sprawdzić link lub poprosić o nowy osobę, która rozdaje linki.',
      },
      RATE_LIMITED: {
        title: 'Zbyt wiele odpowiedzi',
        text: 'Z tej sieci wysłano w krótkim czasie zbyt wiele odpowiedzi. Prosimy spróbować ponownie za jakiś czas.',
      },
    },
  },
  en: {
    required: 'required',
    period: (label: string) => `Year ${label}`,
    anonymity: {
      CLIENT: 'We collect no personal data.',
      EMPLOYEE: `The link works only once and is not kept with the answers. Results are shown only once at least ${englishCount(SURVEY_MIN_RESPONSES, { one: 'person has', other: 'people have' })} answered.`,
    },
    otherLanguage: { label: 'Polski', language: 'pl' as Language },
    alreadyAnswered: 'An answer to this survey has already been sent from this browser. If that is a mistake, you may answer again.',
    errorTitlePrefix: 'Error: ',
    errorSummary: (count: number) =>
      `The answers were not sent. Please correct the form (${englishCount(count, { one: 'problem', other: 'problems' })}).`,
    question: (number: number) => `Question ${number}`,
    textHint: `Please do not write names or any other personal data. At most ${englishCount(SURVEY_TEXT_MAX_LENGTH, { one: 'character', other: 'characters' })}.`,
    honeypot: 'Please leave this field empty',
    submit: 'Send answers',
    sending: 'Sending…',
    notices: {
      THANKS: {
        title: 'Thank you for answering the survey',
        text: 'Your answers have been saved. You can close this page now.',
      },
      UNKNOWN: {
        title: 'Survey not found',
        text: 'There is no survey at this address. Please check that the link or QR code was copied in full.',
      },
      CLOSED: {
        title: 'The survey is closed',
        text: 'This survey no longer accepts answers. Thank you for your interest.',
      },
      INVITATION_USED: {
        title: 'This link is not valid',
        text: 'A link to the employee survey can be used once: this one has already been used or is incomplete. If you have not sent your answers yet, please check the link or ask the person who hands out the links for a new one.',
      },
      RATE_LIMITED: {
        title: 'Too many answers',
        text: 'Too many answers were sent from this network in a short time. Please try again later.',
      },
    },
  },
} satisfies Record<Language, unknown>;

// ---------------------------------------------------------------------------------------------------
// HTML

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in element content and in double-quoted attribute values. */
function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]);
}

/** Attributes from name -> value (true: a boolean attribute; false or undefined: left out), values escaped. */
function attributes(entries: Record<string, string | boolean | undefined>): string {
  return Object.entries(entries)
    .filter(([, value]) => value !== false && value !== undefined)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value as string)}"`))
    .join('');
}

function pageUrl(code: string, query: Record<string, string | null>, page = ''): string {
  const search = Object.entries(query)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
    .join('&');
  return `/ankieta/${encodeURIComponent(code)}${page}${search === '' ? '' : `?${search}`}`;
}

/** The link to the same page in the other language. */
function languageSwitch(language: Language, href: string): string {
  const other = TEXTS[language].otherLanguage;
  return `<p class="language-switch"><a${attributes({ href, lang: other.language, hreflang: other.language })}>${other.label}</a></p>`;
}

interface DocumentParts {
  language: Language;
  title: string;
  bodyAttributes: Record<string, string | undefined>;
  content: string;
}

function htmlDocument({ language, title, bodyAttributes, content }: DocumentParts): string {
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${SURVEY_ASSET_PATHS.css}">
<script src="${SURVEY_ASSET_PATHS.js}" defer></script>
</head>
<body${attributes(bodyAttributes)}>
<main class="page">
${content}
</main>
</body>
</html>
`;
}

function heading(title: string, officeName: string): string {
  return `<h1>${escapeHtml(title)}</h1>
<p class="office">${escapeHtml(officeName)}</p>`;
}

// ---------------------------------------------------------------------------------------------------
// The form

const fieldName = (question: SurveyQuestion) => `q_${question.code}`;
/** The id of a question's first input: the error summary's links lead there. */
const questionId = fieldName;
const errorId = (question: SurveyQuestion) => `${questionId(question)}-error`;

interface QuestionState {
  question: SurveyQuestion;
  number: number;
  value: string | undefined;
  /** The sentences of this question's problems. */
  errors: string[];
}

function questionLabel(state: QuestionState, language: Language): string {
  const required = state.question.required ? ` <span class="required">(${TEXTS[language].required})</span>` : '';
  return `${state.number}. ${escapeHtml(state.question.text[language])}${required}`;
}

function errorMessage(state: QuestionState): string {
  if (state.errors.length === 0) return '';
  return `\n<p class="field-error" id="${errorId(state.question)}">${state.errors.map(escapeHtml).join(' ')}</p>`;
}

function likertQuestion(state: QuestionState, language: Language): string {
  const { question } = state;
  const choices = [
    ...LIKERT_SCALE.map(({ value, label }) => ({ value: String(value), label: `${value} — ${label[language]}` })),
    ...(question.required ? [] : [{ value: 'na', label: NOT_APPLICABLE_LABEL[language] }]),
  ];
  const invalid = state.errors.length > 0;
  const radios = choices.map((choice, index) => {
    const id = index === 0 ? questionId(question) : `${questionId(question)}-${choice.value}`;
    const input = attributes({
      type: 'radio',
      id,
      name: fieldName(question),
      value: choice.value,
      required: question.required,
      checked: state.value === choice.value,
      'aria-invalid': invalid ? 'true' : undefined,
      'aria-describedby': invalid ? errorId(question) : undefined,
    });
    return `<li class="choice"><input${input}><label for="${id}">${escapeHtml(choice.label)}</label></li>`;
  });
  return `<fieldset class="question${invalid ? ' has-error' : ''}">
<legend>${questionLabel(state, language)}</legend>${errorMessage(state)}
<ul class="choices">
${radios.join('\n')}
</ul>
</fieldset>`;
}

function textQuestion(state: QuestionState, language: Language): string {
  const { question } = state;
  const invalid = state.errors.length > 0;
  const hintId = `${questionId(question)}-hint`;
  const textarea = attributes({
    id: questionId(question),
    name: fieldName(question),
    rows: '5',
    maxlength: String(SURVEY_TEXT_MAX_LENGTH),
    'aria-invalid': invalid ? 'true' : undefined,
    'aria-describedby': invalid ? `${hintId} ${errorId(question)}` : hintId,
  });
  // The line feed after <textarea> is dropped by HTML parsers, so a re-shown text that starts with one keeps it.
  return `<div class="question${invalid ? ' has-error' : ''}">
<label class="question-label" for="${questionId(question)}">${questionLabel(state, language)}</label>
<p class="hint" id="${hintId}">${escapeHtml(TEXTS[language].textHint)}</p>${errorMessage(state)}
<textarea${textarea}>
${escapeHtml(state.value ?? '')}</textarea>
</div>`;
}

function errorSummary(states: readonly QuestionState[], problems: readonly SurveyProblem[], language: Language): string {
  if (problems.length === 0) return '';
  // In the order of the page; problems of no question on it come last.
  const located = problems.map((surveyProblem) => ({
    surveyProblem,
    state: states.find((candidate) => candidate.question.code === surveyProblem.questionCode),
  }));
  located.sort((a, b) => (a.state?.number ?? Number.MAX_SAFE_INTEGER) - (b.state?.number ?? Number.MAX_SAFE_INTEGER));
  const items = located.map(({ surveyProblem, state }) => {
    if (!state) return `<li>${escapeHtml(describeSurveyProblem(surveyProblem, language))}</li>`;
    return `<li><a href="#${questionId(state.question)}">${escapeHtml(describeQuestionProblem(surveyProblem, state.number, language))}</a></li>`;
  });
  return `<div class="error-summary" id="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
<h2 id="error-summary-title">${escapeHtml(TEXTS[language].errorSummary(problems.length))}</h2>
<ul>
${items.join('\n')}
</ul>
</div>`;
}

/** A problem's sentence naming the question by its number on the page ("Pytanie 3: …"), not by its code. */
function describeQuestionProblem(surveyProblem: SurveyProblem, number: number, language: Language): string {
  return describeSurveyProblem({ ...surveyProblem, questionCode: TEXTS[language].question(number) }, language);
}

/** A whole HTML document: the survey's form. */
export function renderSurveyForm(view: SurveyFormView): string {
  const { round, language } = view;
  const texts = TEXTS[language];
  const title = SURVEY_TITLES[round.kind][language];
  const states: QuestionState[] = round.questionnaire.questions.map((question, index) => ({
    question,
    number: index + 1,
    value: Object.prototype.hasOwnProperty.call(view.values, question.code) ? view.values[question.code] : undefined,
    errors: view.problems
      .filter((surveyProblem) => surveyProblem.questionCode === question.code)
      .map((surveyProblem) => describeQuestionProblem(surveyProblem, index + 1, language)),
  }));
  const other = texts.otherLanguage;
  const switchUrl = pageUrl(round.code, { t: view.invitation, lang: other.language });
  const hidden = [
    ['formToken', view.formToken],
    ['invitation', view.invitation],
    ['lang', language],
  ]
    .filter((field): field is [string, string] => field[1] !== null)
    .map(([name, value]) => `<input${attributes({ type: 'hidden', name, value })}>`);
  // A form turned back (too fast, expired) is announced and focused like the error summary.
  const notice =
    view.notice === null ? '' : `\n<div class="notice" id="form-notice" role="alert" tabindex="-1"><p>${escapeHtml(view.notice)}</p></div>`;
  const alreadyAnswered =
    round.kind === 'CLIENT'
      ? `\n<p class="already-answered" id="already-answered" role="status" hidden>${escapeHtml(texts.alreadyAnswered)}</p>`
      : '';
  const questions = states.map((state) =>
    state.question.kind === 'LIKERT' ? likertQuestion(state, language) : textQuestion(state, language),
  );
  const content = `${languageSwitch(language, switchUrl)}
<header class="intro">
${heading(title, round.officeName)}
<p class="period">${escapeHtml(texts.period(round.periodLabel))}</p>
<p>${escapeHtml(SURVEY_INTRODUCTIONS[round.kind][language])}</p>
<p>${escapeHtml(texts.anonymity[round.kind])}</p>
</header>${notice}${alreadyAnswered}
${errorSummary(states, view.problems, language)}
<form id="survey-form" method="post" novalidate action="${escapeHtml(pageUrl(round.code, { lang: language === 'en' ? 'en' : null }))}">
${hidden.join('\n')}
<div class="visually-hidden" aria-hidden="true"><label for="website">${escapeHtml(texts.honeypot)}</label><input type="text" id="website" name="website" value="" tabindex="-1" autocomplete="off"></div>
${questions.join('\n')}
<button type="submit" class="submit"${attributes({ 'data-sending-label': texts.sending })}>${escapeHtml(texts.submit)}</button>
</form>`;
  return htmlDocument({
    language,
    title: `${view.problems.length > 0 || view.notice !== null ? texts.errorTitlePrefix : ''}${title} — ${round.officeName}`,
    bodyAttributes: { 'data-round': round.code, 'data-kind': round.kind },
    content,
  });
}

// ---------------------------------------------------------------------------------------------------
// The one-message pages

/**
 * A whole HTML document with one message: thanks after answering, an unknown link, a closed round, an employee
 * link already used or invalid, too many answers from this network. Only a client round's thanks page marks the
 * body with data-answered-round (the browser then remembers it answered): on an employee survey, often filled
 * in on a shared office computer, that trace would serve nothing and could tell others who answered.
 */
export function renderSurveyNotice(notice: {
  kind: SurveyNoticeKind;
  language: Language;
  round: Pick<AnswerPageRound, 'code' | 'kind' | 'officeName'> | null;
}): string {
  const { kind, language, round } = notice;
  const message = TEXTS[language].notices[kind];
  const top =
    round === null
      ? `<h1>${escapeHtml(message.title)}</h1>`
      : `${heading(message.title, round.officeName)}\n<p class="survey-name">${escapeHtml(SURVEY_TITLES[round.kind][language])}</p>`;
  return htmlDocument({
    language,
    title: round === null ? message.title : `${message.title} — ${round.officeName}`,
    bodyAttributes: { 'data-answered-round': kind === 'THANKS' && round?.kind === 'CLIENT' ? round.code : undefined },
    // The same message in the other language (an unknown link has no page to switch).
    content: `${round === null ? '' : `${languageSwitch(language, pageUrl(round.code, { lang: TEXTS[language].otherLanguage.language }, kind === 'THANKS' ? '/dziekujemy' : ''))}\n`}<header class="intro">
${top}
</header>
<p class="message">${escapeHtml(message.text)}</p>`,
  });
}

// ---------------------------------------------------------------------------------------------------
// Reading a submitted form

const LIKERT_FIELD_VALUES: Readonly<Record<string, number | null>> = { '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, na: null };

/** A field's own value (a data property, never a getter or an inherited one); undefined when absent. */
function ownField(body: object, name: string): unknown {
  return Object.getOwnPropertyDescriptor(body, name)?.value;
}

/**
 * The submitted form's fields (an urlencoded or JSON body, as an object) -> the answers object that
 * validateAnswers takes, and the raw values to re-show. Per question the field `q_<CODE>`: for a Likert one
 * '1'..'5' -> the number, 'na' -> null, '' or absent -> absent (skipped), anything else passed as it is so that
 * validateAnswers refuses it with its own sentence; for a text one the string, absent when it is blank. Fields of
 * no question are ignored. Never throws.
 */
export function readFormAnswers(
  questionnaire: Questionnaire,
  body: unknown,
): { answers: Record<string, unknown>; values: Record<string, string> } {
  const answers: Record<string, unknown> = {};
  const values: Record<string, string> = {};
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { answers, values };
  for (const question of questionnaire.questions) {
    const raw = ownField(body, fieldName(question));
    if (raw === undefined || raw === '') continue;
    if (typeof raw === 'string') values[question.code] = raw;
    if (question.kind === 'LIKERT') {
      answers[question.code] =
        typeof raw === 'string' && Object.prototype.hasOwnProperty.call(LIKERT_FIELD_VALUES, raw) ? LIKERT_FIELD_VALUES[raw] : raw;
    } else if (typeof raw !== 'string' || normaliseSurveyText(raw) !== null) {
      answers[question.code] = raw;
    }
  }
  return { answers, values };
}

// ---------------------------------------------------------------------------------------------------
// The assets

/**
 * Mobile first, 16 px and up, WCAG AA contrast, visible focus, touch targets of at least 44 px. The scale stays a
 * vertical list at every width: six choices in a row of 42rem would break their words.
 */
export const SURVEY_PAGE_CSS = `*, *::before, *::after { box-sizing: border-box; }
html { font-size: 100%; -webkit-text-size-adjust: 100%; }
body {
  margin: 0;
  background: #f4f5f7;
  color: #1b1f24;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 1.0625rem;
  line-height: 1.5;
  overflow-wrap: break-word;
}
.page { max-width: 42rem; margin: 0 auto; padding: 1rem; background: #ffffff; min-height: 100vh; }
h1 { font-size: 1.5rem; line-height: 1.25; margin: 0.5rem 0; }
h2 { font-size: 1.125rem; line-height: 1.3; margin: 0 0 0.5rem; }
p { margin: 0 0 1rem; }
a { color: #0b4f9c; text-decoration: underline; }
a:hover { color: #07346a; }
:focus-visible { outline: 3px solid #b35900; outline-offset: 2px; }
.language-switch { text-align: right; margin: 0; }
.language-switch a { display: inline-block; min-height: 44px; padding: 0.6rem 0.25rem; }
.intro { margin-bottom: 1.5rem; }
.office { font-weight: 600; margin: 0; }
.period, .survey-name { color: #474d55; }
.notice, .already-answered, .message {
  border-left: 0.3rem solid #0b4f9c;
  background: #eaf1fa;
  padding: 0.75rem 1rem;
}
.notice p { margin: 0; }
.error-summary { border: 0.2rem solid #b00020; padding: 1rem; margin-bottom: 1.5rem; }
.error-summary ul { margin: 0; padding-left: 1.25rem; }
.error-summary li { margin-bottom: 0.5rem; }
.error-summary a { color: #b00020; font-weight: 600; }
.question { border: 0; margin: 0 0 1.75rem; padding: 0; min-width: 0; }
.question.has-error { border-left: 0.3rem solid #b00020; padding-left: 0.75rem; }
.question legend { float: left; width: 100%; }
.question legend + * { clear: both; }
.question legend, .question-label { display: block; font-weight: 600; padding: 0; margin-bottom: 0.5rem; }
.required { font-weight: 400; color: #474d55; }
.hint { color: #474d55; margin: 0 0 0.5rem; }
.field-error { color: #b00020; font-weight: 600; margin: 0 0 0.5rem; }
.choices { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; }
.choice { position: relative; }
.choice input { position: absolute; top: 0.75rem; left: 0.75rem; width: 1.25rem; height: 1.25rem; margin: 0; accent-color: #0b4f9c; }
.choice label {
  display: block;
  min-height: 44px;
  padding: 0.6rem 0.75rem 0.6rem 2.5rem;
  border: 1px solid #767d86;
  border-radius: 0.375rem;
  cursor: pointer;
}
.choice input:checked + label { border: 2px solid #0b4f9c; background: #eaf1fa; }
.choice input:focus-visible + label { outline: 3px solid #b35900; outline-offset: 2px; }
textarea {
  display: block;
  width: 100%;
  min-height: 8rem;
  padding: 0.6rem;
  border: 1px solid #767d86;
  border-radius: 0.375rem;
  font: inherit;
  color: inherit;
}
.has-error textarea { border: 2px solid #b00020; }
.submit {
  display: block;
  width: 100%;
  min-height: 48px;
  padding: 0.75rem 1.5rem;
  border: 0;
  border-radius: 0.375rem;
  background: #0b4f9c;
  color: #ffffff;
  font: inherit;
  font-weight: 600;
  cursor: pointer;
}
.submit:hover { background: #07346a; }
.submit:disabled { background: #474d55; cursor: progress; }
.visually-hidden {
  position: absolute !important;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip: rect(0 0 0 0);
  clip-path: inset(50%);
  white-space: nowrap;
  border: 0;
}
@media (min-width: 48rem) {
  body { padding: 2rem 0; }
  .page { padding: 2rem; min-height: 0; border-radius: 0.5rem; }
  .submit { width: auto; }
}
`;

/**
 * The page's one script (plain ES2017, no modules): stops a second sending of the form, focuses the error
 * summary, remembers in local storage a client round answered from this browser (the thanks page carries
 * data-answered-round) and then shows the client form's note saying so. The note discourages, it does not block.
 */
export const SURVEY_PAGE_JS = `(function () {
  'use strict';
  var PREFIX = ${JSON.stringify(ANSWERED_KEY_PREFIX)};
  function remember(code) {
    try {
      window.localStorage.setItem(PREFIX + code, '1');
    } catch (error) {
      // Storage refused (private mode, full, blocked): nothing to remember.
    }
  }
  function answered(code) {
    try {
      return window.localStorage.getItem(PREFIX + code) === '1';
    } catch (error) {
      return false;
    }
  }
  var body = document.body;
  var answeredRound = body.getAttribute('data-answered-round');
  if (answeredRound) remember(answeredRound);
  var round = body.getAttribute('data-round');
  if (round && body.getAttribute('data-kind') === 'CLIENT' && answered(round)) {
    var note = document.getElementById('already-answered');
    if (note) note.hidden = false;
  }
  var summary = document.getElementById('error-summary') || document.getElementById('form-notice');
  if (summary) summary.focus();
  // A link of the summary shows the whole question (its text and its error), not just its first choice.
  if (summary)
    summary.addEventListener('click', function (event) {
      var link = event.target.closest('a[href^="#"]');
      var input = link && document.getElementById(link.getAttribute('href').slice(1));
      if (!input) return;
      event.preventDefault();
      var question = input.closest('.question');
      var heading = question && question.querySelector('legend, .question-label');
      (heading || input).scrollIntoView({ block: 'start' });
      // A little room above the question's text.
      window.scrollBy(0, -16);
      input.focus({ preventScroll: true });
    });
  var form = document.getElementById('survey-form');
  if (!form) return;
  var button = form.querySelector('button[type="submit"]');
  var label = button ? button.textContent : '';
  var sending = false;
  form.addEventListener('submit', function (event) {
    if (sending) {
      event.preventDefault();
      return;
    }
    sending = true;
    if (button) {
      button.disabled = true;
      button.textContent = button.getAttribute('data-sending-label') || label;
    }
  });
  // Back to this page from the browser's cache: the form can be sent again.
  window.addEventListener('pageshow', function (event) {
    if (!event.persisted) return;
    sending = false;
    if (button) {
      button.disabled = false;
      button.textContent = label;
    }
  });
})();
`;
