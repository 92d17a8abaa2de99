type Listener = () => void;

/** The app-wide state the status banner shows: some operation waits for the service to come back. */
export interface RetryWait {
  /** The wait, in seconds, of the retry scheduled last (as said when it was scheduled). */
  seconds: number;
}

/**
 * The link between the retry link (outside React) and the status banner (inside): the link says when
 * an operation waits for a retry and when it is settled (answered, given up or cancelled); the banner
 * reads `current()` through useSyncExternalStore.
 */
export interface RetryStatus {
  waiting(operation: object, seconds: number): void;
  settled(operation: object): void;
  /** null when nothing waits; the same object as long as what is shown does not change. */
  current(): RetryWait | null;
  subscribe(listener: Listener): () => void;
}

export function createRetryStatus(): RetryStatus {
  // In the order the retries were scheduled: the last one is what the banner says.
  const waits = new Map<object, number>();
  const listeners = new Set<Listener>();
  let snapshot: RetryWait | null = null;

  function update() {
    const last = [...waits.values()].at(-1);
    const next = last === undefined ? null : snapshot?.seconds === last ? snapshot : { seconds: last };
    if (next === snapshot) return;
    snapshot = next;
    for (const listener of [...listeners]) listener();
  }

  return {
    waiting(operation, seconds) {
      waits.delete(operation);
      waits.set(operation, seconds);
      update();
    },
    settled(operation) {
      if (waits.delete(operation)) update();
    },
    current: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
