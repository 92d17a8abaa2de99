import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  type Actor,
  coordinatesOffice,
  describeSurveyProblem,
  type ExtraQuestionInput,
  isUuid,
  type Language,
  leadsProgramme,
  publishedQuestionMeans,
  type QuestionResult,
  questionBreakdown,
  questionnaireFor,
  roundCode,
  roundProgress,
  satisfiedShare,
  STANDARD_QUESTIONNAIRES,
  SURVEY_KINDS,
  type SurveyKind,
  type SurveyQuestion,
  surveyThreshold,
  validateExtraQuestions,
} from '@officebench/domain';
import type { EntityManager } from 'typeorm';
import { AppError, badInput, forbidden, notFound } from '../../common/errors';
import { message } from '../../common/messages';
import { ScopedDatabase } from '../../common/scoped-database';
import { auditBy } from '../audit/audit.repository';
import { newToken } from '../auth/tokens';
import { SubmissionRepository } from '../submissions/submission.repository';
import { SubmissionReviewService } from '../submissions/submission-review.service';
import { SubmissionWriter } from '../submissions/submission-writer';
import { problemsError } from '../submissions/submissions.service';
import {
  INVITATIONS_PER_REQUEST,
  INVITATIONS_PER_ROUND,
  type SurveyComparisonModel,
  type SurveyExtraQuestionInput,
  type SurveyInvitationsModel,
  type SurveyOfficeModel,
  type SurveyQuestionModel,
  type SurveyQuestionnaireModel,
  type SurveyQuestionResultModel,
  type SurveyRoundModel,
} from './models/survey.models';
import { type AnnualPeriod, type RoundRow, SurveyRepository } from './survey.repository';

/** The indicator a closed round hands in, per questionnaire. */
export const SURVEY_INDICATORS: Readonly<Record<SurveyKind, string>> = {
  CLIENT: 'CLIENT_SATISFIED_PCT',
  EMPLOYEE: 'EMPLOYEE_SATISFIED_PCT',
};

/** A round's public code for the answering link, drawn with the operating system's randomness. */
export const newRoundCode = (): string => roundCode((size) => randomInt(size));

const round2 = (value: number) => Math.round(value * 100) / 100;
const mayRead = (actor: Actor, programmeId: string, officeId: string) =>
  coordinatesOffice(actor, programmeId, officeId) || leadsProgramme(actor, programmeId);
/** A round can open in an annual period whose deadline has not passed and which is not locked. */
const stillAhead = (period: AnnualPeriod, now: Date) =>
  period.deadline.getTime() > now.getTime() && (period.lockedAt === null || period.lockedAt.getTime() > now.getTime());
const isKind = (kind: string): kind is SurveyKind => (SURVEY_KINDS as readonly string[]).includes(kind);

function questionModel(question: SurveyQuestion, language: Language): SurveyQuestionModel {
  return {
    code: question.code,
    kind: question.kind,
    text: question.text[language],
    textPl: question.text.pl,
    textEn: question.text.en,
    required: question.required,
    cafCriterion: question.cafCriterion,
    standard: question.standard,
  };
}

function resultModel(result: QuestionResult, questions: readonly SurveyQuestion[], language: Language): SurveyQuestionResultModel {
  const text = questions.find((question) => question.code === result.code)?.text[language] ?? result.code;
  const empty = { answered: null, counts: null, notApplicable: null, mean: null, satisfiedPct: null, texts: null };
  if (result.suppressed) return { code: result.code, text, kind: result.kind, suppressed: true, ...empty };
  if (result.kind === 'TEXT') return { code: result.code, text, kind: 'TEXT', suppressed: false, ...empty, texts: result.answers };
  return {
    code: result.code,
    text,
    kind: 'LIKERT',
    suppressed: false,
    answered: result.answered,
    counts: [...result.counts],
    notApplicable: result.notApplicable,
    mean: round2(result.mean),
    satisfiedPct: round2(result.satisfiedShare * 100),
    texts: null,
  };
}

