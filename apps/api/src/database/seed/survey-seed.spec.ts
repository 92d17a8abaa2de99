import {
  type LikertQuestionResult,
  questionBreakdown,
  questionnaireFor,
  SURVEY_KEY_QUESTION,
  SURVEY_KINDS,
  satisfiedShare,
  validateAnswers,
} from '@officebench/domain';
import { demoCalendar } from './demo-calendar';
import { DEMO_SUGGESTIONS, pastSurveyRound, syntheticSurveyAnswers } from './survey-seed';

describe('syntheticSurveyAnswers', () => {
  it.each(SURVEY_KINDS.flatMap((kind) => [0, 1, 137, 250].map((satisfied) => [kind, satisfied] as const)))(
    '%s: 250 valid responses with exactly %i satisfied on OVERALL',
    (kind, satisfied) => {
      const questionnaire = questionnaireFor(kind);
      const answers = syntheticSurveyAnswers(questionnaire, { respondents: 250, satisfied }, 7);
      expect(answers).toHaveLength(250);
      expect(answers.every((response) => validateAnswers(questionnaire, response).ok)).toBe(true);
      expect(satisfiedShare(answers)).toEqual({ numerator: satisfied, denominator: 250 });
    },
  );

  it('keeps every other rating within one point of OVERALL, with some not applicable and some skipped', () => {
    const questionnaire = questionnaireFor('CLIENT');
    const answers = syntheticSurveyAnswers(questionnaire, { respondents: 400, satisfied: 260 }, 11);
    const others = questionnaire.questions.filter((question) => question.kind === 'LIKERT' && question.code !== SURVEY_KEY_QUESTION);
    for (const response of answers) {
      const overall = response[SURVEY_KEY_QUESTION] as number;
      for (const { code } of others) {
        const value = response[code];
        if (typeof value === 'number') expect(Math.abs(value - overall)).toBeLessThanOrEqual(1);
      }
    }
    const rated = (code: string) => answers.filter((response) => typeof response[code] === 'number').length;
    const notApplicable = (code: string) => answers.filter((response) => response[code] === null).length;
    const skipped = (code: string) => answers.filter((response) => !(code in response)).length;
    for (const { code } of others) {
      expect(rated(code) + notApplicable(code) + skipped(code)).toBe(400);
      expect(rated(code)).toBeGreaterThan(200);
      expect(notApplicable(code)).toBeGreaterThan(0);
      expect(skipped(code)).toBeGreaterThan(0);
    }
    // Satisfied clients rate the rest higher than the dissatisfied do: the questions move with OVERALL.
    const mean = (rows: typeof answers) =>
      rows.reduce((sum, row) => sum + ((row.COURTESY as number | undefined) ?? 0), 0) /
      rows.filter((row) => typeof row.COURTESY === 'number').length;
    const happy = answers.filter((row) => (row.OVERALL as number) >= 4 && typeof row.COURTESY === 'number');
    const unhappy = answers.filter((row) => (row.OVERALL as number) <= 3 && typeof row.COURTESY === 'number');
    expect(mean(happy) - mean(unhappy)).toBeGreaterThan(1);
  });

  it.each(SURVEY_KINDS)('writes a few %s suggestions, each from the list', (kind) => {
    const answers = syntheticSurveyAnswers(questionnaireFor(kind), { respondents: 300, satisfied: 200 }, 3);
    const texts = answers.flatMap((response) => (typeof response.IMPROVE === 'string' ? [response.IMPROVE] : []));
    expect(texts.length).toBeGreaterThan(5);
    expect(texts.length).toBeLessThan(60);
    expect(texts.every((text) => DEMO_SUGGESTIONS[kind].includes(text))).toBe(true);
    expect(answers.filter((response) => 'IMPROVE' in response)).toHaveLength(texts.length);
  });

  it('gives the same answers for the same arguments and others for another seed', () => {
    const questionnaire = questionnaireFor('EMPLOYEE');
    const counts = { respondents: 120, satisfied: 70 };
    expect(syntheticSurveyAnswers(questionnaire, counts, 5)).toEqual(syntheticSurveyAnswers(questionnaire, counts, 5));
    expect(syntheticSurveyAnswers(questionnaire, counts, 5)).not.toEqual(syntheticSurveyAnswers(questionnaire, counts, 6));
  });

  it('refuses counts that no round can have', () => {
    const questionnaire = questionnaireFor('CLIENT');
    expect(() => syntheticSurveyAnswers(questionnaire, { respondents: 10, satisfied: 11 }, 1)).toThrow(RangeError);
    expect(() => syntheticSurveyAnswers(questionnaire, { respondents: 10.5, satisfied: 1 }, 1)).toThrow(RangeError);
  });
});

