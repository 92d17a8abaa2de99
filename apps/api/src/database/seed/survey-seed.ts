import {
  publishedQuestionMeans,
  type QuestionResult,
  type Questionnaire,
  questionBreakdown,
  questionnaireFor,
  roundCode,
  SURVEY_KEY_QUESTION,
  SURVEY_KINDS,
  type SurveyAnswers,
  type SurveyKind,
  seededRandom,
  surveyThreshold,
} from '@officebench/domain';
import type { EntityManager } from 'typeorm';
import { type AccessScope, setAccessScope } from '../access-context';
import { addDays, type DemoPeriod } from './demo-calendar';

/** The respondents of a closed round and how many of them were satisfied (4 or 5 on OVERALL). */
export interface SurveyCounts {
  respondents: number;
  satisfied: number;
}

/** Both questionnaires' counts of one office in one year. */
export type SurveyShares = Readonly<Record<SurveyKind, SurveyCounts>>;

export interface SurveySeedOffice {
  position: number;
  officeId: string;
  /** The coordinator who opened the office's rounds. */
  coordinatorId: string;
  /**
   * The office's approved CLIENT_ / EMPLOYEE_SATISFIED_PCT of each past annual period, by label, as
   * numerator (satisfied) and denominator (respondents): the demo's synthetic values.
   */
  shares: ReadonlyMap<string, SurveyShares>;
}

/** What respondents wrote in the open question: formal, general suggestions, with nothing about a person. */
export const DEMO_SUGGESTIONS: Readonly<Record<SurveyKind, readonly string[]>> = {
  CLIENT: [
    'Proszę wydłużyć godziny pracy urzędu przynajmniej w jeden dzień tygodnia.',
    'Warto uprościć formularze i dołączyć do nich wzory wypełnienia.',
    'Przydałaby się możliwość rezerwacji wizyty przez internet.',
    'Proszę wyraźniej oznaczyć pokoje i stanowiska obsługi.',
    'Informacje na stronie internetowej urzędu powinny być aktualizowane częściej.',
    'Więcej spraw powinno dać się załatwić przez ePUAP.',
    'W poczekalni przydałoby się więcej miejsc siedzących.',
  ],
  EMPLOYEE: [
    'Przydałyby się regularne spotkania zespołów z kierownictwem urzędu.',
    'Proszę o więcej szkoleń specjalistycznych związanych z zakresem obowiązków.',
    'Warto wymienić sprzęt komputerowy na nowszy.',
    'Obieg dokumentów powinien być w pełni elektroniczny.',
    'Zadania powinny być rozdzielane równomierniej między wydziały.',
    'Przydałaby się jasna informacja o zasadach awansów i nagród.',
    'Proszę poprawić warunki w pomieszczeniach biurowych, zwłaszcza latem.',
  ],
};

/** Shares of respondents who skip a question other than the key one, answer it "not applicable", or write a suggestion. */
const SKIPPED = 0.05;
const NOT_APPLICABLE = 0.04;
/** Many clients settled their matter in person and never tried the electronic way. */
const NOT_APPLICABLE_BY_QUESTION: Readonly<Record<string, number>> = { E_SERVICES: 0.3 };
const WROTE_SUGGESTION = 0.08;

const pick = <T>(random: () => number, items: ArrayLike<T>): T => items[Math.floor(random() * items.length)];

/**
 * Synthetic answers of a round with exactly `satisfied` of `respondents` answering 4 or 5 on OVERALL (the
 * others 1 to 3), every other rating question within one point of the respondent's OVERALL, some answered
 * "not applicable" (null) and some skipped (absent), and a few suggestions from DEMO_SUGGESTIONS in the
 * open question. The same arguments always give the same answers.
 */
export function syntheticSurveyAnswers(
  questionnaire: Questionnaire,
  { respondents, satisfied }: SurveyCounts,
  seed: number,
): SurveyAnswers[] {
  if (!Number.isInteger(respondents) || !Number.isInteger(satisfied) || satisfied < 0 || satisfied > respondents)
    throw new RangeError(`not a round's counts: ${satisfied} satisfied of ${respondents}`);
  const random = seededRandom(seed);
  // Which respondents are satisfied: exactly `satisfied` of them, in a shuffled order.
  const isSatisfied = Array.from({ length: respondents }, (_, i) => i < satisfied);
  for (let i = isSatisfied.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [isSatisfied[i], isSatisfied[j]] = [isSatisfied[j], isSatisfied[i]];
  }
  return isSatisfied.map((happy) => {
    const overall = happy ? (random() < 0.45 ? 5 : 4) : pick(random, [1, 2, 2, 3, 3, 3]);
    const answers: Record<string, number | string | null> = { [SURVEY_KEY_QUESTION]: overall };
    for (const question of questionnaire.questions) {
      if (question.code === SURVEY_KEY_QUESTION) continue;
      const draw = random();
      if (question.kind === 'TEXT') {
        if (draw < WROTE_SUGGESTION) answers[question.code] = pick(random, DEMO_SUGGESTIONS[questionnaire.kind]);
        continue;
      }
      if (draw < SKIPPED) continue;
      if (draw < SKIPPED + (NOT_APPLICABLE_BY_QUESTION[question.code] ?? NOT_APPLICABLE)) answers[question.code] = null;
      else answers[question.code] = Math.min(5, Math.max(1, overall + pick(random, [-1, 0, 0, 1])));
    }
    return answers;
  });
}

