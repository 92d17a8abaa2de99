import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { PeriodicSweep, SweepLock } from '../../common/periodic-sweep';
import { APP_CONFIG } from '../../config/app-config.token';
import type { AppConfig } from '../../config/config';
import { SurveyAnsweringRepository } from './survey.repository';

/**
 * Moves the surveys' ballot box into survey_response every SURVEY_SWEEP_MINUTES (docs/surveys.md: in
 * random order, in a transaction of its own, so no answer keeps the transaction id of the invitation it
 * used). Closing a round sweeps its own answers first, so a count never waits for this.
 */
@Injectable()
export class SurveySweepScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  static readonly INTERVAL = 'survey-ballot-sweep';
  private readonly logger = new Logger('SurveySweep');
  private readonly sweep: PeriodicSweep;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    repository: SurveyAnsweringRepository,
    registry: SchedulerRegistry,
    lock: SweepLock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.sweep = new PeriodicSweep(SurveySweepScheduler.INTERVAL, registry, lock, this.logger, 'survey sweep failed', () =>
      repository.sweep(dataSource),
    );
  }

  onApplicationBootstrap(): void {
    this.sweep.start(this.config.surveySweepMinutes);
  }

  onModuleDestroy(): Promise<void> {
    return this.sweep.stop();
  }
}
