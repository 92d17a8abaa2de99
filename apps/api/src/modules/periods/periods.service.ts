import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, mayReviewProgramme, periodDraftProblem } from '@officebench/domain';
import type { DataSource } from 'typeorm';
import { badInput, forbidden, notFound } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { writeAudit } from '../audit/audit';
import { REASON_MAX_LENGTH } from '../submissions/submission-review.service';
import type { CreatePeriodInput } from './dto/create-period.input';
import { PeriodEntity } from './entities/period.entity';
import { PeriodModel } from './models/period.model';

/** The lead locks a period (no more entries) or reopens it until a given time, with a reason. */
@Injectable()
export class PeriodsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A new period of the lead's programme (audited); its label must be new in the programme. */
  async create(actor: Actor, input: CreatePeriodInput): Promise<PeriodModel> {
    if (!mayReviewProgramme(actor, input.programmeId)) throw forbidden();
    const draft = { ...input, label: input.label.trim(), lockedAt: input.lockedAt ?? null };
    const problem = periodDraftProblem(draft);
    if (problem) throw badInput(problem.message, problem.field);
    return this.dataSource.transaction(async (manager) => {
      const [created]: Array<{ id: string }> = await manager.query(
        `INSERT INTO period (programme_id, kind, label, starts_on, ends_on, opens_at, deadline, locked_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (programme_id, label) DO NOTHING RETURNING id`,
        [input.programmeId, draft.kind, draft.label, draft.startsOn, draft.endsOn, draft.opensAt, draft.deadline, draft.lockedAt],
      );
      if (!created) throw badInput(`The programme already has a period ${draft.label}.`, 'label');
      await writeAudit(manager, { actorUserId: actor.userId, action: 'PERIOD_CREATED', entity: 'period', entityId: created.id, newValue: draft, programmeId: input.programmeId });
      return PeriodModel.from(await manager.findOneByOrFail(PeriodEntity, { id: created.id }));
    });
  }

  lock(actor: Actor, periodId: string): Promise<PeriodModel> {
    return this.setLock(actor, periodId, new Date(), 'PERIOD_LOCKED', null);
  }

  reopen(actor: Actor, periodId: string, until: Date, reason: string): Promise<PeriodModel> {
    if (!(until.getTime() > Date.now())) throw badInput('The period must stay open until a time in the future.', 'until');
    const trimmed = reason.trim();
    if (!trimmed || trimmed.length > REASON_MAX_LENGTH) throw badInput(`Give a reason of 1 to ${REASON_MAX_LENGTH} characters.`, 'reason');
    return this.setLock(actor, periodId, until, 'PERIOD_REOPENED', trimmed);
  }

  private async setLock(actor: Actor, periodId: string, lockedAt: Date, action: string, reason: string | null): Promise<PeriodModel> {
    if (!isUuid(periodId)) throw notFound('Period');
    return this.dataSource.transaction(async (manager) => {
      const period = await manager.findOne(PeriodEntity, { where: { id: periodId } });
      if (!period) throw notFound('Period');
      if (!mayReviewProgramme(actor, period.programmeId)) throw forbidden();
      await manager.query('UPDATE period SET locked_at = $2 WHERE id = $1', [periodId, lockedAt]);
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
