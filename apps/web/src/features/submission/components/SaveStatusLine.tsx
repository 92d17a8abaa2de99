import { useI18n } from '../../../app/i18n';
import { formatDateTime } from '../../../app/format-date';
import { formatTime, type SaveStatus } from '../utils/save-status';

interface SaveStatusLineProps {
  status: SaveStatus;
  unsavedCount: number;
  heldCount: number;
  /** When the submission was last saved (by anyone), for the state before the first save here. */
  lastSavedAt: string | null;
  onSaveNow: () => void;
}

/** "Zapisano 12:04", "Zapisywanie…", "Nie zapisano: …": announced politely, kept in view while scrolling. */
export function SaveStatusLine({ status, unsavedCount, heldCount, lastSavedAt, onSaveNow }: SaveStatusLineProps) {
  const { t, language } = useI18n();
  let text: string;
  if (status.kind === 'conflict') text = t('save.conflict');
  else if (status.kind === 'saving') text = t('save.saving');
  else if (status.kind === 'failed') text = t('save.failed', { reason: status.reason });
  else if (unsavedCount > 0) text = t('save.pending');
  else if (status.kind === 'saved') text = t('save.saved', { time: formatTime(status.at, language) });
  else text = lastSavedAt ? t('save.lastSaved', { date: formatDateTime(lastSavedAt, language) }) : t('save.idle');
  const problem = status.kind === 'failed' || status.kind === 'conflict';
  return (
    <div className={`save-status${problem ? ' save-status--problem' : ''}`}>
      <p role="status" aria-atomic="true" className="save-status__text">
        {text}
        {heldCount > 0 && <span className="save-status__held"> {t('save.held', { count: heldCount })}</span>}
      </p>
      {(status.kind === 'failed' || (unsavedCount > 0 && status.kind !== 'saving' && status.kind !== 'conflict')) && (
        <button type="button" className="secondary small" onClick={onSaveNow}>
          {t('save.now')}
        </button>
      )}
    </div>
  );
}
