import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { AppError } from './errors';
import { message } from './messages';
import { RateLimitRepository, type RateLimitStore, type WindowCount } from './rate-limit.repository';
import { currentLanguage } from './request-context';

/** How many attempts each key may make per window. */
export interface RateLimits {
  /** login, password-reset requests and set-password, per client IP */
  loginPerIp: number;
  /** login attempts per e-mail address (the lockout after 5 failures comes on top) */
  loginPerAccount: number;
  /** mutations per signed-in account */
  mutationsPerAccount: number;
  /** mutations per client IP */
  mutationsPerIp: number;
  /** GraphQL queries per signed-in account */
  queriesPerAccount: number;
  /** GraphQL queries per client IP, signed in or not */
  queriesPerIp: number;
  /** Survey answers per client IP (a kiosk in an office's hall, or an office's shared connection, sends many) */
  surveyAnswersPerIp: number;
  windowSeconds: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  loginPerIp: 30,
  loginPerAccount: 10,
  mutationsPerAccount: 120,
  mutationsPerIp: 600,
  queriesPerAccount: 600,
  queriesPerIp: 3_000,
  surveyAnswersPerIp: 30,
  windowSeconds: 60,
};

export const RATE_LIMITS = Symbol('RATE_LIMITS');

/** How often a process sends the query hits it counted to the shared windows. */
export const QUERY_FLUSH_MS = 1_000;

export type Buckets = Array<[key: string, limit: number]>;

/** Keys name e-mail addresses a caller chose: a long one is stored by its hash, so a row stays small. */
const storedKey = (key: string) => (key.length <= 200 ? key : `${key.slice(0, 100)}#${createHash('sha256').update(key).digest('hex')}`);

function rateLimited(retryAfterMs: number): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return new AppError('RATE_LIMITED', message('error.rateLimitedFor', currentLanguage(), { seconds: String(retryAfterSeconds) }), {
    retryAfterSeconds,
  });
}

/**
 * Fixed windows shared by every API process through the database (`rate_limit_window`), in two ways:
 *
 * - `hit` counts exactly: one statement (an atomic upsert that returns the totals) per attempt, before
 *   it is allowed. For logins, password links, mutations and uploads: rare, and where a few extra
 *   attempts across processes would matter.
 * - `hitSoon` is for GraphQL queries, the hottest path, where a round trip per request would undo the
 *   dashboard's work of cutting them: the process counts locally and sends its counts every
 *   QUERY_FLUSH_MS in one statement, which returns the shared totals. A query is refused when the total
 *   known at the last flush plus this process's hits since then is over the limit. One process counts
 *   exactly; N processes may let through up to (N - 1) × a second's worth of one caller's queries
 *   before they see each other's counts, a small slack on limits of hundreds a minute.
 *
 * Expired windows are deleted every window (by each process; harmless when they overlap).
 */
@Injectable()
export class RateLimiter implements OnModuleDestroy {
  private readonly logger = new Logger('RateLimiter');
  /** Query hits counted here and not yet sent, with when this process first counted the key in its window. */
  private unsent = new Map<string, { count: number; resetsAt: number }>();
  /** The batch a flush is sending, still counted until its totals come back. */
  private inFlight = new Map<string, { count: number; resetsAt: number }>();
  /** The shared totals at the last flush, with when each window resets (this process's clock). */
  private readonly shared = new Map<string, { hits: number; resetsAt: number }>();
  private flushing: Promise<void> = Promise.resolve();
  private flushFailing = false;
  private lastPrune = Date.now();
  private readonly timer: NodeJS.Timeout;

  constructor(
    @Inject(RATE_LIMITS) readonly limits: RateLimits,
    @Inject(RateLimitRepository) private readonly store: RateLimitStore,
  ) {
    this.timer = setInterval(() => void this.flush(), QUERY_FLUSH_MS);
    // Counting never keeps the process alive.
    this.timer.unref();
  }

  /** Counts one attempt for each bucket in the shared windows; refuses with RATE_LIMITED when any bucket is full. */
  async hit(buckets: Buckets): Promise<void> {
    const counts = await this.store.add(
      buckets.map(([key]) => [storedKey(key), 1] as const),
      this.limits.windowSeconds,
    );
    const byKey = new Map(counts.map((count) => [count.key, count]));
    const over = buckets
      .map(([key, limit]) => ({ count: byKey.get(storedKey(key)) as WindowCount, limit }))
      .filter((b) => b.count.hits > b.limit);
    if (over.length > 0) throw rateLimited(Math.max(...over.map((b) => b.count.resetsInMs)));
  }

  /** Counts one query for each bucket, locally until the next flush (see above); refuses with RATE_LIMITED when any bucket is full. */
  hitSoon(buckets: Buckets, now = Date.now()): void {
    const windowMs = this.limits.windowSeconds * 1000;
    for (const [name, limit] of buckets) {
      const key = storedKey(name);
      const unsent = this.unsent.get(key) ?? { count: 0, resetsAt: now + windowMs };
      unsent.count += 1;
      this.unsent.set(key, unsent);
      const shared = this.shared.get(key);
      const open = shared && shared.resetsAt > now ? shared : null;
      if ((open?.hits ?? 0) + (this.inFlight.get(key)?.count ?? 0) + unsent.count > limit)
        throw rateLimited((open?.resetsAt ?? unsent.resetsAt) - now);
    }
  }

  /** Sends the queries counted since the last flush and learns the shared totals; prunes once a window. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.send());
    return this.flushing;
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  private async send(): Promise<void> {
    const now = Date.now();
    for (const [key, window] of this.shared) if (window.resetsAt <= now) this.shared.delete(key);
    try {
      await this.sendCounts();
      if (now - this.lastPrune >= this.limits.windowSeconds * 1000) {
        this.lastPrune = now;
        await this.store.prune();
      }
      this.flushFailing = false;
    } catch (error) {
      if (!this.flushFailing) this.logger.warn(`query counts not shared: ${error instanceof Error ? error.message : String(error)}`);
      this.flushFailing = true;
    }
  }

  /** The unsent counts in one statement; on failure they are kept for the next flush (the database may be away for a moment). */
  private async sendCounts(): Promise<void> {
    if (this.unsent.size === 0) return;
    const batch = this.unsent;
    this.inFlight = batch;
    this.unsent = new Map();
    try {
      const counts = await this.store.add(
        [...batch].map(([key, { count }]) => [key, count] as const),
        this.limits.windowSeconds,
      );
      const learnt = Date.now();
      for (const count of counts) this.shared.set(count.key, { hits: count.hits, resetsAt: learnt + count.resetsInMs });
    } catch (error) {
      for (const [key, window] of batch) {
        const later = this.unsent.get(key);
        this.unsent.set(key, later ? { count: later.count + window.count, resetsAt: window.resetsAt } : window);
      }
      throw error;
    } finally {
      this.inFlight = new Map();
    }
  }
}
