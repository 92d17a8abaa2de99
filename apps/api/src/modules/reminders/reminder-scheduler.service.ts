import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { PeriodicSweep, SweepLock } from '../../common/periodic-sweep';
import { APP_CONFIG } from '../../config/app-config.token';
import type { AppConfig } from '../../config/config';
import { RemindersService } from './reminders.service';

/** The scheduled reminders: once at start, then every REMINDER_SWEEP_MINUTES (0 turns them off); see PeriodicSweep. */
@Injectable()
export class ReminderScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  static readonly INTERVAL = 'scheduled-reminders';
  private readonly logger = new Logger('Reminders');
  private readonly sweep: PeriodicSweep;

  constructor(
    reminders: RemindersService,
    registry: SchedulerRegistry,
    lock: SweepLock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.sweep = new PeriodicSweep(ReminderScheduler.INTERVAL, registry, lock, this.logger, 'scheduled reminders failed', () =>
      reminders.sweep(),
    );
  }

  onApplicationBootstrap(): void {
    this.sweep.start(this.config.reminderSweepMinutes);
  }

  onModuleDestroy(): Promise<void> {
    return this.sweep.stop();
  }
}
