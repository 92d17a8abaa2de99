import { useT } from '../../../app/i18n';
import type { ReleasePreview } from '../graphql/release-preview.query';

/** What a release would show: the cells with figures, and the hidden ones by reason. */
export function ReleasePreviewSummary({ preview }: { preview: Pick<ReleasePreview, 'again' | 'shown' | 'hidden'> }) {
  const t = useT();
  const hidden = preview.hidden.reduce((sum, h) => sum + h.cells, 0);
  return (
    <>
      {preview.again && <p>{t('release.previewAgain')}</p>}
      <p>{t('release.previewShown', { count: preview.shown })}</p>
      {hidden > 0 && (
        <>
          <p>{t('release.previewHidden', { count: hidden })}</p>
          <ul>
            {preview.hidden.map(({ reason, cells }) => (
              <li key={reason}>{t('release.hiddenReason', { reason: t(`release.reason.${reason}`), count: cells })}</li>
            ))}
          </ul>
        </>
      )}
      <p className="release__note">{t('release.previewNote')}</p>
    </>
  );
}
