import fc from 'fast-check';
import { computeIndicatorValue } from './indicators';
import {
  CLIENT_QUESTIONS,
  EMPLOYEE_QUESTIONS,
  FORM_MAX_HOURS,
  LIKERT_SCALE,
  MAX_EXTRA_LIKERT_QUESTIONS,
  MAX_EXTRA_TEXT_QUESTIONS,
  NOT_APPLICABLE_LABEL,
  STANDARD_QUESTIONNAIRES,
  SURVEY_KEY_QUESTION,
  SURVEY_MIN_RESPONSES,
  SURVEY_PROBLEM_CODES,
  checkFormTiming,
  describeSurveyProblem,
  formTokenPayload,
  isHoneypotFilled,
  normaliseSurveyText,
  parseFormTokenPayload,
  questionBreakdown,
  questionnaireFor,
  roundProgress,
  satisfiedShare,
  shuffleTexts,
  surveyThreshold,
  validateAnswers,
  validateExtraQuestions,
  type ExtraQuestionInput,
  type LikertQuestionResult,
  type SurveyAnswers,
  type SurveyKind,
  type TextQuestionResult,
  publishedQuestionMeans,
  ROUND_CODE_ALPHABET,
  ROUND_CODE_PATTERN,
  roundCode,
} from './surveys';

const client = questionnaireFor('CLIENT');
const employee = questionnaireFor('EMPLOYEE');

function extra(code: string, kind: 'LIKERT' | 'TEXT' = 'LIKERT', overrides: Partial<ExtraQuestionInput> = {}): ExtraQuestionInput {
  return { code, kind, text: { pl: `Pytanie ${code}?`, en: `Question ${code}?` }, ...overrides };
}

function codesOf(problems: { code: string }[]): string[] {
  return problems.map((p) => p.code);
}

/** `n` accepted client responses with the given key answers (cycled) and the rest of the questions as given. */
function responses(overall: number[], rest: Record<string, number | string | null> = {}): SurveyAnswers[] {
  return overall.map((value) => ({ OVERALL: value, ...rest }));
}

describe('standard questionnaires', () => {
  it('have the agreed codes in order, with one free-text question last', () => {
    expect(CLIENT_QUESTIONS.map((q) => q.code)).toEqual([
      'OVERALL',
      'COMPETENCE',
      'COURTESY',
      'WAITING_TIME',
      'INFORMATION',
      'ACCESS',
      'E_SERVICES',
      'IMPROVE',
    ]);
    expect(EMPLOYEE_QUESTIONS.map((q) => q.code)).toEqual([
      'OVERALL',
      'MANAGEMENT',
      'WORKLOAD',
      'DEVELOPMENT',
      'COMMUNICATION',
      'CONDITIONS',
      'RECOGNITION',
      'IMPROVE',
    ]);
    for (const questions of [CLIENT_QUESTIONS, EMPLOYEE_QUESTIONS]) {
      expect(questions.filter((q) => q.kind === 'TEXT').map((q) => q.code)).toEqual(['IMPROVE']);
    }
  });

  it('make only the key question required, and it is a Likert one', () => {
    for (const kind of ['CLIENT', 'EMPLOYEE'] as SurveyKind[]) {
      const required = STANDARD_QUESTIONNAIRES[kind].filter((q) => q.required);
      expect(required.map((q) => [q.code, q.kind])).toEqual([[SURVEY_KEY_QUESTION, 'LIKERT']]);
    }
  });

  it('are tied to CAF criterion 6 (clients) and 7 (employees)', () => {
    expect(new Set(CLIENT_QUESTIONS.map((q) => q.cafCriterion))).toEqual(new Set([6]));
    expect(new Set(EMPLOYEE_QUESTIONS.map((q) => q.cafCriterion))).toEqual(new Set([7]));
  });

  it('have a trimmed Polish and English text of at most 300 characters, Polish in the formal form', () => {
    for (const q of [...CLIENT_QUESTIONS, ...EMPLOYEE_QUESTIONS]) {
      for (const text of [q.text.pl, q.text.en]) {
        expect(text).toBe(text.trim());
        expect(text.length).toBeGreaterThan(0);
        expect(text.length).toBeLessThanOrEqual(300);
      }
      expect(q.text.pl).not.toBe(q.text.en);
      if (q.kind === 'LIKERT') expect(q.text.pl).toContain('Pan/Pani');
    }
    expect(CLIENT_QUESTIONS.find((q) => q.code === 'IMPROVE')?.text.pl).toBe('Co powinniśmy poprawić?');
  });

  it('pass their own extension check (the standard codes follow the extra-code rule and are unique)', () => {
    for (const questions of [CLIENT_QUESTIONS, EMPLOYEE_QUESTIONS]) {
      expect(
        validateExtraQuestions(
          [],
          questions.map((q) => ({ ...q, required: false })),
        ),
      ).toEqual([]);
    }
  });

  it('print a 1-5 satisfaction scale with "nie dotyczy"', () => {
    expect(LIKERT_SCALE.map((s) => s.value)).toEqual([1, 2, 3, 4, 5]);
    // Both genders, with a non-breaking hyphen so that "(‑a)" never wraps on a phone.
    expect(LIKERT_SCALE[0].label.pl).toBe('bardzo niezadowolony(\u2011a)');
    expect(LIKERT_SCALE[4].label.pl).toBe('bardzo zadowolony(\u2011a)');
    expect([...LIKERT_SCALE.map((s) => s.label.pl), ...CLIENT_QUESTIONS.map((q) => q.text.pl)].join(' ')).not.toContain('(-a)');
    expect(NOT_APPLICABLE_LABEL).toEqual({ pl: 'nie dotyczy', en: 'not applicable' });
  });
});

