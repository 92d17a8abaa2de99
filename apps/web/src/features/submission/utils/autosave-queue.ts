type Timer = ReturnType<typeof setTimeout>;

export interface AutosaveQueueOptions {
  /** Pause after the last change before a save starts. */
  delayMs: number;
  /**
   * One save of whatever is pending. Resolves to true when more may be pending right away (e.g. some
   * entries were refused and the others can still be sent). Must not reject.
   */
  save: () => Promise<boolean>;
}

/**
 * When the autosave runs: `changed()` (debounced), `flush()` now (on leaving a field, before submitting).
 * One save at a time: a flush during a save runs another right after it, and its promise resolves
 * only once nothing more is pending.
 */
export class AutosaveQueue {
  private timer: Timer | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(private readonly options: AutosaveQueueOptions) {}

  /** Something changed: save after the pause, unless something else changes first. */
  changed(): void {
    if (this.stopped) return;
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.options.delayMs);
  }

  /** Save now (and again after a save in progress); resolves when the queue is idle. */
  flush(): Promise<void> {
    this.clearTimer();
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          if (await this.options.save()) this.again = true;
        } while (this.again && !this.stopped);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  /** Whether a save is under way. */
  get busy(): boolean {
    return this.running !== null;
  }

  /** No more saves (the page is gone); one under way finishes. */
  stop(): void {
    this.stopped = true;
    this.clearTimer();
  }

  /** Saves may run again (StrictMode mounts a component twice). */
  start(): void {
    this.stopped = false;
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
