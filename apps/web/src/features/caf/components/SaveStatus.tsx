import { formatClockIn } from '../../../app/i18n/format-value';
import { useI18n } from '../../../app/i18n';
import type { SaveState } from '../hooks/useScoreDraft';
import { useRefusalText } from '../../../app/useErrorMessage';
import { isStaleVersion } from '../../../app/graphql-errors';

/** "Zapisano 12:04", "Zapisywanie…", "Nie zapisano: …", and how many changes wait: announced politely. */
export function SaveStatus({ state, unsaved }: { state: SaveState; unsaved: number }) {
  const { t, language } = useI18n();
  const refusal = useRefusalText();
  let text = '';
  if (state.kind === 'saving') text = t('caf.save.saving');
  else if (state.kind === 'saved') text = t('caf.save.saved', { time: formatClockIn(language, state.at) });
  else if (state.kind === 'failed')
    text = isStaleVersion(state.error) ? t('caf.save.stale') : t('caf.save.failed', { reason: refusal(state.error) });
  return (
    <p className={state.kind === 'failed' ? 'caf-save-status caf-save-status--failed' : 'caf-save-status'} role="status">
      {text}
      {unsaved > 0 && state.kind !== 'saving' && <> {t('caf.save.unsaved', { count: unsaved })}</>}
    </p>
  );
}
