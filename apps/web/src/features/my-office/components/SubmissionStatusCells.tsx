import { Link } from 'react-router';
import { useT } from '../../../app/i18n';
import type { MyOfficePeriod, MyOfficeProgramme } from '../graphql/my-office.query';
import { useOfficeSubmission } from '../hooks/useMyOffice';
import { countFilled } from '../utils/count-filled';

interface Props {
  /** The page of this period's submission. */
  submissionPath: string;
  /** The user may enter values for this office in this period (its coordinator, the period open). */
  mayFill: boolean;
  officeId: string;
  period: MyOfficePeriod;
  indicators: MyOfficeProgramme['indicators'];
}

/** The status and filled-values cells of one period's row (each row asks for its own submission). */
export function SubmissionStatusCells({ submissionPath, mayFill, officeId, period, indicators }: Props) {
  const t = useT();
  const { data, error, loading } = useOfficeSubmission(officeId, period.id);
  if (loading && !data) {
    return (
      <td colSpan={3} className="muted">
        {t('state.loading')}
      </td>
    );
  }
  if (error || !data) {
    return (
      <td colSpan={3} className="cell-error">
        {t('myOffice.submissionError')}
      </td>
    );
  }
  const { submission } = data;
  const { filled, due } = countFilled(submission?.values ?? [], indicators, period.kind);
  const fill = mayFill && (!submission || submission.status === 'DRAFT' || submission.status === 'RETURNED');
  const action = fill ? t('myOffice.fill') : t('myOffice.view');
  return (
    <>
      <td>
        <span className={`status status--${submission?.status.toLowerCase() ?? 'none'}`}>
          {submission ? t(`submissionStatus.${submission.status}`) : t('submissionStatus.NONE')}
        </span>
        {submission?.status === 'RETURNED' && submission.returnReason && (
          <p className="status__reason">
            {t('myOffice.returnReason')}: {submission.returnReason}
          </p>
        )}
      </td>
      <td className="numeric">{t('myOffice.filledOf', { filled, due })}</td>
      <td>
        <Link to={submissionPath} aria-label={t('myOffice.periodLink', { action, period: period.label })}>
          {action}
        </Link>
      </td>
    </>
  );
}
