import { useT } from '../../../app/i18n';
import type { ReleaseRefusal } from '../utils/distribution';

interface ReleaseRefusalNoteProps {
  refusal: ReleaseRefusal;
  /** The indicator's name for a code (the code itself when unknown). */
  indicatorName: (code: string) => string;
}

/**
 * Why a release was refused and what the lead can do (the server's one sentence), with the cells
 * whose contributors changed by too few offices folded away.
 */
export function ReleaseRefusalNote({ refusal, indicatorName }: ReleaseRefusalNoteProps) {
  const t = useT();
  return (
    <div role="alert" className="state state--error release__refusal">
      <p>{refusal.message || t('error.BAD_USER_INPUT')}</p>
      {refusal.cells.length > 0 && (
        <details className="release__cells">
          <summary>{t('release.refusedCells', { count: refusal.cells.length })}</summary>
          <ul>
            {refusal.cells.map(({ indicatorCode, peerGroupName, changedOffices }) => (
              <li key={`${indicatorCode}/${peerGroupName}`}>
                {t('release.cell', { indicator: indicatorName(indicatorCode), group: peerGroupName, count: changedOffices })}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
