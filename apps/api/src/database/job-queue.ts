import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import PgBoss from 'pg-boss';
import type { DataSource, EntityManager } from 'typeorm';
import { JOB_SCHEMA } from './migrations/1765600000000-programme-reports';

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
    // Waits for jobs under way (they finish or fail their report), at most the timeout.
    await this.boss.stop({ graceful: true, wait: true, timeout: 60_000 });
  }

  /** Queues a job in the caller's transaction: it exists only if that transaction commits. */
  async send(manager: EntityManager, queue: string, data: object): Promise<void> {
    await this.boss.send(queue, data, { db: executor((text, values) => manager.query(text, values)) });
  }

  /** Works a queue's jobs in this process, one at a time. */
  async work<T extends object>(queue: string, handler: (data: T) => Promise<void>): Promise<void> {
    await this.boss.work<T>(queue, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => handler(job.data));
  }
}