describe('validateExtraQuestions and questionnaireFor', () => {
  it('accepts up to 10 Likert and 2 text extras and appends them, never required, after the standard ones', () => {
    const extras = [
      ...Array.from({ length: MAX_EXTRA_LIKERT_QUESTIONS }, (_, i) => extra(`EXTRA_${i}`)),
      ...Array.from({ length: MAX_EXTRA_TEXT_QUESTIONS }, (_, i) => extra(`NOTE_${i}`, 'TEXT')),
    ];
    expect(validateExtraQuestions(CLIENT_QUESTIONS, extras)).toEqual([]);
    const questionnaire = questionnaireFor('CLIENT', extras);
    expect(questionnaire.questions.slice(0, CLIENT_QUESTIONS.length)).toEqual(CLIENT_QUESTIONS);
    expect(questionnaire.questions.slice(CLIENT_QUESTIONS.length).map((q) => q.code)).toEqual(extras.map((e) => e.code));
    expect(questionnaire.questions.slice(CLIENT_QUESTIONS.length).every((q) => !q.required && !q.standard && q.cafCriterion === 6)).toBe(
      true,
    );
  });

  it('refuses an 11th Likert extra and a 3rd text extra', () => {
    const likert = Array.from({ length: MAX_EXTRA_LIKERT_QUESTIONS + 1 }, (_, i) => extra(`EXTRA_${i}`));
    const text = Array.from({ length: MAX_EXTRA_TEXT_QUESTIONS + 1 }, (_, i) => extra(`NOTE_${i}`, 'TEXT'));
    expect(validateExtraQuestions(CLIENT_QUESTIONS, likert)).toEqual([
      { code: 'TOO_MANY_EXTRA_LIKERT', questionCode: null, params: { max: 10, count: 11 } },
    ]);
    expect(validateExtraQuestions(CLIENT_QUESTIONS, text)).toEqual([
      { code: 'TOO_MANY_EXTRA_TEXT', questionCode: null, params: { max: 2, count: 3 } },
    ]);
  });

  it('refuses bad codes, standard codes and duplicates', () => {
    const problems = validateExtraQuestions(EMPLOYEE_QUESTIONS, [
      extra('parking'),
      extra('A'),
      extra('A'.repeat(41)),
      extra('1ABC'),
      extra('MANAGEMENT'),
      extra('PARKING'),
      extra('PARKING', 'TEXT'),
    ]);
    expect(problems.map((p) => [p.questionCode, p.code])).toEqual([
      ['#1', 'INVALID_QUESTION_CODE'],
      ['#2', 'INVALID_QUESTION_CODE'],
      ['#3', 'INVALID_QUESTION_CODE'],
      ['#4', 'INVALID_QUESTION_CODE'],
      ['MANAGEMENT', 'QUESTION_CODE_IS_STANDARD'],
      ['PARKING', 'DUPLICATE_QUESTION_CODE'],
    ]);
    expect(validateExtraQuestions(EMPLOYEE_QUESTIONS, [extra('AB'), extra('A'.repeat(40)), extra('X_1')])).toEqual([]);
  });

  it('refuses missing, blank, too long and control-character texts, measured trimmed', () => {
    const problems = validateExtraQuestions(CLIENT_QUESTIONS, [
      extra('NO_PL', 'LIKERT', { text: { pl: '   ', en: 'Fine?' } }),
      extra('NO_EN', 'LIKERT', { text: { pl: 'Dobrze?' } as never }),
      extra('LONG', 'LIKERT', { text: { pl: 'x'.repeat(301), en: 'Fine?' } }),
      extra('PADDED', 'LIKERT', { text: { pl: `  ${'x'.repeat(300)}  `, en: 'Fine?' } }),
      extra('BELL', 'TEXT', { text: { pl: 'Dzwonek\u0007?', en: 'Fine?' } }),
    ]);
    expect(problems).toEqual([
      { code: 'QUESTION_TEXT_MISSING', questionCode: 'NO_PL', params: { language: 'pl' } },
      { code: 'QUESTION_TEXT_MISSING', questionCode: 'NO_EN', params: { language: 'en' } },
      { code: 'QUESTION_TEXT_TOO_LONG', questionCode: 'LONG', params: { language: 'pl', max: 300 } },
      { code: 'QUESTION_TEXT_CONTROL_CHARACTER', questionCode: 'BELL', params: { language: 'pl' } },
    ]);
    const padded = questionnaireFor('CLIENT', [extra('PADDED', 'LIKERT', { text: { pl: '  Parking?  ', en: ' Parking? ' } })]);
    expect(padded.questions.at(-1)?.text).toEqual({ pl: 'Parking?', en: 'Parking?' });
  });

  it('refuses a required extra, an unknown kind and a CAF criterion outside 1-9; keeps a valid criterion', () => {
    const problems = validateExtraQuestions(CLIENT_QUESTIONS, [
      extra('MUST', 'LIKERT', { required: true }),
      extra('CHOICE', 'CHOICE' as never),
      extra('CRIT', 'LIKERT', { cafCriterion: 10 }),
      extra('HALF', 'LIKERT', { cafCriterion: 4.5 }),
    ]);
    expect(problems.map((p) => [p.questionCode, p.code])).toEqual([
      ['MUST', 'EXTRA_QUESTION_REQUIRED'],
      ['CHOICE', 'INVALID_QUESTION_KIND'],
      ['CRIT', 'INVALID_CAF_CRITERION'],
      ['HALF', 'INVALID_CAF_CRITERION'],
    ]);
    expect(questionnaireFor('EMPLOYEE', [extra('TEAM', 'LIKERT', { cafCriterion: 3 })]).questions.at(-1)?.cafCriterion).toBe(3);
  });

  it('questionnaireFor throws on extras with problems', () => {
    expect(() => questionnaireFor('CLIENT', [extra('OVERALL')])).toThrow(/QUESTION_CODE_IS_STANDARD/);
  });

  it('never throws on arbitrary JSON and reports something for anything that is not a list of objects', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const problems = validateExtraQuestions(CLIENT_QUESTIONS, value);
        expect(Array.isArray(problems)).toBe(true);
        if (!Array.isArray(value) || value.some((item) => typeof item !== 'object' || item === null || Array.isArray(item)))
          expect(problems.length).toBeGreaterThan(0);
      }),
    );
  });

  it('has a sentence in both languages for every problem code', () => {
    for (const code of SURVEY_PROBLEM_CODES) {
      const p = { code, questionCode: 'PARKING', params: { max: 5, count: 7, language: 'pl' } };
      const pl = describeSurveyProblem(p, 'pl');
      const en = describeSurveyProblem(p, 'en');
      expect(pl.length).toBeGreaterThan(10);
      expect(en.length).toBeGreaterThan(10);
      expect(pl).not.toBe(en);
      expect(pl).not.toMatch(/undefined/);
    }
    expect(describeSurveyProblem({ code: 'TEXT_TOO_LONG', questionCode: 'IMPROVE', params: { max: 2000 } }, 'pl')).toBe(
      'IMPROVE: odpowiedź może mieć najwyżej 2000 znaków.',
    );
    expect(describeSurveyProblem({ code: 'QUESTION_TEXT_MISSING', questionCode: 'X1', params: { language: 'en' } }, 'en')).toBe(
      'X1: the English text of the question is missing.',
    );
  });
});

