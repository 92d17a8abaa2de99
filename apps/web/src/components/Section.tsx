import { useId, type ReactNode } from 'react';

/** A titled region of a page: an h2 that also names the section landmark. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="section">
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}
