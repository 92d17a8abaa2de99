import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A polite announcement (role="status"): a confirmation or an explanation, not an error. With
 * `takeFocus` it also takes the focus when it appears (when the control that led to it is gone).
 */
export function Notice({ children, takeFocus = false }: { children: ReactNode; takeFocus?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (takeFocus) ref.current?.focus();
  }, [takeFocus]);
  return (
    <div ref={ref} role="status" className="notice" tabIndex={takeFocus ? -1 : undefined}>
      {children}
    </div>
  );
}
