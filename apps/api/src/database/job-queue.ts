import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import PgBoss from 'pg-boss';
import type { DataSource, EntityManager } from 'typeorm';
import { JOB_SCHEMA } from './migrations/1765600000000-programme-reports';

/** How often an idle process asks its queues for work. */
const POLL_MS = 1000;

/** pg-boss's way to run SQL: here on a given connection (a transaction) or the API's pool. */
const executor = (run: (text: string, values?: unknown[]) => Promise<unknown>): PgBoss.Db => ({
  executeSql: async (text, values) => ({ rows: (await run(text, values)) as unknown[] }),
});

/**
 * Background jobs on PostgreSQL (pg-boss), through the API's own pool and role: no second pool, no
 * schema changes (the migration 1765600000000 installs pg-boss's tables, so `migrate: false` only checks
 * their version). Every API process works the queues; pg-boss hands each job to one of them (SKIP
 * LOCKED) and retries a job whose process died once its expiry passes. The automatic release and the
 * reminders keep their advisory-locked sweeps (PeriodicSweep): they need mutual exclusion, not a queue.
 */
@Injectable()
export class JobQueue implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('JobQueue');
  private readonly boss: PgBoss;
  private readonly loops: Array<Promise<void>> = [];
  private stopping = false;
  private wake: () => void = () => undefined;

  constructor(@InjectDataSource() dataSource: DataSource) {
    const pool = (dataSource.driver as unknown as { master: Pool }).master;
    this.boss = new PgBoss({
      db: executor(async (text, values) => (await pool.query(text, values)).rows),
      schema: JOB_SCHEMA,
      migrate: false,
      schedule: false,
      supervise: true,
    });
    this.boss.on('error', (error) => this.logger.error(`job queue: ${error.message}`));
  }

  async onModuleInit(): Promise<void> {
    await this.boss.start();
  }

  async onApplicationShutdown(): Promise<void> {
    // The loops end after the job under way (it finishes or fails its report), then pg-boss stops.
    this.stopping = true;
    this.wake();
    await Promise.all(this.loops);
    await this.boss.stop({ graceful: true, wait: true, timeout: 60_000 });
  }

  /** Queues a job in the caller's transaction: it exists only if that transaction commits. */
  async send(manager: EntityManager, queue: string, data: object): Promise<void> {
    await this.boss.send(queue, data, { db: executor((text, values) => manager.query(text, values)) });
  }

  /**
   * Works a queue's jobs in this process, one at a time, until the application stops: a loop over pg-boss's
   * `fetch`, `complete` and `fail` rather than its `work()`, whose polling goes on for a while after `stop()`
   * returns (pg-boss 10 checks its workers in a detached loop), past the end of the application; this loop is
   * awaited when the application shuts down. A failed handler fails its job (pg-boss retries it as the queue says).
   */
  work<T extends object>(queue: string, handler: (data: T) => Promise<void>): void {
    this.loops.push(this.loop(queue, handler));
  }

  private async loop<T extends object>(queue: string, handler: (data: T) => Promise<void>): Promise<void> {
    while (!this.stopping) {
      const [job] = await this.boss.fetch<T>(queue).catch((error: Error) => {
        this.logger.error(`job queue ${queue}: ${error.message}`);
        return [];
      });
      if (job === undefined) {
        await this.pause();
        continue;
      }
      try {
        await handler(job.data);
        await this.boss.complete(queue, job.id);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        this.logger.error(`job ${queue} ${job.id} failed: ${message}`);
        await this.boss.fail(queue, job.id, { message }).catch(() => undefined);
      }
    }
  }

  /** Waits for the next poll, or less when the application stops. */
  private pause(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, POLL_MS);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
