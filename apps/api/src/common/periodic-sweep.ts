import { Injectable, type Logger } from '@nestjs/common';
import type { SchedulerRegistry } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { runUnlessRunning } from '../database/advisory-lock';

/** Lets one API process at a time run a timed job (see PeriodicSweep). */
@Injectable()
export class SweepLock {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Runs the job unless another process is running it; true when it ran. */
  runUnlessRunning(name: string, work: () => Promise<unknown>): Promise<boolean> {
    return runUnlessRunning(this.dataSource, name, work);
  }
}

/**
 * A job the server runs by itself (the automatic release, the scheduled reminders): once at start, then
 * every `minutes` (0 turns it off). The interval comes from the settings, so it is registered at
 * bootstrap through @nestjs/schedule's SchedulerRegistry rather than with a constant @Interval
 * decorator; the registry clears it when the application shuts down. A run never overlaps the previous
 * one, a failure is logged (the next tick tries again), and stopping waits for a run under way.
 *
 * With several API processes on one database, each ticks, but a run happens in one process at a time:
 * it holds a PostgreSQL advisory lock named after the job (runUnlessRunning), and a process that finds
 * the lock taken skips its turn. The jobs look at the data afresh each run (a released period is not
 * released again, an office reminded today is not reminded again), so runs one after another in
 * different processes do the work once. A job queue (pg-boss) would add its own tables, schema
 * migrations and polling for two jobs that need only mutual exclusion; the lock costs one query a run.
 */
export class PeriodicSweep {
  private sweeping: Promise<unknown> | null = null;

  constructor(
    private readonly name: string,
    private readonly registry: SchedulerRegistry,
    private readonly lock: Pick<SweepLock, 'runUnlessRunning'>,
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
    this.sweeping ??= this.lock
      .runUnlessRunning(this.name, this.sweep)
      .catch((error: unknown) => this.logger.error(`${this.failure}: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        this.sweeping = null;
      });
  }
}
