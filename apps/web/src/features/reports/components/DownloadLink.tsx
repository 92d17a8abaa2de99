import { useId } from 'react';

/**
 * A file the API makes, as a plain link with `download` (the session's cookie goes with it, and the
 * browser shows the download's progress), and what the file holds below it, read out with the link.
 */
export function DownloadLink({ href, label, hint }: { href: string; label: string; hint?: string }) {
  const hintId = useId();
  return (
    <li className="reports-download">
      <a className="button-link" href={href} download aria-describedby={hint ? hintId : undefined}>
        {label}
      </a>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
    </li>
  );
}