/** A closed round's row, as closing it in the product would have left it. */
export interface PastSurveyRound extends SurveyCounts {
  kind: SurveyKind;
  code: string;
  questionnaire: Questionnaire;
  openedOn: string;
  closedOn: string;
  results: QuestionResult[];
  questionMeans: Record<string, number>;
}

/** When each questionnaire ran in a past year: clients from September, employees from October, for these many days. */
const SURVEY_WINDOW: Readonly<Record<SurveyKind, { opens: string; days: number }>> = {
  CLIENT: { opens: '09-01', days: 56 },
  EMPLOYEE: { opens: '10-01', days: 28 },
};

/**
 * An office's closed round of a past annual period: the standard questionnaire, a code and answers drawn
 * from a generator seeded by the office, the year and the questionnaire, dates inside the year (so before
 * the period's deadline), and the results and question means computed from the answers as closing the
 * round computes them (questionBreakdown at the programme's threshold). The answers are returned beside it
 * for the tests; the demo does not store them.
 */
export function pastSurveyRound(
  kind: SurveyKind,
  counts: SurveyCounts,
  office: { position: number },
  period: Pick<DemoPeriod, 'startsOn'>,
  programmeK: number,
): { round: PastSurveyRound; answers: SurveyAnswers[] } {
  const year = Number(period.startsOn.slice(0, 4));
  const random = seededRandom((year * 100 + office.position) * SURVEY_KINDS.length + SURVEY_KINDS.indexOf(kind));
  const code = roundCode((size) => Math.floor(random() * size));
  const questionnaire = questionnaireFor(kind);
  const answers = syntheticSurveyAnswers(questionnaire, counts, Math.floor(random() * 2 ** 31));
  const results = questionBreakdown(questionnaire, answers, surveyThreshold(programmeK), Math.floor(random() * 2 ** 31));
  const questionMeans = publishedQuestionMeans(results);
  const window = SURVEY_WINDOW[kind];
  const openedOn = addDays(`${year}-${window.opens}`, office.position % 14);
  return {
    round: { kind, code, questionnaire, openedOn, closedOn: addDays(openedOn, window.days), ...counts, results, questionMeans },
    answers,
  };
}

/**
 * Past satisfaction surveys of every office, closed, so the release of each past year publishes the
 * per-question peer means: in each past annual period a client and an employee round whose respondents
 * and satisfied are the office's approved CLIENT_ / EMPLOYEE_SATISFIED_PCT of the year (the release counts
 * a round only when they match). The individual answers are not stored (thousands of rows per office
 * would slow every load of the demo): a closed round is read only through its results. Row-level security
 * applies to the load, so it takes the scope of each office's coordinators; `scope` is restored at the end.
 */
export async function seedPastSurveyRounds(
  manager: EntityManager,
  scope: AccessScope,
  programmeId: string,
  periods: ReadonlyArray<DemoPeriod & { id: string }>,
  offices: readonly SurveySeedOffice[],
): Promise<void> {
  const rounds = periods
    .filter((period) => period.kind === 'YEAR' && !period.open)
    .flatMap((period) => offices.map((office) => ({ period, office, shares: office.shares.get(period.label) })));
  const [{ anonymity_threshold: k }] = await manager.query('SELECT anonymity_threshold FROM programme WHERE id = $1', [programmeId]);
  const rows = rounds.flatMap(({ period, office, shares }) =>
    shares ? SURVEY_KINDS.map((kind) => ({ period, office, ...pastSurveyRound(kind, shares[kind], office, period, k).round })) : [],
  );
  await setAccessScope(manager, { ...scope, coordinatedOffices: offices.map(({ officeId }) => ({ programmeId, officeId })) });
  await manager.query(
    `INSERT INTO survey_round (programme_id, office_id, period_id, kind, code, state, questionnaire, opened_by, opened_on, closed_on,
                               respondents, satisfied, results, question_means)
     SELECT $1, x.office, x.period, x.kind, x.code, 'CLOSED', x.questionnaire, x.opened_by, x.opened_on, x.closed_on,
            x.respondents, x.satisfied, x.results, x.question_means
       FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::jsonb[], $7::uuid[], $8::date[], $9::date[], $10::int[], $11::int[],
                   $12::jsonb[], $13::jsonb[])
            AS x(office, period, kind, code, questionnaire, opened_by, opened_on, closed_on, respondents, satisfied, results, question_means)`,
    [
      programmeId,
      rows.map((row) => row.office.officeId),
      rows.map((row) => row.period.id),
      rows.map((row) => row.kind),
      rows.map((row) => row.code),
      rows.map((row) => JSON.stringify(row.questionnaire.questions)),
      rows.map((row) => row.office.coordinatorId),
      rows.map((row) => row.openedOn),
      rows.map((row) => row.closedOn),
      rows.map((row) => row.respondents),
      rows.map((row) => row.satisfied),
      rows.map((row) => JSON.stringify(row.results)),
      rows.map((row) => JSON.stringify(row.questionMeans)),
    ],
  );
  await setAccessScope(manager, scope);
}
