import { useId, useState } from 'react';
import { useT } from '../../../app/i18n';
import { useErrorMessage } from '../../../app/useErrorMessage';
import { usePracticeDisclosure, useSetPracticeDisclosure } from '../hooks/usePractices';

interface DisclosureSettingProps {
  officeId: string;
  /** Shown when the coordinator has several offices, so that each box says which office it is for. */
  officeName?: string;
}

/**
 * The office's consent to be named, next to its practices suggested to lagging offices, as one that
 * improved on the indicator. Saved as soon as it is changed; never shows or sends a value.
 */
export function DisclosureSetting({ officeId, officeName }: DisclosureSettingProps) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const id = useId();
  const { data, loading, error } = usePracticeDisclosure(officeId);
  const [save, { loading: saving }] = useSetPracticeDisclosure();
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const checked = data?.practiceDisclosure.showImprovement ?? false;

  async function change(showImprovement: boolean) {
    setStatus({ text: t('practices.disclosure.saving'), error: false });
    try {
      await save({ variables: { officeId, showImprovement } });
      setStatus({ text: t(showImprovement ? 'practices.disclosure.on' : 'practices.disclosure.off'), error: false });
    } catch (caught) {
      setStatus({ text: errorMessage(caught), error: true });
    }
  }

  return (
    <div className="disclosure">
      {officeName && <h3>{officeName}</h3>}
      <div className="field field--checkbox">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          disabled={(loading && !data) || saving || Boolean(error && !data)}
          aria-describedby={`${id}-explain`}
          onChange={(event) => void change(event.target.checked)}
        />
        <label htmlFor={id}>{t('practices.disclosure.label')}</label>
      </div>
      <p id={`${id}-explain`} className="field__hint">
        {t('practices.disclosure.explain')}
      </p>
      <p role={status?.error ? 'alert' : 'status'} className={status?.error ? 'field__error' : 'muted'}>
        {status?.text ?? (loading && !data ? t('state.loading') : error && !data ? t('state.error') : '')}
      </p>
    </div>
  );
}
