import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG } from '../../config/app-config.token';
import type { AppConfig } from '../../config/config';
import { ReleaseService } from './release.service';

/**
 * The automatic release: once at start, then every RELEASE_SWEEP_MINUTES (0 turns it off). A sweep
 * never overlaps the previous one, and closing the application waits for a running one.
 *
 * Why not @nestjs/schedule (ScheduleModule.forRoot() with the interval added to SchedulerRegistry at
 * bootstrap, since its length comes from the settings): version 12 is published as ES modules only.
 * The built API loads it (Node 20.19+ requires ES modules), but jest runs the API's sources as CommonJS
 * through @swc/jest and leaves node_modules untransformed, so every spec that builds the application
 * would fail with "Must use import to load ES Module". The switch is this class's timer for
 * SchedulerRegistry.addInterval/deleteInterval and ScheduleModule.forRoot() in AppModule, once
 * apps/api/jest.config.cjs transforms the package (transformIgnorePatterns:
 * ['/node_modules/(?!@nestjs/schedule/)'], as apps/web does for its ES-only packages).
 */
@Injectable()
export class ReleaseScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Release');
  private timer: NodeJS.Timeout | null = null;
  private sweeping: Promise<number> | null = null;

  constructor(
    private readonly releases: ReleaseService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.releaseSweepMinutes === 0) return;
    this.run();
    this.timer = setInterval(() => this.run(), this.config.releaseSweepMinutes * 60_000);
    // A pending sweep never keeps the process alive.
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
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
