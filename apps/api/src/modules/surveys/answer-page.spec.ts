import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import {
  describeSurveyProblem,
  LIKERT_SCALE,
  normaliseSurveyText,
  NOT_APPLICABLE_LABEL,
  questionnaireFor,
  SURVEY_INTRODUCTIONS,
  SURVEY_KINDS,
  SURVEY_TEXT_MAX_LENGTH,
  SURVEY_TITLES,
  validateAnswers,
  type ExtraQuestionInput,
  type Language,
  type Questionnaire,
  type SurveyKind,
  type SurveyProblem,
} from '@officebench/domain';
import {
  readFormAnswers,
  renderSurveyForm,
  renderSurveyNotice,
  SURVEY_ASSET_PATHS,
  SURVEY_PAGE_CSS,
  SURVEY_PAGE_JS,
  type AnswerPageRound,
  type SurveyFormView,
  type SurveyNoticeKind,
} from './answer-page';

// ---------------------------------------------------------------------------------------------------
// A strict HTML reader. No HTML parser is installed in the repository (no jsdom, parse5, htmlparser2 or
// linkedom), so these specs read the pages with this one. It is stricter than a browser, on purpose: every
// element is closed explicitly, attribute values are double-quoted, a "<" or ">" in text or in an attribute
// value and an "&" that is not one of the five escapes are refused, and block elements inside phrasing ones
// (which a browser would silently move) are refused. Text in the tree is decoded.

interface HtmlElement {
  name: string;
  attributes: Record<string, string>;
  children: HtmlNode[];
  parent: HtmlElement | null;
}
type HtmlNode = HtmlElement | { text: string };

