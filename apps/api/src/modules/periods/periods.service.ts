import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, mayReviewProgramme } from '@officebench/domain';
import type { DataSource } from 'typeorm';
import { badInput, forbidden, notFound } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { writeAudit } from '../audit/audit';
import { REASON_MAX_LENGTH } from '../submissions/submission-review.service';
import { PeriodEntity } from './entities/period.entity';
import { PeriodModel } from './models/period.model';

/** The lead locks a period (no more entries) or reopens it until a given time, with a reason. */
@Injectable()
export class PeriodsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
