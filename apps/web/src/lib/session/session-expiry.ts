type Listener = () => void;

/**
 * The link between the Apollo error link (outside React) and the auth provider (inside the router):
 * the link calls `notify()` when an operation answers UNAUTHENTICATED, the provider subscribes.
 */
export interface SessionExpiry {
  notify(): void;
  subscribe(listener: Listener): () => void;
}

export function createSessionExpiry(): SessionExpiry {
  const listeners = new Set<Listener>();
  return {
    notify() {
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
