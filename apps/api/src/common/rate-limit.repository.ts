import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** A key's window after some hits were added: its total across every process, and when it resets. */
export interface WindowCount {
  key: string;
  hits: number;
  /** Milliseconds until the window resets, by the database's clock (no skew between processes). */
  resetsInMs: number;
}

/** Where the fixed windows are counted (RateLimitRepository: the database, shared by every API process). */
export interface RateLimitStore {
  add(hits: ReadonlyArray<readonly [key: string, count: number]>, windowSeconds: number): Promise<WindowCount[]>;
  /** Forgets the windows that have reset. */
  prune(): Promise<void>;
}

/** The `rate_limit_window` table (migration 1765400000000): one statement per batch of hits. */
@Injectable()
export class RateLimitRepository implements RateLimitStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Adds each count to its key's window and returns the new totals, atomically: a window that has
   * reset starts again from the count, a key never seen opens one of `windowSeconds`. Keys are written
   * in order, so two processes adding the same keys never deadlock.
   */
  async add(hits: ReadonlyArray<readonly [key: string, count: number]>, windowSeconds: number): Promise<WindowCount[]> {
    const rows: Array<{ key: string; hits: number; resets_in_ms: number }> = await this.dataSource.query(
      `INSERT INTO rate_limit_window AS w (key, hits, resets_at)
       SELECT key, sum(count)::int, now() + make_interval(secs => $3)
         FROM unnest($1::text[], $2::int[]) AS h(key, count)
        GROUP BY key
        ORDER BY key
       ON CONFLICT (key) DO UPDATE
          SET hits = CASE WHEN w.resets_at <= now() THEN excluded.hits ELSE w.hits + excluded.hits END,
              resets_at = CASE WHEN w.resets_at <= now() THEN excluded.resets_at ELSE w.resets_at END
       RETURNING key, hits, ceil(extract(epoch FROM resets_at - now()) * 1000)::int AS resets_in_ms`,
      [hits.map(([key]) => key), hits.map(([, count]) => count), windowSeconds],
    );
    return rows.map((row) => ({ key: row.key, hits: row.hits, resetsInMs: row.resets_in_ms }));
  }

  async prune(): Promise<void> {
    await this.dataSource.query(`DELETE FROM rate_limit_window WHERE resets_at <= now()`);
  }
}