describe('validateAnswers', () => {
  it('accepts ratings, not applicable and text, normalising the text', () => {
    const result = validateAnswers(client, {
      OVERALL: 4,
      COURTESY: 5,
      E_SERVICES: null,
      IMPROVE: '  Dłuższe\u0000 godziny\u0007 otwarcia \u202f ',
    });
    expect(result).toEqual({ ok: true, answers: { OVERALL: 4, COURTESY: 5, E_SERVICES: null, IMPROVE: 'Dłuższe godziny otwarcia' } });
  });

  it('stores an empty or blank text as null and keeps line breaks inside it', () => {
    expect(validateAnswers(client, { OVERALL: 1, IMPROVE: '   \n ' })).toEqual({ ok: true, answers: { OVERALL: 1, IMPROVE: null } });
    expect(validateAnswers(client, { OVERALL: 1, IMPROVE: 'a\nb' })).toEqual({ ok: true, answers: { OVERALL: 1, IMPROVE: 'a\nb' } });
    expect(normaliseSurveyText('\u0085\u0000')).toBeNull();
  });

  it('refuses the key question missing or not applicable, and a response with no rating at all', () => {
    const missing = validateAnswers(client, { COURTESY: 5 });
    expect(missing.ok === false && codesOf(missing.problems)).toEqual(['KEY_QUESTION_MISSING']);
    const notApplicable = validateAnswers(employee, { OVERALL: null, WORKLOAD: 3 });
    expect(notApplicable.ok === false && notApplicable.problems).toEqual([
      { code: 'KEY_QUESTION_MISSING', questionCode: 'OVERALL', params: {} },
    ]);
    const empty = validateAnswers(client, { IMPROVE: 'Nic.' });
    expect(empty.ok === false && codesOf(empty.problems)).toEqual(['KEY_QUESTION_MISSING', 'NO_LIKERT_ANSWER']);
  });

  it('refuses ratings that are not whole numbers 1-5', () => {
    for (const value of [0, 6, 3.5, '4', true, [], {}, -1, Number.NaN]) {
      const result = validateAnswers(client, { OVERALL: 4, COURTESY: value });
      expect(result.ok === false && result.problems).toEqual([{ code: 'LIKERT_INVALID', questionCode: 'COURTESY', params: {} }]);
    }
  });

  it('refuses unknown codes, a non-string text and a text over 2000 characters (after normalising)', () => {
    const result = validateAnswers(client, { OVERALL: 5, PARKING: 3, MANAGEMENT: 2, IMPROVE: 7 });
    expect(result.ok === false && result.problems.map((p) => [p.questionCode, p.code])).toEqual([
      ['PARKING', 'UNKNOWN_QUESTION'],
      ['MANAGEMENT', 'UNKNOWN_QUESTION'],
      ['IMPROVE', 'TEXT_INVALID'],
    ]);
    const long = validateAnswers(client, { OVERALL: 5, IMPROVE: 'x'.repeat(2001) });
    expect(long.ok === false && long.problems).toEqual([{ code: 'TEXT_TOO_LONG', questionCode: 'IMPROVE', params: { max: 2000 } }]);
    expect(validateAnswers(client, { OVERALL: 5, IMPROVE: ` ${'x'.repeat(2000)}\u0000 ` }).ok).toBe(true);
  });

  it('accepts answers to a programme’s extra questions only in that programme’s questionnaire', () => {
    const extended = questionnaireFor('CLIENT', [extra('PARKING')]);
    expect(validateAnswers(extended, { OVERALL: 3, PARKING: 2 })).toEqual({ ok: true, answers: { OVERALL: 3, PARKING: 2 } });
    expect(validateAnswers(client, { OVERALL: 3, PARKING: 2 }).ok).toBe(false);
  });

  it('refuses anything that is not an object of answers', () => {
    for (const input of [null, 4, 'OVERALL', [4], undefined]) {
      const result = validateAnswers(client, input);
      expect(result.ok === false && codesOf(result.problems)).toEqual(['ANSWERS_NOT_AN_OBJECT']);
    }
  });

  it('never throws on arbitrary JSON; what it accepts has the key rated 1-5 and only known codes with valid values', () => {
    const codes = client.questions.map((q) => q.code);
    const answer = fc.oneof(fc.constantFrom(...codes), fc.string());
    const input = fc.oneof(
      fc.jsonValue(),
      fc.dictionary(answer, fc.oneof(fc.integer({ min: -1, max: 7 }), fc.constant(null), fc.string(), fc.jsonValue())),
    );
    fc.assert(
      fc.property(input, (value) => {
        const result = validateAnswers(client, value);
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          return;
        }
        expect([1, 2, 3, 4, 5]).toContain(result.answers.OVERALL);
        for (const [code, v] of Object.entries(result.answers)) {
          const question = client.questions.find((q) => q.code === code);
          expect(question).toBeDefined();
          if (question?.kind === 'LIKERT') expect(v === null || [1, 2, 3, 4, 5].includes(v as number)).toBe(true);
          else if (v !== null) {
            expect(typeof v).toBe('string');
            expect((v as string).length).toBeLessThanOrEqual(2000);
            expect(v).toBe((v as string).trim());
            expect(v).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/);
          }
        }
      }),
    );
  });

  it('does not let a "__proto__" key through', () => {
    const result = validateAnswers(client, JSON.parse('{"OVERALL": 5, "__proto__": {"polluted": 1}}'));
    expect(result.ok === false && codesOf(result.problems)).toEqual(['UNKNOWN_QUESTION']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('satisfiedShare', () => {
  it('counts respondents rating the key question 4 or 5 over all respondents', () => {
    expect(satisfiedShare(responses([1, 2, 3, 4, 5, 5, 4, 3]))).toEqual({ numerator: 4, denominator: 8 });
    expect(satisfiedShare(responses([3, 3]))).toEqual({ numerator: 0, denominator: 2 });
  });

  it('reads the key question only, not the others', () => {
    expect(satisfiedShare(responses([2, 2], { COURTESY: 5, COMPETENCE: 5 }))).toEqual({ numerator: 0, denominator: 2 });
  });

  it('is null for a round with no respondents', () => {
    expect(satisfiedShare([])).toBeNull();
  });

  it('gives the catalogue ratio: 3 of 4 satisfied is 75 % at scale 100', () => {
    const share = satisfiedShare(responses([5, 4, 4, 1]));
    const definition = { inputKind: 'RATIO', scale: 100, minValue: 0, maxValue: 100 } as Parameters<typeof computeIndicatorValue>[0];
    expect(share && computeIndicatorValue(definition, share)).toBe(75);
  });

  it('numerator <= denominator = respondents, numerator = ratings of 4 and 5', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 200 }), (ratings) => {
        const share = satisfiedShare(responses(ratings));
        expect(share).not.toBeNull();
        expect(share!.denominator).toBe(ratings.length);
        expect(share!.numerator).toBeLessThanOrEqual(share!.denominator);
        expect(share!.numerator).toBe(ratings.filter((r) => r >= 4).length);
      }),
    );
  });
});