/**
 * Survey rounds (docs/surveys.md): the lead's extra questions, opening a round, employees' single-use
 * links, the live count, closing into the year's CLIENT_ / EMPLOYEE_SATISFIED_PCT, the results and the
 * released peer means. The rules are libs/domain's; row-level security keeps each office's rounds its own.
 */
@Injectable()
export class SurveyRoundsService {
  constructor(
    private readonly scoped: ScopedDatabase,
    private readonly repository: SurveyRepository,
    private readonly submissions: SubmissionRepository,
    private readonly writer: SubmissionWriter,
    private readonly review: SubmissionReviewService,
  ) {}

  async questionnaire(actor: Actor, programmeId: string, kind: SurveyKind, language: Language): Promise<SurveyQuestionnaireModel> {
    const member = leadsProgramme(actor, programmeId) || actor.grants.some((grant) => grant.programmeId === programmeId);
    if (!isUuid(programmeId) || !member) throw forbidden();
    return this.scoped.run(actor, (manager) => this.questionnaireIn(manager, actor, programmeId, kind, language));
  }

  async setExtras(
    actor: Actor,
    programmeId: string,
    kind: SurveyKind,
    input: readonly SurveyExtraQuestionInput[],
    expectedVersion: number,
    language: Language,
  ): Promise<SurveyQuestionnaireModel> {
    if (!isUuid(programmeId) || !leadsProgramme(actor, programmeId)) throw forbidden();
    const extras: ExtraQuestionInput[] = input.map((question) => ({
      code: question.code,
      kind: question.kind,
      text: { pl: question.textPl, en: question.textEn },
      ...(question.cafCriterion == null ? {} : { cafCriterion: question.cafCriterion }),
    }));
    const problems = validateExtraQuestions(STANDARD_QUESTIONNAIRES[kind], extras);
    if (problems.length > 0) throw badInput(problems.map((problem) => describeSurveyProblem(problem, language)).join(' '), 'questions');
    const stored = questionnaireFor(kind, extras).questions.filter((question) => !question.standard);
    return this.scoped.run(actor, async (manager) => {
      const saved = await this.repository.saveExtras(
        manager,
        programmeId,
        kind,
        stored.map(({ code, kind: questionKind, text, cafCriterion }) => ({ code, kind: questionKind, text, cafCriterion })),
        expectedVersion,
      );
      if (!saved) throw new AppError('CONFLICT', message('survey.questionsStale', language));
      await auditBy(manager, actor, 'SURVEY_QUESTIONS_CHANGED', ['survey_questionnaire', programmeId], {
        newValue: { kind, extras: stored.map((question) => question.code) },
        programmeId,
      });
      return this.questionnaireIn(manager, actor, programmeId, kind, language);
    });
  }

  async office(actor: Actor, programmeId: string, officeId: string, language: Language): Promise<SurveyOfficeModel> {
    if (!isUuid(programmeId) || !isUuid(officeId) || !mayRead(actor, programmeId, officeId)) throw forbidden();
    return this.scoped.run(actor, async (manager) => {
      const officeName = await this.repository.officeName(manager, programmeId, officeId);
      if (officeName === null) throw notFound('Office');
      const rows = await this.repository.rounds(manager, { programmeId, officeId });
      const taken = new Set(rows.map((row) => `${row.kind}/${row.periodId}`));
      const now = new Date();
      const openable = (await this.repository.annualPeriods(manager, programmeId))
        .filter((period) => stillAhead(period, now))
        .flatMap((period) =>
          SURVEY_KINDS.filter((kind) => !taken.has(`${kind}/${period.id}`)).map((kind) => ({
            kind,
            periodId: period.id,
            periodLabel: period.label,
          })),
        );
      const mayManage = coordinatesOffice(actor, programmeId, officeId);
      return { programmeId, officeId, officeName, rounds: await this.models(manager, actor, rows, language), openable, mayManage };
    });
  }

