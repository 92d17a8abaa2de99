import { useT } from '../../../app/i18n';
import type { CompletenessRow } from '../graphql/completeness.query';
import { cellStatus } from '../utils/completeness';

/** A submission's status in words, with "late" written out (the colour only repeats it). */
export function CellStatusText({ row }: { row: CompletenessRow }) {
  const t = useT();
  const status = cellStatus(row);
  return (
    <>
      <span className={`status status--${status.toLowerCase()}`}>{t(`submissionStatus.${status}`)}</span>
      {row.isLate && (
        <>
          {' '}
          <span className="late-badge">{t('completeness.late')}</span>
        </>
      )}
    </>
  );
}
