import type { ReactNode } from 'react';

/** A polite announcement (role="status"): a confirmation or an explanation, not an error. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <div role="status" className="notice">
      {children}
    </div>
  );
}