describe('thresholds', () => {
  it('SURVEY_MIN_RESPONSES is 10 and a programme k only raises it', () => {
    expect(SURVEY_MIN_RESPONSES).toBe(10);
    expect(surveyThreshold(5)).toBe(10);
    expect(surveyThreshold(3)).toBe(10);
    expect(surveyThreshold(10)).toBe(10);
    expect(surveyThreshold(12)).toBe(12);
    expect(surveyThreshold(Number.NaN)).toBe(10);
  });
});

describe('questionBreakdown', () => {
  const ten = responses([1, 2, 3, 4, 5, 5, 4, 4, 3, 5], { COURTESY: 5 });

  it('gives counts, n, not-applicable count, mean and satisfied share of a question rated by enough respondents', () => {
    const withNa: SurveyAnswers[] = [...ten, { OVERALL: 4, E_SERVICES: null }, { OVERALL: 5, E_SERVICES: null }];
    const overall = questionBreakdown(client, withNa, 10).find((q) => q.code === 'OVERALL') as LikertQuestionResult;
    expect(overall).toEqual({
      code: 'OVERALL',
      kind: 'LIKERT',
      suppressed: false,
      counts: [1, 1, 2, 4, 4],
      answered: 12,
      notApplicable: 0,
      mean: (1 + 2 + 6 + 16 + 20) / 12,
      satisfied: 8,
      satisfiedShare: 8 / 12,
    });
  });

  it('suppresses a question rated by fewer than the threshold, with no count at all (not even n)', () => {
    const nine = responses([5, 5, 5, 5, 5, 5, 5, 5, 5], { COURTESY: 4 });
    const nineWithNa = [...nine, { OVERALL: 5, COURTESY: null }];
    const results = questionBreakdown(client, nineWithNa, 10);
    const courtesy = results.find((q) => q.code === 'COURTESY');
    expect(courtesy).toEqual({ code: 'COURTESY', kind: 'LIKERT', suppressed: true, reason: 'TOO_FEW_RESPONSES' });
    expect(Object.keys(courtesy!).sort()).toEqual(['code', 'kind', 'reason', 'suppressed']);
    expect(results.find((q) => q.code === 'OVERALL')?.suppressed).toBe(false);
    // nobody rated WAITING_TIME: suppressed the same way, indistinguishable from "rated by 9"
    expect(results.find((q) => q.code === 'WAITING_TIME')).toEqual({ ...courtesy, code: 'WAITING_TIME' });
  });

  it('gives free text only when the round has at least the threshold of respondents, without blanks', () => {
    const texts = ten.map((r, i) => ({ ...r, IMPROVE: i % 3 === 0 ? null : `uwaga ${i}` }));
    const shown = questionBreakdown(client, texts, 10, 42).find((q) => q.code === 'IMPROVE') as TextQuestionResult;
    expect(shown.suppressed).toBe(false);
    expect([...shown.answers].sort()).toEqual(['uwaga 1', 'uwaga 2', 'uwaga 4', 'uwaga 5', 'uwaga 7', 'uwaga 8']);
    expect(questionBreakdown(client, texts.slice(0, 9), 10, 42).find((q) => q.code === 'IMPROVE')).toEqual({
      code: 'IMPROVE',
      kind: 'TEXT',
      suppressed: true,
      reason: 'TOO_FEW_RESPONSES',
    });
  });

  it('orders free text by the seed only, never by the order the responses came in', () => {
    const texts = Array.from({ length: 30 }, (_, i) => ({ OVERALL: 3, IMPROVE: `uwaga ${String(i).padStart(2, '0')}` }));
    const answersOf = (rs: SurveyAnswers[], seed: number) =>
      (questionBreakdown(client, rs, 10, seed).find((q) => q.code === 'IMPROVE') as TextQuestionResult).answers;
    const inOrder = answersOf(texts, 7);
    expect(answersOf([...texts].reverse(), 7)).toEqual(inOrder);
    expect(inOrder).not.toEqual(texts.map((t) => t.IMPROVE));
    expect(inOrder).not.toEqual(answersOf(texts, 8));
  });

  it('shuffleTexts is a permutation, independent of input order', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 40 }), fc.integer(), (texts, seed) => {
        const shuffled = shuffleTexts(texts, seed);
        expect([...shuffled].sort()).toEqual([...texts].sort());
        expect(shuffleTexts([...texts].reverse(), seed)).toEqual(shuffled);
      }),
    );
  });

  it('refuses a threshold below 1', () => {
    expect(() => questionBreakdown(client, ten, 0)).toThrow(RangeError);
    expect(() => roundProgress({ responses: 1, invited: null, minResponses: 2.5 })).toThrow(RangeError);
  });

  const likertAnswer = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant(null), fc.constant(undefined));
  const response = fc.record({ OVERALL: fc.integer({ min: 1, max: 5 }), COURTESY: likertAnswer }).map((r) => {
    const { COURTESY, ...rest } = r;
    return (COURTESY === undefined ? rest : { ...rest, COURTESY }) as SurveyAnswers;
  });

  it('counts sum to answered n, suppression exactly below the threshold, share = satisfied / n', () => {
    fc.assert(
      fc.property(fc.array(response, { maxLength: 60 }), fc.integer({ min: 1, max: 30 }), (rs, min) => {
        for (const result of questionBreakdown(client, rs, min)) {
          if (result.kind !== 'LIKERT') continue;
          const rated = rs.filter((r) => typeof r[result.code] === 'number').length;
          if (rated < min) {
            expect(result).toEqual({ code: result.code, kind: 'LIKERT', suppressed: true, reason: 'TOO_FEW_RESPONSES' });
            continue;
          }
          expect(result.suppressed).toBe(false);
          const shown = result as LikertQuestionResult;
          expect(shown.answered).toBe(rated);
          expect(shown.counts.reduce((a, b) => a + b, 0)).toBe(shown.answered);
          expect(shown.notApplicable).toBe(rs.filter((r) => r[result.code] === null).length);
          expect(shown.satisfiedShare).toBeCloseTo(shown.satisfied / shown.answered);
          expect(shown.mean).toBeGreaterThanOrEqual(1);
          expect(shown.mean).toBeLessThanOrEqual(5);
        }
      }),
    );
  });

  it('agrees with satisfiedShare on the key question', () => {
    fc.assert(
      fc.property(fc.array(response, { minLength: 10, maxLength: 60 }), (rs) => {
        const overall = questionBreakdown(client, rs, 10).find((q) => q.code === 'OVERALL') as LikertQuestionResult;
        expect({ numerator: overall.satisfied, denominator: overall.answered }).toEqual(satisfiedShare(rs));
      }),
    );
  });
});

