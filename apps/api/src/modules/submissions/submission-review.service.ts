import { Injectable } from '@nestjs/common';
import {
  type Actor,
  type EntryProblem,
  type Language,
  mayReviewProgramme,
  mayTransition,
  mayWriteOfficeData,
  periodKindFor,
  periodState,
  REVIEW_TRANSITIONS,
  type SubmissionTransition,
  TEXT_LIMITS,
  isUuid,
} from '@officebench/domain';
import type { EntityManager } from 'typeorm';
import { AppError, badInput, forbidden, notFound } from '../../common/errors';
import { message } from '../../common/messages';
import { ScopedDatabase } from '../../common/scoped-database';
import { auditBy } from '../audit/audit.repository';
import type { PeriodEntity } from '../periods/entities/period.entity';
import type { SubmissionEntity } from './entities/submission.entity';
import type { SubmissionModel } from './models/submission.model';
import { SubmissionReader } from './submission-reader';
import { SubmissionRepository } from './submission.repository';
import { problemsError } from './submissions.service';

interface TransitionRequest {
  expectedVersion?: number | null;
  reason?: string;
  /** When given, a submission of another programme is not found (the bulk approval names its programme). */
  programmeId?: string;
}

/**
 * The submission's status changes: the office submits, the lead approves, returns or reopens. Each
 * locks the submission row, checks the version the caller saw and writes one audit row, in one
 * transaction; values cannot change once SUBMITTED (the database refuses it too).
 */
@Injectable()
export class SubmissionReviewService {
  constructor(
    private readonly scoped: ScopedDatabase,
    private readonly reader: SubmissionReader,
    private readonly records: SubmissionRepository,
  ) {}

  submit(actor: Actor, submissionId: string, expectedVersion: number, language: Language) {
    return this.transition(actor, submissionId, 'submit', { expectedVersion }, language);
  }

  approve(actor: Actor, submissionId: string, expectedVersion: number | null | undefined, language: Language, programmeId?: string) {
    return this.transition(actor, submissionId, 'approve', { expectedVersion, programmeId }, language);
  }

  return(actor: Actor, submissionId: string, reason: string, expectedVersion: number | null | undefined, language: Language) {
    return this.transition(actor, submissionId, 'return', { expectedVersion, reason }, language);
  }

  reopen(actor: Actor, submissionId: string, reason: string, language: Language) {
    return this.transition(actor, submissionId, 'reopen', { reason }, language);
  }

  private async transition(
    actor: Actor,
    submissionId: string,
    transition: SubmissionTransition,
    request: TransitionRequest,
    language: Language,
  ): Promise<SubmissionModel> {
    const reason = request.reason?.trim();
    if (request.reason !== undefined && (!reason || reason.length > TEXT_LIMITS.reason)) {
      throw badInput(message('submission.reasonLength', language, { max: String(TEXT_LIMITS.reason) }), 'reason');
    }
    if (!isUuid(submissionId)) throw notFound('Submission');
    return this.scoped.run(actor, (manager) =>
      this.transitionIn(manager, actor, submissionId, transition, { ...request, reason }, language),
    );
  }

  /** Submits inside the caller's transaction (a closed CAF self-assessment hands in its total this way). */
  submitIn(
    manager: EntityManager,
    actor: Actor,
    submissionId: string,
    expectedVersion: number,
    language: Language,
  ): Promise<SubmissionModel> {
    return this.transitionIn(manager, actor, submissionId, 'submit', { expectedVersion }, language);
  }

  /** The change itself, in the caller's scoped transaction; `request.reason` already checked and trimmed. */
  private async transitionIn(
    manager: EntityManager,
    actor: Actor,
    submissionId: string,
    transition: SubmissionTransition,
    request: TransitionRequest,
    language: Language,
  ): Promise<SubmissionModel> {
    const reason = request.reason;
    const submission = await this.records.lockSubmission(manager, submissionId);
    if (!submission || (request.programmeId && submission.programmeId !== request.programmeId)) throw notFound('Submission');
    const allowed =
      transition === 'submit'
        ? mayWriteOfficeData(actor, submission.programmeId, submission.officeId)
        : mayReviewProgramme(actor, submission.programmeId);
    if (!allowed) throw forbidden();
    if (request.expectedVersion != null && request.expectedVersion !== submission.version)
      throw await this.records.conflict(manager, submission);
    if (!mayTransition(transition, submission.status)) {
      throw new AppError(
        'CONFLICT',
        message('submission.wrongStatus', language, {
          status: submission.status,
          transition,
          from: REVIEW_TRANSITIONS[transition].from.join(message('submission.or', language)),
        }),
        {
          current: { version: submission.version, status: submission.status },
        },
      );
    }
    const period = await this.records.periodInTransaction(manager, submission.periodId);
    if (transition !== 'approve' && periodState(period, new Date()) !== 'OPEN') {
      throw problemsError(
        [
          {
            problem: {
              code: periodState(period, new Date()) === 'LOCKED' ? 'PERIOD_LOCKED' : 'PERIOD_NOT_OPEN',
              indicatorCode: null,
              field: null,
              params: { period: period.label, opensAt: period.opensAt.toISOString().slice(0, 10) },
            },
          },
        ],
        language,
      );
    }
    if (transition === 'submit') await this.checkComplete(manager, submission, period, language);

    const before = { status: submission.status, version: submission.version };
    const to = REVIEW_TRANSITIONS[transition].to;
    await this.records.setStatus(manager, submission.id, to, reason ?? null);
    await auditBy(manager, actor, `SUBMISSION_${transition.toUpperCase()}`, ['submission', submission.id], {
      oldValue: before,
      newValue: { status: to, version: submission.version + 1, ...(reason ? { reason } : {}) },
      programmeId: submission.programmeId,
      officeId: submission.officeId,
    });
    return (await this.reader.findById(manager, submission.id))!;
  }

  /** Every mandatory indicator has a value, and every value that carries a warning has a comment. */
  private async checkComplete(
    manager: EntityManager,
    submission: SubmissionEntity,
    period: PeriodEntity,
    language: Language,
  ): Promise<void> {
    const context = await this.reader.plausibilityContext(manager, submission.programmeId, submission.officeId, submission.periodId);
    const current = await this.reader.load(manager, submission, context);
    const indicators = await this.records.programmeIndicators(manager, submission.programmeId);
    const byCode = new Map(current.values.map((v) => [v.indicator.code, v]));
    const problems: EntryProblem[] = [];
    for (const indicator of indicators.values()) {
      if (indicator.mandatory && periodKindFor(indicator.periodicity) === period.kind && byCode.get(indicator.code)?.value == null) {
        problems.push({
          code: 'MANDATORY_MISSING',
          indicatorCode: indicator.code,
          field: indicator.inputKind === 'RATIO' ? 'numerator' : 'value',
          params: {},
        });
      }
    }
    for (const value of current.values) {
      if (value.plausibility?.length && !value.comment?.trim())
        problems.push({ code: 'WARNING_NEEDS_COMMENT', indicatorCode: value.indicator.code, field: 'comment', params: {} });
    }
    if (problems.length > 0)
      throw problemsError(
        problems.map((problem) => ({ problem })),
        language,
      );
  }
}