describe('pastSurveyRound', () => {
  const calendar = demoCalendar(new Date('2027-01-03T08:00:00Z'));
  const pastYears = calendar.periods.filter((period) => period.kind === 'YEAR' && !period.open);

  it.each(SURVEY_KINDS)('closes a %s round with the results questionBreakdown computes from its answers', (kind) => {
    const { round, answers } = pastSurveyRound(kind, { respondents: 180, satisfied: 121 }, { position: 4 }, pastYears[1], 5);
    expect(round).toMatchObject({ kind, respondents: 180, satisfied: 121, questionnaire: questionnaireFor(kind) });
    expect(satisfiedShare(answers)).toEqual({ numerator: 121, denominator: 180 });
    // The breakdown's shuffle of the texts is seeded: the same answers and threshold give the same results, whatever the seed.
    const expected = questionBreakdown(round.questionnaire, answers, 10, 0);
    const sortTexts = (results: typeof expected) =>
      results.map((result) => (result.kind === 'TEXT' && !result.suppressed ? { ...result, answers: [...result.answers].sort() } : result));
    expect(sortTexts(round.results)).toEqual(sortTexts(expected));
    const likert = expected.filter((result): result is LikertQuestionResult => result.kind === 'LIKERT' && !result.suppressed);
    expect(likert).toHaveLength(7);
    expect(round.questionMeans).toEqual(Object.fromEntries(likert.map((result) => [result.code, Math.round(result.mean * 100) / 100])));
  });

  it('suppresses questions below the threshold of max(programme k, 10), leaving them out of the means', () => {
    const { round } = pastSurveyRound('EMPLOYEE', { respondents: 9, satisfied: 6 }, { position: 2 }, pastYears[0], 5);
    expect(round.results.every((result) => result.suppressed)).toBe(true);
    expect(round.questionMeans).toEqual({});
    const larger = pastSurveyRound('EMPLOYEE', { respondents: 30, satisfied: 20 }, { position: 2 }, pastYears[0], 40);
    expect(larger.round.results.every((result) => result.suppressed)).toBe(true);
  });

  it('dates the rounds inside their year, before its deadline, with a code the table accepts, distinct per office, year and questionnaire', () => {
    const codes = new Set<string>();
    for (const period of pastYears) {
      for (let position = 1; position <= 26; position += 1) {
        for (const kind of SURVEY_KINDS) {
          const { round } = pastSurveyRound(kind, { respondents: 12, satisfied: 8 }, { position }, period, 5);
          expect(round.code).toMatch(/^[A-Za-z0-9]{10}$/);
          codes.add(round.code);
          expect(round.openedOn >= period.startsOn && round.openedOn < round.closedOn).toBe(true);
          expect(round.closedOn <= period.endsOn && round.closedOn < period.deadline.slice(0, 10)).toBe(true);
        }
      }
    }
    expect(codes.size).toBe(pastYears.length * 26 * 2);
    const again = pastSurveyRound('CLIENT', { respondents: 12, satisfied: 8 }, { position: 3 }, pastYears[0], 5);
    expect(again).toEqual(pastSurveyRound('CLIENT', { respondents: 12, satisfied: 8 }, { position: 3 }, pastYears[0], 5));
  });
});