const VOID_ELEMENTS = new Set(['meta', 'link', 'input', 'br']);
const PHRASING_ONLY = new Set(['p', 'label', 'legend', 'button', 'a', 'span', 'h1', 'h2', 'title']);
const BLOCKS = new Set(['div', 'p', 'ul', 'li', 'fieldset', 'form', 'header', 'main', 'h1', 'h2', 'textarea']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

function decode(raw: string, where: number): string {
  if (/[<>]/.test(raw)) throw new Error(`a raw < or > at ${where}`);
  return raw.replace(/&([^;&\s]*)(;?)/g, (_match, name: string, semicolon: string) => {
    if (semicolon !== ';' || !(name in ENTITIES)) throw new Error(`an unknown character reference &${name} at ${where}`);
    return ENTITIES[name];
  });
}

function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { name: '#document', attributes: {}, children: [], parent: null };
  const doctype = /^<!doctype html>\n/.exec(html);
  if (!doctype) throw new Error('no <!doctype html> first');
  const start = /<([a-z][a-z0-9]*)((?:\s+[a-z][a-z0-9-]*(?:="[^"]*")?)*)>/y;
  const end = /<\/([a-z][a-z0-9]*)>/y;
  let current = root;
  let position = doctype[0].length;
  while (position < html.length) {
    if (html[position] !== '<') {
      const next = html.indexOf('<', position);
      const stop = next === -1 ? html.length : next;
      current.children.push({ text: decode(html.slice(position, stop), position) });
      position = stop;
      continue;
    }
    end.lastIndex = position;
    const closing = end.exec(html);
    if (closing) {
      if (closing[1] !== current.name || current.parent === null)
        throw new Error(`</${closing[1]}> closes <${current.name}> at ${position}`);
      current = current.parent;
      position = end.lastIndex;
      continue;
    }
    start.lastIndex = position;
    const opening = start.exec(html);
    if (!opening) throw new Error(`not a tag at ${position}: ${html.slice(position, position + 60)}`);
    const element: HtmlElement = { name: opening[1], attributes: {}, children: [], parent: current };
    for (const [, name, value] of opening[2].matchAll(/\s+([a-z][a-z0-9-]*)(?:="([^"]*)")?/g)) {
      if (name in element.attributes) throw new Error(`attribute ${name} twice at ${position}`);
      element.attributes[name] = value === undefined ? '' : decode(value, position);
    }
    if (PHRASING_ONLY.has(current.name) && BLOCKS.has(element.name))
      throw new Error(`<${element.name}> inside <${current.name}> at ${position}`);
    current.children.push(element);
    position = start.lastIndex;
    if (!VOID_ELEMENTS.has(element.name)) current = element;
    // As in HTML, a line feed right after <textarea> is not part of its text.
    if (element.name === 'textarea' && html[position] === '\n') position += 1;
  }
  if (current !== root) throw new Error(`<${current.name}> is not closed`);
  return root;
}

function* descendants(element: HtmlElement): Generator<HtmlElement> {
  for (const child of element.children) {
    if ('text' in child) continue;
    yield child;
    yield* descendants(child);
  }
}

const findAll = (root: HtmlElement, test: (element: HtmlElement) => boolean) => [...descendants(root)].filter(test);
const byName = (root: HtmlElement, name: string) => findAll(root, (element) => element.name === name);
const textOf = (element: HtmlElement): string => element.children.map((child) => ('text' in child ? child.text : textOf(child))).join('');
const squeezed = (element: HtmlElement) => textOf(element).replace(/\s+/g, ' ').trim();
const elementChildren = (element: HtmlElement) => element.children.filter((child): child is HtmlElement => !('text' in child));

function byId(root: HtmlElement, id: string): HtmlElement {
  const found = findAll(root, (element) => element.attributes.id === id);
  if (found.length !== 1) throw new Error(`${found.length} elements with id ${id}`);
  return found[0];
}

function isInside(element: HtmlElement, ancestor: HtmlElement): boolean {
  for (let parent = element.parent; parent !== null; parent = parent.parent) if (parent === ancestor) return true;
  return false;
}

describe('the strict HTML reader of these specs', () => {
  it('reads a well-formed page and refuses what a browser would read differently', () => {
    const page = parseHtml('<!doctype html>\n<p title="a &amp; b">x &lt;y&gt;</p>');
    expect(page.children[0]).toMatchObject({ name: 'p', attributes: { title: 'a & b' } });
    expect(textOf(page)).toBe('x <y>');
    for (const bad of [
      '<p>x</p>',
      '<!doctype html>\n<p>a <script>alert(1)</p>',
      '<!doctype html>\n<p title="x" onmouseover="y"">z</p>',
      '<!doctype html>\n<p>a > b</p>',
      '<!doctype html>\n<p>Tom & Jerry</p>',
      '<!doctype html>\n<p><div>x</div></p>',
      '<!doctype html>\n<p>x',
      '<!doctype html>\n<p title=x>y</p>',
      '<!doctype html>\n<p id="a" id="b">y</p>',
    ])
      expect(() => parseHtml(bad)).toThrow();
  });
});

// ---------------------------------------------------------------------------------------------------
// Fixtures

const LANGUAGES: readonly Language[] = ['pl', 'en'];
const HOSTILE = `<script>alert(1)</script> "onmouseover=alert(1) x='y' & more`;
const EXTRAS: ExtraQuestionInput[] = [
  { code: 'PARKING', kind: 'LIKERT', text: { pl: `Parking ${HOSTILE}`, en: `Parking ${HOSTILE}` } },
  { code: 'IDEAS', kind: 'TEXT', text: { pl: 'Pomysły?', en: 'Ideas?' } },
];

function roundOf(kind: SurveyKind, extras: ExtraQuestionInput[] = [], officeName = 'Urząd Gminy Wólka'): AnswerPageRound {
  return { code: 'k7Hq2mXa9P', kind, officeName, periodLabel: '2026', questionnaire: questionnaireFor(kind, extras) };
}

function viewOf(kind: SurveyKind, language: Language, overrides: Partial<SurveyFormView> = {}): SurveyFormView {
  return {
    round: roundOf(kind, EXTRAS),
    language,
    formToken: 'signed.form-token_1',
    invitation: kind === 'EMPLOYEE' ? 'inv-Token_42' : null,
    values: {},
    problems: [],
    notice: null,
    ...overrides,
  };
}

const CASES = SURVEY_KINDS.flatMap((kind) =>
  LANGUAGES.flatMap((language) => [true, false].map((withExtras) => ({ kind, language, withExtras }))),
);

function formPage(view: SurveyFormView) {
  const html = renderSurveyForm(view);
  return { html, page: parseHtml(html) };
}

/** The field controls of a question (its radios, or its textarea). */
const controlsOf = (page: HtmlElement, code: string) => findAll(page, (element) => element.attributes.name === `q_${code}`);

/** The element that holds a question (its fieldset, or the box around its textarea). */
function questionBox(page: HtmlElement, code: string): HtmlElement {
  const [first] = controlsOf(page, code);
  let box = first.parent;
  while (box !== null && !(box.attributes.class ?? '').split(' ').includes('question')) box = box.parent;
  if (box === null) throw new Error(`no box around ${code}`);
  return box;
}

// ---------------------------------------------------------------------------------------------------
// The form

describe.each(CASES)('the form ($kind, $language, extra questions: $withExtras)', ({ kind, language, withExtras }) => {
  const round = roundOf(kind, withExtras ? EXTRAS : []);
  const view = viewOf(kind, language, { round });
  const { page } = formPage(view);
  const questions = round.questionnaire.questions;

  it('is a whole document in the page language, with one heading, the office, the year, the introduction and a word on anonymity', () => {
    const [html] = elementChildren(page);
    expect(html).toMatchObject({ name: 'html', attributes: { lang: language } });
    expect(byName(page, 'meta').map((meta) => meta.attributes)).toEqual(
      expect.arrayContaining([{ charset: 'utf-8' }, { name: 'viewport', content: 'width=device-width, initial-scale=1' }]),
    );
    expect(squeezed(byName(page, 'title')[0])).toBe(`${SURVEY_TITLES[kind][language]} — Urząd Gminy Wólka`);
    const headings = byName(page, 'h1');
    expect(headings.map(squeezed)).toEqual([SURVEY_TITLES[kind][language]]);
    const body = squeezed(byName(page, 'body')[0]);
    expect(body).toContain('Urząd Gminy Wólka');
    expect(body).toContain(language === 'pl' ? 'Rok 2026' : 'Year 2026');
    expect(body).toContain(SURVEY_INTRODUCTIONS[kind][language]);
    const anonymity = {
      CLIENT: { pl: 'Nie zbieramy żadnych danych osobowych.', en: 'We collect no personal data.' },
      EMPLOYEE: { pl: 'co najmniej 10.', en: 'at least 10 people have answered.' },
    };
    expect(body).toContain(anonymity[kind][language]);
    expect(byName(page, 'body')[0].attributes).toEqual({ 'data-round': round.code, 'data-kind': kind });
  });

  it('links to the other language, keeping an employee’s token', () => {
    const other = language === 'pl' ? 'en' : 'pl';
    const link = findAll(page, (element) => element.name === 'a' && element.attributes.hreflang === other);
    expect(link).toHaveLength(1);
    expect(link[0].attributes.href).toBe(
      kind === 'EMPLOYEE' ? `/ankieta/${round.code}?t=inv-Token_42&lang=${other}` : `/ankieta/${round.code}?lang=${other}`,
    );
    expect(link[0].attributes.lang).toBe(other);
  });

  it('has no inline script, no style element, no style attribute and no event handler attribute: only the two assets', () => {
    const scripts = byName(page, 'script');
    expect(scripts.map((script) => script.attributes)).toEqual([{ src: SURVEY_ASSET_PATHS.js, defer: '' }]);
    expect(scripts[0].children).toEqual([]);
    expect(byName(page, 'style')).toEqual([]);
    expect(findAll(page, (element) => 'style' in element.attributes)).toEqual([]);
    expect(findAll(page, (element) => Object.keys(element.attributes).some((name) => name.startsWith('on')))).toEqual([]);
    expect(byName(page, 'link').map((link) => link.attributes)).toEqual(
      expect.arrayContaining([{ rel: 'stylesheet', href: SURVEY_ASSET_PATHS.css }]),
    );
  });

  it('posts to the round’s address with the hidden fields and the honeypot', () => {
    const [form] = byName(page, 'form');
    // novalidate: the server's error summary, in the page's language, rather than the browser's own bubble.
    expect(form.attributes).toMatchObject({
      novalidate: expect.anything(),
      method: 'post',
      action: language === 'en' ? `/ankieta/${round.code}?lang=en` : `/ankieta/${round.code}`,
    });
    const hidden = Object.fromEntries(
      findAll(form, (element) => element.attributes.type === 'hidden').map((input) => [input.attributes.name, input.attributes.value]),
    );
    expect(hidden).toEqual({
      formToken: 'signed.form-token_1',
      lang: language,
      ...(kind === 'EMPLOYEE' ? { invitation: 'inv-Token_42' } : {}),
    });
    const honeypot = byId(page, 'website');
    expect(honeypot.attributes).toMatchObject({ type: 'text', name: 'website', value: '', tabindex: '-1', autocomplete: 'off' });
    expect(honeypot.parent?.attributes).toMatchObject({ class: 'visually-hidden', 'aria-hidden': 'true' });
    expect(isInside(honeypot, form)).toBe(true);
    const [submit] = byName(form, 'button');
    expect(submit.attributes.type).toBe('submit');
    expect(squeezed(submit)).toBe(language === 'pl' ? 'Wyślij odpowiedzi' : 'Send answers');
  });

  it('labels every control, with unique ids', () => {
    const ids = findAll(page, (element) => 'id' in element.attributes).map((element) => element.attributes.id);
    expect(new Set(ids).size).toBe(ids.length);
    const controls = findAll(
      page,
      (element) => (element.name === 'input' && element.attributes.type !== 'hidden') || element.name === 'textarea',
    );
    expect(controls.length).toBeGreaterThan(questions.length);
    for (const control of controls) {
      const labels = findAll(page, (element) => element.name === 'label' && element.attributes.for === control.attributes.id);
      expect(labels).toHaveLength(1);
      expect(squeezed(labels[0])).not.toBe('');
    }
  });

  it('asks each rating question in a fieldset with a legend and the scale in words; the key question is required and has no “not applicable”', () => {
    for (const question of questions.filter((candidate) => candidate.kind === 'LIKERT')) {
      const radios = controlsOf(page, question.code);
      const fieldset = questionBox(page, question.code);
      expect(fieldset.name).toBe('fieldset');
      const [legend] = elementChildren(fieldset);
      expect(legend.name).toBe('legend');
      expect(squeezed(legend)).toContain(question.text[language]);
      expect(squeezed(legend).includes(language === 'pl' ? '(wymagane)' : '(required)')).toBe(question.required);
      expect(radios.every((radio) => radio.attributes.type === 'radio' && isInside(radio, fieldset))).toBe(true);
      expect(radios[0].attributes.id).toBe(`q_${question.code}`);
      const labels = radios.map((radio) => squeezed(byName(page, 'label').find((label) => label.attributes.for === radio.attributes.id)!));
      const scale = LIKERT_SCALE.map(({ value, label }) => `${value} — ${label[language]}`);
      if (question.required) {
        expect(radios.map((radio) => radio.attributes.value)).toEqual(['1', '2', '3', '4', '5']);
        expect(labels).toEqual(scale);
        expect(radios.every((radio) => 'required' in radio.attributes)).toBe(true);
      } else {
        expect(radios.map((radio) => radio.attributes.value)).toEqual(['1', '2', '3', '4', '5', 'na']);
        expect(labels).toEqual([...scale, NOT_APPLICABLE_LABEL[language]]);
        expect(radios.some((radio) => 'required' in radio.attributes)).toBe(false);
      }
      expect(radios.some((radio) => 'checked' in radio.attributes || 'aria-invalid' in radio.attributes)).toBe(false);
    }
    expect(questions.filter((question) => question.required).map((question) => question.code)).toEqual(['OVERALL']);
  });

  it('asks each open question in a labelled textarea with a limit and a hint not to write personal data', () => {
    for (const question of questions.filter((candidate) => candidate.kind === 'TEXT')) {
      const [textarea] = controlsOf(page, question.code);
      expect(textarea.name).toBe('textarea');
      expect(textarea.attributes).toMatchObject({ id: `q_${question.code}`, maxlength: String(SURVEY_TEXT_MAX_LENGTH) });
      expect(textOf(textarea)).toBe('');
      const hint = byId(page, textarea.attributes['aria-describedby']);
      expect(squeezed(hint)).toContain(language === 'pl' ? 'danych osobowych' : 'personal data');
      expect(squeezed(hint)).toContain(language === 'pl' ? '2000 znaków' : '2000 characters');
    }
  });

  it('has a hidden note for a browser that already answered, on a client form only', () => {
    const notes = findAll(page, (element) => element.attributes.id === 'already-answered');
    if (kind === 'EMPLOYEE') expect(notes).toEqual([]);
    else {
      expect(notes[0].attributes).toMatchObject({ role: 'status', hidden: '' });
      expect(squeezed(notes[0])).toBe(
        language === 'pl'
          ? 'Z tej przeglądarki już wysłano odpowiedź w tej ankiecie. Jeśli to pomyłka, możesz odpowiedzieć ponownie.'
          : 'An answer to this survey has already been sent from this browser. If that is a mistake, you may answer again.',
      );
    }
  });

  it('shows no error summary when there is no problem', () => {
    expect(findAll(page, (element) => element.attributes.role === 'alert')).toEqual([]);
  });
});

describe('the form after a refused answer', () => {
  const sent = {
    q_OVERALL: '',
    q_COURTESY: '7',
    q_PARKING: 'abc',
    q_IMPROVE: 'x'.repeat(SURVEY_TEXT_MAX_LENGTH + 1),
    q_WAITING_TIME: 'na',
  };

  it.each(CASES.filter((entry) => entry.withExtras))(
    'lists the problems at the top, linked to the questions, and marks each question ($kind, $language)',
    ({ kind, language }) => {
      const questionnaire = roundOf(kind, EXTRAS).questionnaire;
      const { answers, values } = readFormAnswers(questionnaire, sent);
      const check = validateAnswers(questionnaire, answers);
      if (check.ok) throw new Error('the answers should be refused');
      const problems: SurveyProblem[] = [...check.problems, { code: 'UNKNOWN_QUESTION', questionCode: 'GONE', params: {} }];
      const { page } = formPage(viewOf(kind, language, { values, problems, notice: 'Formularz wygasł.' }));

      // The error summary and the form's notice are both announced (role alert); the summary names the problems.
      const alerts = findAll(page, (element) => element.attributes.role === 'alert');
      const summary = alerts.find((element) => element.attributes.id === 'error-summary')!;
      expect(alerts.map((element) => element.attributes.id).sort()).toEqual(['error-summary', 'form-notice']);
      expect(squeezed(byId(page, summary.attributes['aria-labelledby']))).toContain(
        language === 'pl' ? `(${problems.length} uwag)` : `(${problems.length} problems)`,
      );
      const items = byName(summary, 'li');
      expect(items).toHaveLength(problems.length);
      const links = byName(summary, 'a');
      const linked = links.map((link) => byId(page, link.attributes.href.replace(/^#/, '')).attributes.name);
      const codes = ['OVERALL', 'COURTESY', 'IMPROVE', 'PARKING'].filter((code) =>
        questionnaire.questions.some((question) => question.code === code),
      );
      // In the order of the questions on the page, not of the problems found.
      expect(linked).toEqual(codes.map((code) => `q_${code}`));
      // A problem of no question (no rating at all), or of a question the page does not have, is listed without a link.
      const unlinked = items.filter((item) => byName(item, 'a').length === 0).map(squeezed);
      expect(unlinked).toEqual([
        describeSurveyProblem({ code: 'NO_LIKERT_ANSWER', questionCode: null, params: {} }, language),
        describeSurveyProblem(problems[problems.length - 1], language),
      ]);

      for (const code of codes) {
        const box = questionBox(page, code);
        const controls = controlsOf(page, code);
        const describedBy = controls.map((control) => control.attributes['aria-describedby'].split(' ').pop()!);
        expect(controls.every((control) => control.attributes['aria-invalid'] === 'true')).toBe(true);
        const error = byId(page, describedBy[0]);
        expect(new Set(describedBy).size).toBe(1);
        expect(isInside(error, box)).toBe(true);
        const number = questionnaire.questions.findIndex((question) => question.code === code) + 1;
        const problem = problems.find((candidate) => candidate.questionCode === code)!;
        const sentence = describeSurveyProblem(
          { ...problem, questionCode: `${language === 'pl' ? 'Pytanie' : 'Question'} ${number}` },
          language,
        );
        expect(squeezed(error)).toBe(sentence);
        expect(links.map(squeezed)).toContain(sentence);
      }
      for (const question of questionnaire.questions.filter((candidate) => !codes.includes(candidate.code)))
        expect(controlsOf(page, question.code).some((control) => 'aria-invalid' in control.attributes)).toBe(false);

      expect(squeezed(byName(page, 'title')[0]).startsWith(language === 'pl' ? 'Błąd: ' : 'Error: ')).toBe(true);
      expect(squeezed(findAll(page, (element) => element.attributes.class === 'notice')[0])).toBe('Formularz wygasł.');
      // The values sent are shown again, the refused ones included.
      expect(controlsOf(page, 'WAITING_TIME').find((radio) => 'checked' in radio.attributes)?.attributes.value ?? null).toBe(
        kind === 'CLIENT' ? 'na' : null,
      );
      expect(textOf(controlsOf(page, 'IMPROVE')[0])).toBe(sent.q_IMPROVE);
    },
  );

  it.each([
    [1, '(1 uwaga)', '(1 problem)'],
    [3, '(3 uwagi)', '(3 problems)'],
    [22, '(22 uwagi)', '(22 problems)'],
    [12, '(12 uwag)', '(12 problems)'],
  ])('counts %i problems in words of the right form', (count, pl, en) => {
    const problems: SurveyProblem[] = Array.from({ length: count }, () => ({ code: 'NO_LIKERT_ANSWER', questionCode: null, params: {} }));
    for (const [language, expected] of [
      ['pl', pl],
      ['en', en],
    ] as const)
      expect(squeezed(byId(formPage(viewOf('CLIENT', language, { problems })).page, 'error-summary-title'))).toContain(expected);
  });

  it('shows again every value sent, whatever it is', () => {
    const questionnaire = questionnaireFor('CLIENT', EXTRAS);
    const value = (kind: 'LIKERT' | 'TEXT') =>
      kind === 'LIKERT' ? fc.constantFrom('1', '2', '3', '4', '5', 'na', '7') : fc.oneof(fc.string(), fc.constant(`\n${HOSTILE}\n`));
    const values = fc.record(Object.fromEntries(questionnaire.questions.map((question) => [question.code, value(question.kind)])), {
      requiredKeys: [],
    }) as fc.Arbitrary<Record<string, string>>;
    fc.assert(
      fc.property(values, fc.constantFrom<Language>('pl', 'en'), (shown, language) => {
        const { page } = formPage({ ...viewOf('CLIENT', language), values: shown });
        for (const question of questionnaire.questions) {
          const controls = controlsOf(page, question.code);
          if (question.kind === 'TEXT') expect(textOf(controls[0])).toBe(shown[question.code] ?? '');
          else {
            const checked = controls.filter((radio) => 'checked' in radio.attributes).map((radio) => radio.attributes.value);
            const expected = shown[question.code];
            expect(checked).toEqual(
              expected !== undefined && controls.some((radio) => radio.attributes.value === expected) ? [expected] : [],
            );
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('hostile text on the form', () => {
  it.each(LANGUAGES)('comes out as text, in %s', (language) => {
    const round = roundOf('EMPLOYEE', EXTRAS, HOSTILE);
    const { html, page } = formPage({
      ...viewOf('EMPLOYEE', language),
      round: { ...round, periodLabel: HOSTILE, code: `a"b<c>&` },
      formToken: HOSTILE,
      invitation: HOSTILE,
      values: { IMPROVE: HOSTILE, PARKING: HOSTILE },
      notice: HOSTILE,
      problems: [{ code: 'UNKNOWN_QUESTION', questionCode: HOSTILE, params: {} }],
    });
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('"onmouseover');
    expect(byName(page, 'script')).toHaveLength(1);
    expect(findAll(page, (element) => Object.keys(element.attributes).some((name) => name.startsWith('on')))).toEqual([]);
    const body = textOf(byName(page, 'body')[0]);
    for (const count of [
      HOSTILE, // office name
      `${language === 'pl' ? 'Rok' : 'Year'} ${HOSTILE}`,
      `Parking ${HOSTILE}`,
    ])
      expect(body).toContain(count);
    expect(squeezed(byName(page, 'title')[0])).toContain(HOSTILE);
    expect(textOf(controlsOf(page, 'IMPROVE')[0])).toBe(HOSTILE);
    expect(byName(page, 'input').find((input) => input.attributes.name === 'formToken')?.attributes.value).toBe(HOSTILE);
    expect(byName(page, 'input').find((input) => input.attributes.name === 'invitation')?.attributes.value).toBe(HOSTILE);
    expect(byName(page, 'form')[0].attributes.action).toMatch(/^\/ankieta\/a%22b%3Cc%3E%26(\?lang=en)?$/);
    expect(byName(page, 'body')[0].attributes['data-round']).toBe(`a"b<c>&`);
  });
});

// ---------------------------------------------------------------------------------------------------
// Reading the form

describe('readFormAnswers', () => {
  const questionnaires: Questionnaire[] = SURVEY_KINDS.flatMap((kind) => [questionnaireFor(kind), questionnaireFor(kind, EXTRAS)]);

  it('reads the fields of a form back into answers that validateAnswers takes unchanged', () => {
    const answer = (questionnaire: Questionnaire) =>
      fc.record(
        Object.fromEntries(
          questionnaire.questions.map((question) => [
            question.code,
            question.required
              ? fc.integer({ min: 1, max: 5 })
              : question.kind === 'LIKERT'
                ? fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant(null))
                : fc.oneof(
                    fc.string({ maxLength: 50 }),
                    fc.string({ unit: 'grapheme', maxLength: 50 }),
                    fc.constant('  Za długa kolejka.\n'),
                  ),
          ]),
        ),
        { requiredKeys: ['OVERALL'] },
      ) as fc.Arbitrary<Record<string, number | string | null>>;
    fc.assert(
      fc.property(
        fc.constantFrom(...questionnaires).chain((questionnaire) => fc.tuple(fc.constant(questionnaire), answer(questionnaire))),
        ([questionnaire, answers]) => {
          const fields = Object.fromEntries(
            Object.entries(answers).map(([code, value]) => [`q_${code}`, value === null ? 'na' : String(value)]),
          );
          const read = readFormAnswers(questionnaire, { ...fields, formToken: 'x', website: '', lang: 'pl' });
          const check = validateAnswers(questionnaire, read.answers);
          const expected = Object.fromEntries(
            Object.entries(answers).flatMap(([code, value]): [string, number | string | null][] => {
              if (typeof value !== 'string') return [[code, value]];
              const text = normaliseSurveyText(value);
              return text === null ? [] : [[code, text]];
            }),
          );
          expect(check).toEqual({ ok: true, answers: expected });
          expect(read.values).toEqual(
            Object.fromEntries(Object.entries(fields).flatMap(([name, value]) => (value === '' ? [] : [[name.slice(2), value]]))),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads a body without a prototype (express.urlencoded with extended: false)', () => {
    const body = Object.assign(Object.create(null) as object, { q_OVERALL: '4', q_COURTESY: 'na', q_IMPROVE: '   ' });
    expect(readFormAnswers(questionnaireFor('CLIENT'), body)).toEqual({
      answers: { OVERALL: 4, COURTESY: null },
      values: { OVERALL: '4', COURTESY: 'na', IMPROVE: '   ' },
    });
  });

  it('passes anything else through for validateAnswers to refuse, and ignores fields of no question', () => {
    const questionnaire = questionnaireFor('CLIENT');
    const { answers, values } = readFormAnswers(questionnaire, {
      q_OVERALL: '7',
      q_COURTESY: 'abc',
      q_ACCESS: ['1', '2'],
      q_INFORMATION: ' 4',
      q_IMPROVE: { text: 'x' },
      q_UNKNOWN: '5',
      OVERALL: 5,
    });
    expect(answers).toEqual({ OVERALL: '7', COURTESY: 'abc', ACCESS: ['1', '2'], INFORMATION: ' 4', IMPROVE: { text: 'x' } });
    expect(values).toEqual({ OVERALL: '7', COURTESY: 'abc', INFORMATION: ' 4' });
    const check = validateAnswers(questionnaire, answers);
    expect(check.ok ? [] : check.problems.map((problem) => `${problem.questionCode} ${problem.code}`)).toEqual([
      'OVERALL LIKERT_INVALID',
      'COURTESY LIKERT_INVALID',
      'INFORMATION LIKERT_INVALID',
      'ACCESS LIKERT_INVALID',
      'IMPROVE TEXT_INVALID',
      'null NO_LIKERT_ANSWER',
    ]);
  });

  it('never throws, whatever the body, and what it reads never makes validateAnswers throw', () => {
    const field = fc.constantFrom('q_OVERALL', 'q_COURTESY', 'q_IMPROVE', 'q_PARKING', '__proto__', 'constructor', 'website');
    const body = fc.oneof(
      fc.anything(),
      fc.dictionary(field, fc.oneof(fc.constantFrom('7', 'abc', '', 'na', '5'), fc.anything())),
      fc.constantFrom(null, undefined, [], ['q_OVERALL', '5'], 42, 'q_OVERALL=5', { q_OVERALL: { nested: { deeper: '5' } } }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...questionnaires), body, (questionnaire, value) => {
        const read = readFormAnswers(questionnaire, value);
        expect(Object.values(read.values).every((shown) => typeof shown === 'string')).toBe(true);
        validateAnswers(questionnaire, read.answers);
      }),
      { numRuns: 500 },
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// The one-message pages

const NOTICE_KINDS: readonly SurveyNoticeKind[] = ['THANKS', 'UNKNOWN', 'CLOSED', 'INVITATION_USED', 'RATE_LIMITED'];

describe.each(NOTICE_KINDS.flatMap((kind) => LANGUAGES.map((language) => ({ kind, language }))))(
  'the $kind page in $language',
  ({ kind, language }) => {
    const rounds = [null, ...SURVEY_KINDS.map((surveyKind) => ({ code: 'k7Hq2mXa9P', kind: surveyKind, officeName: HOSTILE }))];

    it('is a whole document with one heading and its message, the assets only, and the office’s name escaped', () => {
      const headings = new Set<string>();
      for (const round of rounds) {
        const html = renderSurveyNotice({ kind, language, round });
        const page = parseHtml(html);
        expect(elementChildren(page)[0].attributes.lang).toBe(language);
        const h1 = byName(page, 'h1');
        expect(h1).toHaveLength(1);
        headings.add(squeezed(h1[0]));
        expect(squeezed(findAll(page, (element) => element.attributes.class === 'message')[0])).not.toBe('');
        expect(byName(page, 'script').map((script) => script.attributes)).toEqual([{ src: SURVEY_ASSET_PATHS.js, defer: '' }]);
        expect(byName(page, 'style')).toEqual([]);
        expect(findAll(page, (element) => 'style' in element.attributes)).toEqual([]);
        expect(html).not.toContain('<script>alert');
        if (round !== null) {
          expect(textOf(page)).toContain(HOSTILE);
          expect(textOf(page)).toContain(SURVEY_TITLES[round.kind][language]);
        }
        const answered = byName(page, 'body')[0].attributes['data-answered-round'];
        expect(answered).toBe(kind === 'THANKS' && round?.kind === 'CLIENT' ? 'k7Hq2mXa9P' : undefined);
      }
      expect(headings.size).toBe(1);
    });

    it('links to the same page in the other language (an unknown link has none)', () => {
      const other = language === 'pl' ? 'en' : 'pl';
      for (const round of rounds) {
        const links = findAll(parseHtml(renderSurveyNotice({ kind, language, round })), (element) => element.name === 'a');
        const expected =
          round === null
            ? []
            : [{ href: `/ankieta/k7Hq2mXa9P${kind === 'THANKS' ? '/dziekujemy' : ''}?lang=${other}`, lang: other, hreflang: other }];
        expect(links.map((link) => link.attributes)).toEqual(expected);
      }
    });

    it('says something else than every other page, in the other language too', () => {
      const text = (noticeKind: SurveyNoticeKind, noticeLanguage: Language) =>
        squeezed(parseHtml(renderSurveyNotice({ kind: noticeKind, language: noticeLanguage, round: null })));
      for (const other of NOTICE_KINDS.filter((candidate) => candidate !== kind))
        expect(text(other, language)).not.toBe(text(kind, language));
      expect(text(kind, language === 'pl' ? 'en' : 'pl')).not.toBe(text(kind, language));
    });
  },
);

// ---------------------------------------------------------------------------------------------------
// The assets

describe('the stylesheet', () => {
  it('styles every class the pages use', () => {
    const pages = [
      renderSurveyForm(
        viewOf('CLIENT', 'pl', { problems: [{ code: 'KEY_QUESTION_MISSING', questionCode: 'OVERALL', params: {} }], notice: 'x' }),
      ),
      renderSurveyForm({
        ...viewOf('CLIENT', 'en'),
        problems: [{ code: 'TEXT_TOO_LONG', questionCode: 'IMPROVE', params: { max: SURVEY_TEXT_MAX_LENGTH } }],
      }),
      ...NOTICE_KINDS.map((kind) => renderSurveyNotice({ kind, language: 'pl', round: { code: 'k', kind: 'CLIENT', officeName: 'U' } })),
    ];
    const classes = new Set(
      pages.flatMap((html) => findAll(parseHtml(html), () => true).flatMap((element) => (element.attributes.class ?? '').split(' '))),
    );
    classes.delete('');
    expect(classes.size).toBeGreaterThan(10);
    for (const name of classes) expect(SURVEY_PAGE_CSS).toMatch(new RegExp(`\\.${name}(?![\\w-])`));
  });

  it('loads nothing else and keeps touch targets at 44 px or more', () => {
    expect(SURVEY_PAGE_CSS).not.toMatch(/@import|url\(/);
    expect(SURVEY_PAGE_CSS).toMatch(/\.choice label \{[^}]*min-height: 44px/);
    expect(SURVEY_PAGE_CSS).toMatch(/:focus-visible \{ outline: 3px solid/);
  });
});

/** The page's script, run against a small DOM made of a rendered page (only what the script uses). */
function runScript(html: string, storage: { getItem(key: string): string | null; setItem(key: string, value: string): void }) {
  const page = parseHtml(html);
  const listeners = new Map<string, (event: object) => void>();
  const nodes = new Map<HtmlElement, ReturnType<typeof node>>();
  function node(element: HtmlElement) {
    return {
      hidden: 'hidden' in element.attributes,
      disabled: false,
      focused: false,
      textContent: textOf(element),
      getAttribute: (name: string) => element.attributes[name] ?? null,
      focus() {
        this.focused = true;
      },
      addEventListener: (type: string, listener: (event: object) => void) => listeners.set(`${element.attributes.id}:${type}`, listener),
      querySelector(selector: string) {
        const [, name, attribute, value] = /^(\w+)\[(\w+)="(\w+)"\]$/.exec(selector) ?? [];
        const found = findAll(element, (candidate) => candidate.name === name && candidate.attributes[attribute] === value)[0];
        return found ? nodeOf(found) : null;
      },
    };
  }
  const nodeOf = (element: HtmlElement) => nodes.get(element) ?? nodes.set(element, node(element)).get(element)!;
  const document = {
    body: nodeOf(byName(page, 'body')[0]),
    getElementById: (id: string) => {
      const found = findAll(page, (element) => element.attributes.id === id)[0];
      return found ? nodeOf(found) : null;
    },
  };
  const window = {
    get localStorage() {
      return storage;
    },
    addEventListener: (type: string, listener: (event: object) => void) => listeners.set(`window:${type}`, listener),
  };
  runInNewContext(SURVEY_PAGE_JS, { window, document });
  return { listeners, element: (id: string) => document.getElementById(id) };
}

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return { items, getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) };
}

const refusingStorage = {
  getItem(): string | null {
    throw new Error('SecurityError');
  },
  setItem(): void {
    throw new Error('QuotaExceededError');
  },
};

describe('the script', () => {
  const clientRound = { code: 'k7Hq2mXa9P', kind: 'CLIENT' as const, officeName: 'U' };

  it('remembers a client round answered on its thanks page, and only that', () => {
    const storage = memoryStorage();
    runScript(renderSurveyNotice({ kind: 'THANKS', language: 'pl', round: clientRound }), storage);
    expect([...storage.items]).toEqual([['officebench.survey.k7Hq2mXa9P', '1']]);
    const other = memoryStorage();
    runScript(renderSurveyNotice({ kind: 'THANKS', language: 'pl', round: { ...clientRound, kind: 'EMPLOYEE' } }), other);
    runScript(renderSurveyNotice({ kind: 'CLOSED', language: 'pl', round: clientRound }), other);
    expect(other.items.size).toBe(0);
  });

  it('shows the client form’s note when this browser answered the round, not otherwise', () => {
    const answered = memoryStorage({ 'officebench.survey.k7Hq2mXa9P': '1' });
    expect(runScript(renderSurveyForm(viewOf('CLIENT', 'pl')), answered).element('already-answered')?.hidden).toBe(false);
    expect(runScript(renderSurveyForm(viewOf('CLIENT', 'pl')), memoryStorage()).element('already-answered')?.hidden).toBe(true);
    expect(
      runScript(
        renderSurveyForm({ ...viewOf('CLIENT', 'pl'), round: { ...viewOf('CLIENT', 'pl').round, code: 'other' } }),
        answered,
      ).element('already-answered')?.hidden,
    ).toBe(true);
  });

  it('works on when local storage refuses', () => {
    expect(() => runScript(renderSurveyNotice({ kind: 'THANKS', language: 'en', round: clientRound }), refusingStorage)).not.toThrow();
    expect(runScript(renderSurveyForm(viewOf('CLIENT', 'en')), refusingStorage).element('already-answered')?.hidden).toBe(true);
  });

  it('sends the form once: the button is disabled and a second submit is stopped, until the page comes back from the cache', () => {
    const { listeners, element } = runScript(renderSurveyForm(viewOf('EMPLOYEE', 'pl')), memoryStorage());
    const button = element('survey-form')!.querySelector('button[type="submit"]')!;
    const submit = listeners.get('survey-form:submit')!;
    const first = { preventDefault: jest.fn() };
    submit(first);
    expect(first.preventDefault).not.toHaveBeenCalled();
    expect(button).toMatchObject({ disabled: true, textContent: 'Wysyłanie…' });
    const second = { preventDefault: jest.fn() };
    submit(second);
    expect(second.preventDefault).toHaveBeenCalled();
    listeners.get('window:pageshow')!({ persisted: true });
    expect(button).toMatchObject({ disabled: false, textContent: 'Wyślij odpowiedzi' });
    const third = { preventDefault: jest.fn() };
    submit(third);
    expect(third.preventDefault).not.toHaveBeenCalled();
  });

  it('moves the focus to the error summary when there is one', () => {
    const problems: SurveyProblem[] = [{ code: 'KEY_QUESTION_MISSING', questionCode: 'OVERALL', params: {} }];
    expect(runScript(renderSurveyForm(viewOf('CLIENT', 'pl', { problems })), memoryStorage()).element('error-summary')?.focused).toBe(true);
  });
});
