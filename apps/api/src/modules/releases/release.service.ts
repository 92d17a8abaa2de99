import { Inject, Injectable } from '@nestjs/common';
import {
  type Actor,
  describeReleaseRefusal,
  type Language,
  mayReviewProgramme,
  releaseDue,
  releaseSummary,
  isUuid,
} from '@officebench/domain';
import type { EntityManager } from 'typeorm';
import { AppError, badInput, forbidden, notFound } from '../../common/errors';
import { ScopedDatabase } from '../../common/scoped-database';
import { APP_CONFIG } from '../../config/app-config.token';
import type { AppConfig } from '../../config/config';
import { auditBy, writeAudit } from '../audit/audit.repository';
import type { PeriodEntity } from '../periods/entities/period.entity';
import { PeriodModel } from '../periods/models/period.model';
import { ReleasePreviewModel } from './models/release-preview.model';
import { ReleaseComputationService } from './release-computation.service';
import { ReleasesRepository } from './releases.repository';

const NOT_DUE = {
  pl: 'Termin składania danych za ten okres jeszcze nie minął; wyniki można opublikować po terminie.',
  en: 'The period’s deadline has not passed yet; results can be released after it.',
};

/** Releases a period's results: by the lead, or automatically once the deadline plus grace has passed. */
@Injectable()
export class ReleaseService {
  constructor(
    private readonly scoped: ScopedDatabase,
    private readonly repository: ReleasesRepository,
    private readonly computation: ReleaseComputationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The period, if the actor leads its programme (refused otherwise). */
  private async ledPeriod(manager: EntityManager, actor: Actor, periodId: string): Promise<PeriodEntity> {
    const period = isUuid(periodId) ? await this.repository.period(manager, periodId) : null;
    if (!period) throw notFound('Period');
    if (!mayReviewProgramme(actor, period.programmeId)) throw forbidden();
    return period;
  }

  /** The lead's release (or re-release) of a period whose deadline has passed, in the lead's scope. */
  async release(actor: Actor, periodId: string, language: Language): Promise<PeriodModel> {
    return this.scoped.run(actor, async (manager) => {
      const period = await this.ledPeriod(manager, actor, periodId);
      if (period.deadline.getTime() > Date.now()) throw badInput(NOT_DUE[language], 'periodId');
      const outcome = await this.computation.releasePeriodCells(manager, periodId);
      if (!outcome) throw notFound('Period');
      if (!outcome.released) {
        throw new AppError('RELEASE_REFUSED', describeReleaseRefusal(outcome.blockers, outcome.threshold, language), {
          cells: outcome.blockers,
        });
      }
      await auditBy(manager, actor, outcome.again ? 'PERIOD_RERELEASED' : 'PERIOD_RELEASED', ['period', periodId], {
        newValue: { cells: outcome.cells },
        programmeId: outcome.programmeId,
      });
      return PeriodModel.from((await this.repository.period(manager, periodId)) as PeriodEntity);
    });
  }

  /**
   * What the lead's release would do now: the release itself, run and rolled back
   * (ReleaseComputationService.previewPeriodCells), so its numbers are the release's own.
   */
  async preview(actor: Actor, periodId: string, language: Language): Promise<ReleasePreviewModel> {
    return this.scoped.run(actor, async (manager) => {
      const period = await this.ledPeriod(manager, actor, periodId);
      const outcome = await this.computation.previewPeriodCells(manager, periodId);
      if (!outcome) throw notFound('Period');
      const refused = !outcome.released;
      return {
        periodId,
        due: period.deadline.getTime() <= Date.now(),
        again: outcome.again,
        refused,
        refusal: refused ? describeReleaseRefusal(outcome.blockers, outcome.threshold, language) : null,
        blockers: outcome.blockers,
        ...releaseSummary(outcome.decisions),
      };
    });
  }

  /**
   * Releases every period whose deadline plus the grace period has passed and that was never
   * released; returns how many. Each period in its own transaction, in its programme lead's scope
   * (ScopedDatabase.runAsLead). Never a re-release: a released period is not looked at.
   */
  async sweep(now = new Date()): Promise<number> {
    // The period table is not under row-level security: no scope is needed to list them.
    const unreleased = await this.scoped.run(null, (manager) => this.repository.unreleasedPeriods(manager));
    const due = unreleased.filter((period) => releaseDue(period, now, this.config.releaseGraceDays));
    for (const period of due) {
      await this.scoped.runAsLead(period.programmeId, async (manager) => {
        const outcome = await this.computation.releasePeriodCells(manager, period.id);
        if (!outcome?.released) return;
        await writeAudit(manager, {
          actorUserId: null,
          action: 'PERIOD_RELEASED_AUTOMATICALLY',
          entity: 'period',
          entityId: period.id,
          newValue: { cells: outcome.cells },
          programmeId: period.programmeId,
        });
      });
    }
    return due.length;
  }
}
