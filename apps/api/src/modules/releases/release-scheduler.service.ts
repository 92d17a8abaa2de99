import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { APP_CONFIG } from '../../config/app-config.token';
import type { AppConfig } from '../../config/config';
import { ReleaseService } from './release.service';

/**
 * The automatic release: once at start, then every RELEASE_SWEEP_MINUTES (0 turns it off). The
 * interval comes from the settings, so it is registered at bootstrap through @nestjs/schedule's
 * SchedulerRegistry rather than with a constant @Interval decorator; the registry clears it when the
 * application shuts down. A sweep never overlaps the previous one, and closing waits for it.
 */
@Injectable()
export class ReleaseScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  static readonly INTERVAL = 'automatic-release';
  private readonly logger = new Logger('Release');
  private sweeping: Promise<number> | null = null;

  constructor(
    private readonly releases: ReleaseService,
    private readonly registry: SchedulerRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.releaseSweepMinutes === 0) return;
    this.run();
    const interval = setInterval(() => this.run(), this.config.releaseSweepMinutes * 60_000);
    // A pending sweep never keeps the process alive.
    interval.unref();
    this.registry.addInterval(ReleaseScheduler.INTERVAL, interval);
  }

  async onModuleDestroy(): Promise<void> {
    if (this.registry.doesExist('interval', ReleaseScheduler.INTERVAL)) this.registry.deleteInterval(ReleaseScheduler.INTERVAL);
    await this.sweeping;
  }

  /** Starts a sweep unless one is running; a failure is logged, and the next tick tries again. */
  private run(): void {
    this.sweeping ??= this.releases
      .sweep()
      .catch((error: unknown) => {
        this.logger.error(`automatic release failed: ${error instanceof Error ? error.message : String(error)}`);
        return 0;
      })
      .finally(() => {
        this.sweeping = null;
      });
  }
}
