import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A page's choices live in its address, so that a reload or a shared link shows the same view: this sets
 * one search parameter, keeping the others, and replaces the history entry (a choice is not a step back).
 */
export function useAddressChoice(): (name: string, value: string) => void {
  const [, setSearchParams] = useSearchParams();
  return useCallback(
    (name, value) =>
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.set(name, value);
          return next;
        },
        { replace: true },
      ),
    [setSearchParams],
  );
}
