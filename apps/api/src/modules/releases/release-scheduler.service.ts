import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { PeriodicSweep, SweepLock } from '../../common/periodic-sweep';
import { APP_CONFIG } from '../../config/app-config.token';
import type { AppConfig } from '../../config/config';
import { ReleaseService } from './release.service';

/**
 * The automatic release: once at start, then every RELEASE_SWEEP_MINUTES (0 turns it off), through
 * @nestjs/schedule's SchedulerRegistry (see PeriodicSweep). A sweep never overlaps the previous one,
 * runs in one API process at a time, and closing waits for it.
 */
@Injectable()
export class ReleaseScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  static readonly INTERVAL = 'automatic-release';
  private readonly logger = new Logger('Release');
  private readonly sweep: PeriodicSweep;

  constructor(
    releases: ReleaseService,
    registry: SchedulerRegistry,
    lock: SweepLock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.sweep = new PeriodicSweep(ReleaseScheduler.INTERVAL, registry, lock, this.logger, 'automatic release failed', () =>
      releases.sweep(),
    );
  }

  onApplicationBootstrap(): void {
    this.sweep.start(this.config.releaseSweepMinutes);
  }

  onModuleDestroy(): Promise<void> {
    return this.sweep.stop();
  }
}
