import { useId, useState } from 'react';
import { useT } from '../app/i18n';

/** A read-only text (e.g. a link to hand over) with a button that copies it. */
export function CopyField({ label, value }: { label: string; value: string }) {
  const t = useT();
  const id = useId();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('yes');
    } catch {
      // No clipboard access (e.g. plain http on another host): select the text for a manual copy.
      (document.getElementById(id) as HTMLInputElement | null)?.select();
      setCopied('failed');
    }
  }

  return (
    <div className="field copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-field__row">
        <input id={id} type="text" readOnly value={value} onFocus={(event) => event.target.select()} />
        <button type="button" className="secondary" onClick={copy}>
          {t('copy.button')}
        </button>
      </div>
      <p role="status" className="copy-field__status">
        {copied === 'yes' ? t('copy.done') : copied === 'failed' ? t('copy.failed') : ''}
      </p>
    </div>
  );
}
