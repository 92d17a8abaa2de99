import { Injectable } from '@nestjs/common';
import { type Actor, mayReviewProgramme, periodDraftProblem, TEXT_LIMITS, isUuid } from '@officebench/domain';
import { badInput, forbidden, notFound } from '../../common/errors';
import { message } from '../../common/messages';
import { currentLanguage } from '../../common/request-context';
import { auditBy, writeAudit } from '../audit/audit.repository';
import type { CreatePeriodInput } from './dto/create-period.input';
import { PeriodModel } from './models/period.model';
import { PeriodRepository } from './period.repository';

/** The lead locks a period (no more entries) or reopens it until a given time, with a reason. */
@Injectable()
export class PeriodsService {
  constructor(private readonly periods: PeriodRepository) {}

  /** A new period of the lead's programme (audited); its label must be new in the programme. */
  async create(actor: Actor, input: CreatePeriodInput): Promise<PeriodModel> {
    if (!mayReviewProgramme(actor, input.programmeId)) throw forbidden();
    const draft = { ...input, label: input.label.trim(), lockedAt: input.lockedAt ?? null };
    const problem = periodDraftProblem(draft);
    if (problem) throw badInput(message(`period.draft.${problem.code}`, currentLanguage(), problem.params), problem.field);
    return this.periods.transaction(async (manager) => {
      const createdId = await this.periods.insert(manager, { ...draft, programmeId: input.programmeId });
      if (!createdId) throw badInput(message('period.labelTaken', currentLanguage(), { label: draft.label }), 'label');
      await auditBy(manager, actor, 'PERIOD_CREATED', ['period', createdId], { newValue: draft, programmeId: input.programmeId });
      return PeriodModel.from(await this.periods.getById(manager, createdId));
    });
  }

  lock(actor: Actor, periodId: string): Promise<PeriodModel> {
    return this.setLock(actor, periodId, new Date(), 'PERIOD_LOCKED', null);
  }

  reopen(actor: Actor, periodId: string, until: Date, reason: string): Promise<PeriodModel> {
    if (!(until.getTime() > Date.now())) throw badInput(message('period.reopenInPast', currentLanguage()), 'until');
    const trimmed = reason.trim();
    if (!trimmed || trimmed.length > TEXT_LIMITS.reason)
      throw badInput(message('submission.reasonLength', currentLanguage(), { max: String(TEXT_LIMITS.reason) }), 'reason');
    return this.setLock(actor, periodId, until, 'PERIOD_REOPENED', trimmed);
  }

  private async setLock(actor: Actor, periodId: string, lockedAt: Date, action: string, reason: string | null): Promise<PeriodModel> {
    if (!isUuid(periodId)) throw notFound('Period');
    return this.periods.transaction(async (manager) => {
      const period = await this.periods.findById(manager, periodId);
      if (!period) throw notFound('Period');
      if (!mayReviewProgramme(actor, period.programmeId)) throw forbidden();
      await this.periods.setLockedAt(manager, periodId, lockedAt);
      await writeAudit(manager, {
        actorUserId: actor.userId,
        action,
        entity: 'period',
        entityId: periodId,
        oldValue: { lockedAt: period.lockedAt },
        newValue: { lockedAt, ...(reason ? { reason } : {}) },
        programmeId: period.programmeId,
      });
      return PeriodModel.from({ ...period, lockedAt });
    });
  }
}