  async round(actor: Actor, id: string, language: Language): Promise<SurveyRoundModel | null> {
    if (!isUuid(id)) return null;
    return this.scoped.run(actor, async (manager) => {
      const rows = await this.repository.rounds(manager, { ids: [id] });
      return rows.length === 1 ? (await this.models(manager, actor, rows, language))[0] : null;
    });
  }

  /** The lead's overview: every office's rounds with their counts (never per-question results). */
  async programme(actor: Actor, programmeId: string, language: Language): Promise<SurveyRoundModel[]> {
    if (!isUuid(programmeId) || !leadsProgramme(actor, programmeId)) throw forbidden();
    return this.scoped.run(actor, async (manager) =>
      this.models(manager, actor, await this.repository.rounds(manager, { programmeId }), language),
    );
  }

  async open(actor: Actor, args: { programmeId: string; officeId: string; periodId: string; kind: SurveyKind }, language: Language) {
    const { programmeId, officeId, periodId, kind } = args;
    if (!isUuid(programmeId) || !isUuid(officeId) || !coordinatesOffice(actor, programmeId, officeId)) throw forbidden();
    if (!isKind(kind)) throw badInput(message('survey.unknownKind', language), 'kind');
    return this.scoped.run(actor, async (manager) => {
      const [period] = isUuid(periodId) ? await this.repository.annualPeriods(manager, programmeId, [periodId]) : [];
      if (!period) throw badInput(message('survey.notAnnualPeriod', language), 'periodId');
      if (!stillAhead(period, new Date())) throw badInput(message('survey.periodPassed', language, { period: period.label }), 'periodId');
      const { extras } = await this.repository.extras(manager, programmeId, kind);
      const questions = questionnaireFor(kind, extras).questions;
      const id = await this.repository.insertRound(
        manager,
        { programmeId, officeId, periodId, kind, code: newRoundCode(), questions },
        actor.userId,
      );
      if (!id) throw new AppError('CONFLICT', message('survey.alreadyOpen', language, { period: period.label, kind }));
      await auditBy(manager, actor, 'SURVEY_ROUND_OPENED', ['survey_round', id], {
        newValue: { kind, periodId, questions: questions.map((question) => question.code) },
        programmeId,
        officeId,
      });
      return this.reload(manager, actor, id, language);
    });
  }

  /** Single-use links for an employee round: the tokens are returned once; only their hashes are stored. */
  async invite(actor: Actor, roundId: string, count: number, language: Language): Promise<SurveyInvitationsModel> {
    if (!Number.isInteger(count) || count < 1 || count > INVITATIONS_PER_REQUEST)
      throw badInput(message('survey.invitationCount', language, { max: INVITATIONS_PER_REQUEST }), 'count');
    return this.changeIn(actor, roundId, null, language, async (manager, round) => {
      if (round.kind !== 'EMPLOYEE') throw badInput(message('survey.clientsHaveLink', language), 'roundId');
      if (round.invited + count > INVITATIONS_PER_ROUND)
        throw badInput(message('survey.tooManyInvitations', language, { max: INVITATIONS_PER_ROUND, invited: round.invited }), 'count');
      const tokens = Array.from({ length: count }, () => newToken());
      await this.repository.addInvitations(
        manager,
        round.id,
        tokens.map((token) => token.hash),
      );
      // How many, never which: the audit log holds no token or hash.
      await auditBy(manager, actor, 'SURVEY_INVITATIONS_MADE', ['survey_round', round.id], {
        newValue: { count },
        programmeId: round.programmeId,
        officeId: round.officeId,
      });
      return { roundId: round.id, links: tokens.map((token) => `/ankieta/${round.code}?t=${token.token}`), invited: round.invited + count };
    });
  }

