import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUuid } from '@officebench/domain';
import type { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { listenForPublished, type PublishedListener } from '../../database/published-channel';

/**
 * What changed in what an office may see of its peers, as every API process learns it:
 * - `period`: the period's release changed (released, released again, or undone): its cells;
 * - `programme`: the programme's peer groups or indicator set changed;
 * - `reset`: the listening connection was opened again; what changed meanwhile is unknown.
 */
export type ReleaseEvent =
  { kind: 'period'; programmeId: string; periodId: string } | { kind: 'programme'; programmeId: string } | { kind: 'reset' };

/** A notification's payload (`period:<programme>/<period>` or `programme:<programme>`), or null when it is neither. */
export function parseReleaseEvent(payload: string): ReleaseEvent | null {
  const [kind, ids = ''] = payload.split(':');
  const [programmeId, periodId] = ids.split('/');
  if (!isUuid(programmeId ?? '')) return null;
  if (kind === 'programme' && periodId === undefined) return { kind, programmeId };
  if (kind === 'period' && isUuid(periodId ?? '')) return { kind, programmeId, periodId };
  return null;
}

/** First wait before opening a lost connection again, doubled after each failure up to the longest. */
const RECONNECT_FIRST_MS = 500;
const RECONNECT_LONGEST_MS = 30_000;

/**
 * Every API process listens on PostgreSQL's `officebench_published` channel on a connection of its own,
 * and hands each release event to its subscribers (the published-cells cache). The database sends the
 * notifications itself, from triggers, inside the transaction that releases a period or changes a
 * programme's groups or indicators, so they arrive at commit and only then, whichever process (or
 * script) wrote. When the connection is lost it is opened again (with a growing wait) and subscribers
 * get a `reset`, since notifications sent meanwhile are lost.
 */
@Injectable()
export class ReleaseEvents implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('ReleaseEvents');
  private readonly subscribers = new Set<(event: ReleaseEvent) => void>();
  private listener: PublishedListener | null = null;
  private retry: NodeJS.Timeout | null = null;
  private stopped = false;
  private reconnectMs = RECONNECT_FIRST_MS;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Calls `subscriber` with every event from now on; returns the unsubscribe function. */
  subscribe(subscriber: (event: ReleaseEvent) => void): () => void {
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  /** Whether the LISTEN connection is open (events are arriving). */
  get listening(): boolean {
    return this.listener !== null;
  }

  /** Start-up waits for the first LISTEN: a process that cannot hear releases does not start. */
  async onModuleInit(): Promise<void> {
    this.listener = await this.open();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    const listener = this.listener;
    this.listener = null;
    await listener?.close();
  }

  private open(): Promise<PublishedListener> {
    const { url } = this.dataSource.options as PostgresConnectionOptions;
    return listenForPublished(
      url as string,
      (payload) => {
        const event = parseReleaseEvent(payload);
        if (event) this.emit(event);
        else this.logger.warn(`ignored a notification: ${JSON.stringify(payload.slice(0, 200))}`);
      },
      (error) => {
        this.listener = null;
        this.logger.warn(`the release events connection ended${error ? `: ${error.message}` : ''}; opening it again`);
        this.reconnectLater();
      },
    );
  }

  private reconnectLater(): void {
    if (this.stopped) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      this.open().then(
        (listener) => {
          if (this.stopped) return void listener.close();
          this.listener = listener;
          this.reconnectMs = RECONNECT_FIRST_MS;
          this.emit({ kind: 'reset' });
        },
        (error: Error) => {
          this.logger.warn(`could not listen for release events: ${error.message}`);
          this.reconnectMs = Math.min(this.reconnectMs * 2, RECONNECT_LONGEST_MS);
          this.reconnectLater();
        },
      );
    }, this.reconnectMs);
    this.retry.unref();
  }

  private emit(event: ReleaseEvent): void {
    for (const subscriber of this.subscribers) subscriber(event);
  }
}