describe('roundProgress', () => {
  it('shows responses, rate and how many more are needed before results', () => {
    expect(roundProgress({ responses: 4, invited: 20, minResponses: 10 })).toEqual({
      responses: 4,
      invited: 20,
      responseRate: 0.2,
      resultsAvailable: false,
      missingForResults: 6,
    });
    expect(roundProgress({ responses: 10, invited: null, minResponses: 10 })).toEqual({
      responses: 10,
      invited: null,
      responseRate: null,
      resultsAvailable: true,
      missingForResults: 0,
    });
    expect(roundProgress({ responses: 0, invited: 0, minResponses: 10 }).responseRate).toBeNull();
  });

  it('results are available exactly when responses reach the threshold', () => {
    fc.assert(
      fc.property(fc.nat(100), fc.integer({ min: 1, max: 50 }), (n, min) => {
        const progress = roundProgress({ responses: n, invited: null, minResponses: min });
        expect(progress.resultsAvailable).toBe(n >= min);
        expect(progress.missingForResults).toBe(n >= min ? 0 : min - n);
      }),
    );
  });
});

describe('public form anti-spam', () => {
  const issued = new Date('2026-05-04T10:00:00.000Z');
  const after = (ms: number) => new Date(issued.getTime() + ms);

  it('refuses answers sent less than 3 s after the form was issued, or before it', () => {
    expect(checkFormTiming(issued, after(2999))).toEqual({ ok: false, reason: 'TOO_FAST' });
    expect(checkFormTiming(issued, after(-60_000))).toEqual({ ok: false, reason: 'TOO_FAST' });
    expect(checkFormTiming(issued, after(3000))).toEqual({ ok: true });
  });

  it('refuses answers sent more than 24 h after the form was issued', () => {
    const day = FORM_MAX_HOURS * 3600 * 1000;
    expect(checkFormTiming(issued, after(day))).toEqual({ ok: true });
    expect(checkFormTiming(issued, after(day + 1))).toEqual({ ok: false, reason: 'EXPIRED' });
    expect(checkFormTiming(issued, new Date(Number.NaN))).toEqual({ ok: false, reason: 'TOO_FAST' });
  });

  it('the form token payload holds the round, the time and a nonce only, and reads back', () => {
    const round = '0b6f1a64-3c1e-4d55-9a3e-8c1f4f8e2a10';
    const nonce = 'q3Zl_8-aV0xYb2cT9wE1rA';
    const payload = formTokenPayload(round, issued, nonce);
    expect(payload).toBe(`survey-form:v1:${round}:${issued.getTime()}:${nonce}`);
    expect(parseFormTokenPayload(payload)).toEqual({ roundId: round, issuedAt: issued, nonce });
    expect(formTokenPayload(round, issued, 'B'.repeat(16))).not.toBe(payload);
    expect(parseFormTokenPayload(`${payload}:extra`)).toBeNull();
    expect(parseFormTokenPayload(`survey-form:v1:${round}:${issued.getTime()}`)).toBeNull();
    expect(parseFormTokenPayload(`survey-form:v2:${round}:1:${nonce}`)).toBeNull();
    expect(() => formTokenPayload('a:b', issued, nonce)).toThrow();
    expect(() => formTokenPayload(round, issued, 'short')).toThrow();
    expect(() => formTokenPayload(round, new Date(Number.NaN), nonce)).toThrow();
  });

  it('the payload reads back whatever round, time and nonce it was written with; other text reads as null', () => {
    const chars = (alphabet: string, min: number, max: number) =>
      fc.array(fc.constantFrom(...alphabet.split('')), { minLength: min, maxLength: max }).map((c) => c.join(''));
    const alnum = 'abcXYZ0129-';
    fc.assert(
      fc.property(chars(alnum, 1, 64), fc.integer({ min: 0, max: 4_102_444_800_000 }), chars(`${alnum}_`, 16, 64), (round, ms, nonce) => {
        const issuedAt = new Date(ms);
        expect(parseFormTokenPayload(formTokenPayload(round, issuedAt, nonce))).toEqual({ roundId: round, issuedAt, nonce });
      }),
    );
    fc.assert(fc.property(fc.string(), (text) => expect(parseFormTokenPayload(`x${text}`)).toBeNull()));
  });

  it('the honeypot counts as filled when it holds anything but blank', () => {
    expect(isHoneypotFilled(undefined)).toBe(false);
    expect(isHoneypotFilled(null)).toBe(false);
    expect(isHoneypotFilled('')).toBe(false);
    expect(isHoneypotFilled('  ')).toBe(false);
    expect(isHoneypotFilled('http://spam.example')).toBe(true);
    expect(isHoneypotFilled(0)).toBe(true);
    expect(isHoneypotFilled(false)).toBe(true);
  });
});

describe('publishedQuestionMeans and roundCode', () => {
  it('keeps the rating questions with a result, means rounded to 2 decimals; suppressed and open ones are left out', () => {
    const questionnaire = questionnaireFor('CLIENT');
    const answers = [...Array.from({ length: 10 }, () => ({ OVERALL: 5, COURTESY: 4, IMPROVE: 'x' })), { OVERALL: 4 }, { OVERALL: 4 }];
    const results = questionBreakdown(questionnaire, answers, 10);
    expect(publishedQuestionMeans(results)).toEqual({ OVERALL: 4.83, COURTESY: 4 });
  });

  it('draws ten characters of the unambiguous alphabet, by the given index', () => {
    expect(roundCode(() => 0)).toBe('AAAAAAAAAA');
    let i = 0;
    const code = roundCode((size) => i++ % size);
    expect(code).toBe(ROUND_CODE_ALPHABET.slice(0, 10));
    expect(code).toMatch(ROUND_CODE_PATTERN);
    expect(ROUND_CODE_ALPHABET).not.toMatch(/[0O1lI]/);
  });
});