  /**
   * Closes the round: the ballot box swept, the satisfied share computed and written into the office's
   * submission of the year through the submission writer (its checks and audit), the per-question results
   * kept (suppressed below the threshold); with `submit`, the submission is also submitted for approval.
   * One transaction: a refused value leaves the round open.
   */
  close(actor: Actor, roundId: string, expectedVersion: number, submit: boolean, language: Language): Promise<SurveyRoundModel> {
    return this.changeIn(actor, roundId, expectedVersion, language, async (manager, round) => {
      const responses = await this.repository.sweptResponses(manager, round.id);
      const share = satisfiedShare(responses);
      if (share === null) throw new AppError('CONFLICT', message('survey.noResponses', language));
      const threshold = surveyThreshold(await this.repository.threshold(manager, round.programmeId));
      const results = questionBreakdown({ kind: round.kind, questions: round.questions }, responses, threshold, randomInt(2 ** 31));
      const questionMeans = publishedQuestionMeans(results);
      await this.repository.close(manager, round.id, {
        respondents: share.denominator,
        satisfied: share.numerator,
        results,
        questionMeans,
      });
      await auditBy(manager, actor, 'SURVEY_ROUND_CLOSED', ['survey_round', round.id], {
        newValue: { respondents: share.denominator, satisfied: share.numerator },
        programmeId: round.programmeId,
        officeId: round.officeId,
      });
      await this.handInShare(manager, actor, round, share, submit, language);
      return this.reload(manager, actor, round.id, language);
    });
  }

  async comparison(actor: Actor, roundId: string): Promise<SurveyComparisonModel> {
    if (!isUuid(roundId)) throw notFound('Survey round');
    return this.scoped.run(actor, async (manager) => {
      const [round] = await this.repository.rounds(manager, { ids: [roundId] });
      if (!round || !mayRead(actor, round.programmeId, round.officeId)) throw notFound('Survey round');
      const peers = round.state === 'CLOSED' ? await this.repository.questionCells(manager, round) : [];
      return {
        roundId,
        released: peers.some((group) => group.reason !== 'NOT_RELEASED'),
        peers: peers.map((group) => ({
          peerGroupId: group.peerGroupId,
          peerGroupName: group.peerGroupName,
          contributorsBand: group.band,
          // As for CAF: why a released group shows nothing stays unsaid, so that it tells nothing of its members.
          suppressionReason: group.reason === null || group.reason === 'NOT_RELEASED' ? group.reason : 'NOT_PUBLISHED',
          means: group.means ? Object.entries(group.means).map(([code, mean]) => ({ code, mean: Number(mean) })) : null,
        })),
      };
    });
  }

  private async handInShare(
    manager: EntityManager,
    actor: Actor,
    round: RoundRow,
    share: { numerator: number; denominator: number },
    submit: boolean,
    language: Language,
  ): Promise<void> {
    const indicatorCode = SURVEY_INDICATORS[round.kind];
    const indicators = await this.submissions.programmeIndicators(manager, round.programmeId);
    if (!indicators.has(indicatorCode)) return;
    const entry = {
      officeId: round.officeId,
      periodId: round.periodId,
      ref: 0,
      indicatorCode,
      numerator: share.numerator,
      denominator: share.denominator,
      comment: message('survey.shareComment', language, { kind: round.kind, period: round.periodLabel, respondents: share.denominator }),
    };
    const outcome = await this.writer.applyBatch(manager, actor, round.programmeId, [entry], { dryRun: false });
    if (outcome.problems.length > 0) throw problemsError(outcome.problems, language);
    if (!submit) return;
    const saved = await this.submissions.lockSubmissions(
      manager,
      round.programmeId,
      [{ officeId: round.officeId, periodId: round.periodId }],
      true,
    );
    const current = saved.get(`${round.officeId}/${round.periodId}`);
    if (!current) throw new Error('the closed round’s submission was not written');
    await this.review.submitIn(manager, actor, current.id, current.version, language);
  }

