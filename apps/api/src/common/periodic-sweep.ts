import type { Logger } from '@nestjs/common';
import type { SchedulerRegistry } from '@nestjs/schedule';

/**
 * A job the server runs by itself (the automatic release, the scheduled reminders): once at start, then
 * every `minutes` (0 turns it off). The interval comes from the settings, so it is registered at
 * bootstrap through @nestjs/schedule's SchedulerRegistry rather than with a constant @Interval
 * decorator; the registry clears it when the application shuts down. A run never overlaps the previous
 * one, a failure is logged (the next tick tries again), and stopping waits for a run under way.
 */
export class PeriodicSweep {
  private sweeping: Promise<unknown> | null = null;

  constructor(
    private readonly name: string,
    private readonly registry: SchedulerRegistry,
    private readonly logger: Logger,
    private readonly failure: string,
    private readonly sweep: () => Promise<unknown>,
  ) {}

  start(minutes: number): void {
    if (minutes === 0) return;
    this.run();
    const interval = setInterval(() => this.run(), minutes * 60_000);
    // A pending run never keeps the process alive.
    interval.unref();
    this.registry.addInterval(this.name, interval);
  }

  async stop(): Promise<void> {
    if (this.registry.doesExist('interval', this.name)) this.registry.deleteInterval(this.name);
    await this.sweeping;
  }

  private run(): void {
    this.sweeping ??= this.sweep()
      .catch((error: unknown) => this.logger.error(`${this.failure}: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        this.sweeping = null;
      });
  }
}
