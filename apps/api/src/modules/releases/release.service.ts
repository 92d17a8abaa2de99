import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, describeReleaseRefusal, type Language, mayReviewProgramme, releaseDue } from '@officebench/domain';
import type { DataSource } from 'typeorm';
import { AppError, badInput, forbidden, notFound } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { ScopedDatabase } from '../../common/scoped-database';
import { setAccessScope } from '../../database/access-context';
import { APP_CONFIG } from '../../config/app-config.token';
import type { AppConfig } from '../../config/config';
import { writeAudit } from '../audit/audit';
import { PeriodEntity } from '../periods/entities/period.entity';
import { PeriodModel } from '../periods/models/period.model';
import { releasePeriodCells } from './release';

const NOT_DUE = {
  pl: 'Termin składania danych za ten okres jeszcze nie minął; wyniki można opublikować po terminie.',
  en: 'The period’s deadline has not passed yet; results can be released after it.',
};

/** Releases a period's results: by the lead, or automatically once the deadline plus grace has passed. */
@Injectable()
export class ReleaseService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Release');
  private timer: NodeJS.Timeout | null = null;
  private sweeping: Promise<number> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scoped: ScopedDatabase,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async release(actor: Actor, periodId: string, language: Language): Promise<PeriodModel> {
    const period = isUuid(periodId) ? await this.dataSource.getRepository(PeriodEntity).findOneBy({ id: periodId }) : null;
    if (!period) throw notFound('Period');
    if (!mayReviewProgramme(actor, period.programmeId)) throw forbidden();
    if (period.deadline.getTime() > Date.now()) throw badInput(NOT_DUE[language], 'periodId');
    return this.scoped.run(actor, async (manager) => {
      const outcome = await releasePeriodCells(manager, periodId);
      if (!outcome) throw notFound('Period');
      if (!outcome.released) {
        throw new AppError('RELEASE_REFUSED', describeReleaseRefusal(outcome.blockers, outcome.threshold, language), { cells: outcome.blockers });
      }
      await writeAudit(manager, {
        actorUserId: actor.userId,
        action: outcome.again ? 'PERIOD_RERELEASED' : 'PERIOD_RELEASED',
        entity: 'period',
        entityId: periodId,
        newValue: { cells: outcome.cells },
        programmeId: outcome.programmeId,
      });
      return PeriodModel.from(await manager.findOneByOrFail(PeriodEntity, { id: periodId }));
    });
  }

  /**
   * Releases every period whose deadline plus the grace period has passed and that was never
   * released; returns how many. Each period in its own transaction, in its programme lead's scope.
   */
  async sweep(now = new Date()): Promise<number> {
    const unreleased: Array<{ id: string; programmeId: string; deadline: Date; releasedAt: null }> = await this.dataSource.query(
      `SELECT id, programme_id AS "programmeId", deadline, released_at AS "releasedAt" FROM period WHERE released_at IS NULL ORDER BY deadline`,
    );
    const due = unreleased.filter((period) => releaseDue(period, now, this.config.releaseGraceDays));
    for (const period of due) {
      await this.dataSource.transaction(async (manager) => {
        await setAccessScope(manager, { leadProgrammes: [period.programmeId], coordinatedOffices: [] });
        const outcome = await releasePeriodCells(manager, period.id);
        if (!outcome?.released) return;
        await writeAudit(manager, { actorUserId: null, action: 'PERIOD_RELEASED_AUTOMATICALLY', entity: 'period', entityId: period.id, newValue: { cells: outcome.cells }, programmeId: period.programmeId });
      });
    }
    return due.length;
  }

  onApplicationBootstrap(): void {
    if (this.config.releaseSweepMinutes === 0) return;
    const run = () => {
      this.sweeping ??= this.sweep()
        .catch((error: unknown) => {
          this.logger.error(`automatic release failed: ${error instanceof Error ? error.message : String(error)}`);
          return 0;
        })
        .finally(() => {
          this.sweeping = null;
        });
    };
    run();
    this.timer = setInterval(run, this.config.releaseSweepMinutes * 60_000);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.sweeping;
  }
}