  private async questionnaireIn(
    manager: EntityManager,
    actor: Actor,
    programmeId: string,
    kind: SurveyKind,
    language: Language,
  ): Promise<SurveyQuestionnaireModel> {
    const { extras, version } = await this.repository.extras(manager, programmeId, kind);
    return {
      programmeId,
      kind,
      questions: questionnaireFor(kind, extras).questions.map((question) => questionModel(question, language)),
      version,
      mayEdit: leadsProgramme(actor, programmeId),
    };
  }

  /** A change by the office's coordinator: the round locked, open, version checked when given. */
  private async changeIn<T>(
    actor: Actor,
    roundId: string,
    expectedVersion: number | null,
    language: Language,
    work: (manager: EntityManager, round: RoundRow) => Promise<T>,
  ): Promise<T> {
    if (!isUuid(roundId)) throw notFound('Survey round');
    return this.scoped.run(actor, async (manager) => {
      const round = await this.repository.lockRound(manager, roundId);
      if (!round) {
        const [seen] = await this.repository.rounds(manager, { ids: [roundId] });
        throw seen ? forbidden() : notFound('Survey round');
      }
      if (!coordinatesOffice(actor, round.programmeId, round.officeId)) throw forbidden();
      if (expectedVersion !== null && round.version !== expectedVersion)
        throw new AppError('CONFLICT', message('survey.stale', language), { currentVersion: round.version });
      if (round.state !== 'OPEN') throw new AppError('CONFLICT', message('survey.closed', language));
      return work(manager, round);
    });
  }

  private async reload(manager: EntityManager, actor: Actor, id: string, language: Language): Promise<SurveyRoundModel> {
    return (await this.models(manager, actor, await this.repository.rounds(manager, { ids: [id] }), language))[0];
  }

  /** The rounds as the caller may see them: counts for everyone who may see the round, results for its office's coordinators. */
  private async models(manager: EntityManager, actor: Actor, rows: RoundRow[], language: Language): Promise<SurveyRoundModel[]> {
    if (rows.length === 0) return [];
    const counts = await this.repository.answerCounts(
      manager,
      rows.map((row) => row.id),
    );
    const thresholds = new Map<string, number>();
    for (const programmeId of new Set(rows.map((row) => row.programmeId)))
      thresholds.set(programmeId, surveyThreshold(await this.repository.threshold(manager, programmeId)));
    const statuses = await this.repository.submissionStatuses(
      manager,
      rows.filter((row) => row.state === 'CLOSED'),
    );
    return rows.map((row) => {
      const threshold = thresholds.get(row.programmeId) as number;
      const responses = row.respondents ?? counts.get(row.id) ?? 0;
      const progress = roundProgress({ responses, invited: row.kind === 'EMPLOYEE' ? row.invited : null, minResponses: threshold });
      const own = coordinatesOffice(actor, row.programmeId, row.officeId);
      return {
        id: row.id,
        programmeId: row.programmeId,
        officeId: row.officeId,
        officeName: row.officeName,
        periodId: row.periodId,
        periodLabel: row.periodLabel,
        kind: row.kind,
        state: row.state,
        code: row.code,
        publicPath: row.kind === 'CLIENT' ? `/ankieta/${row.code}` : null,
        responses,
        invited: progress.invited,
        responseRatePct: progress.responseRate === null ? null : round2(progress.responseRate * 100),
        threshold,
        missingForResults: progress.missingForResults,
        openedOn: row.openedOn,
        closedOn: row.closedOn,
        respondents: row.respondents,
        satisfied: row.satisfied,
        satisfiedPct: row.respondents ? round2(((row.satisfied ?? 0) / row.respondents) * 100) : null,
        questions: row.questions.map((question) => questionModel(question, language)),
        results: own && row.results ? row.results.map((result) => resultModel(result, row.questions, language)) : null,
        submissionStatus: (row.state === 'CLOSED'
          ? (statuses.get(`${row.officeId}/${row.periodId}`) ?? null)
          : null) as SurveyRoundModel['submissionStatus'],
        version: row.version,
        mayManage: own && row.state === 'OPEN',
      };
    });
  }
}
