import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';

/**
 * The page's h1. After an in-app navigation (not on the first load) it takes the focus, so that screen
 * reader and keyboard users start reading the new page from its title. With `focusOnPathOnly`, a
 * navigation that changes only the query (a search sent from the page, Back to the previous search)
 * leaves the focus where it is: the page announces its new results itself.
 */
export function PageHeading({ children, focusOnPathOnly = false }: { children: ReactNode; focusOnPathOnly?: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { key, pathname } = useLocation();
  const trigger = focusOnPathOnly ? pathname : key;
  useEffect(() => {
    if (key !== 'default') ref.current?.focus();
    // Only a change of `trigger` moves the focus; `key` is read for "not the first load".
  }, [trigger]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
