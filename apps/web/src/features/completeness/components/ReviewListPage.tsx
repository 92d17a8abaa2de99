import { Link, useParams } from 'react-router';
import { useI18n } from '../../../app/i18n';
import { formatDateTime } from '../../../app/format-date';
import { DataTable } from '../../../components/DataTable';
import { PageHeading } from '../../../components/PageHeading';
import { QueryView } from '../../../components/QueryView';
import type { CompletenessQuery } from '../../../generated/graphql';
import { useCompleteness } from '../hooks/useCompleteness';
import { awaitingApproval } from '../utils/awaiting-approval';
import { cellPath } from '../utils/paths';
import { LeadOnly } from '../../../components/LeadOnly';

/** `/programmes/:programmeId/review`: the submissions waiting for the lead's decision. */
export function ReviewListPage() {
  const { programmeId = '' } = useParams();
  return (
    <LeadOnly programmeId={programmeId}>
      <ReviewList programmeId={programmeId} />
    </LeadOnly>
  );
}

function ReviewList({ programmeId }: { programmeId: string }) {
  const result = useCompleteness(programmeId);
  return <QueryView result={result}>{(data) => <WaitingList programmeId={programmeId} data={data} />}</QueryView>;
}

function WaitingList({ programmeId, data }: { programmeId: string; data: CompletenessQuery }) {
  const { t, language } = useI18n();
  const waiting = awaitingApproval(data.completeness);
  const title = t('review.listTitle');
  return (
    <>
      <title>{`${title} – ${data.programme?.name ?? ''} – ${t('app.name')}`}</title>
      {data.programme && <p className="eyebrow">{data.programme.name}</p>}
      <PageHeading>{title}</PageHeading>
      {waiting.length === 0 ? (
        <p>{t('review.none')}</p>
      ) : (
        <>
          <p>{t('review.listIntro')}</p>
          <DataTable
            caption={title}
            columns={[
              t('review.office'),
              t('review.period'),
              t('review.submittedAt'),
              { label: t('review.filled'), numeric: true },
              { label: t('users.actions'), labelHidden: true },
            ]}
            rows={waiting.map((row) => ({
              key: `${row.office.id}/${row.period.id}`,
              cells: [
                row.office.name,
                row.period.label,
                row.submittedAt ? formatDateTime(row.submittedAt, language) : t('values.none'),
                t('completeness.filled', { filled: row.filledCount, expected: row.expectedCount }),
                <Link
                  to={cellPath(programmeId, row.office.id, row.period.id, row.status)}
                  aria-label={t('review.open', { office: row.office.name, period: row.period.label })}
                >
                  {t('review.openShort')}
                </Link>,
              ],
            }))}
          />
        </>
      )}
    </>
  );
}
