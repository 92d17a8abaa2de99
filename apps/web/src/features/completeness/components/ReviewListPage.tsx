import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { formatDateTime } from '../../../app/format-date';
import { useI18n } from '../../../app/i18n';
import { DataTable } from '../../../components/DataTable';
import { LeadOnly } from '../../../components/LeadOnly';
import { Notice } from '../../../components/Notice';
import { PageHeading } from '../../../components/PageHeading';
import { QueryView } from '../../../components/QueryView';
import { SelectField } from '../../../components/SelectField';
import type { ReviewListQuery, SubmissionStatus } from '../../../generated/graphql';
import { REVIEW_LIST_QUERY, type ReviewItem } from '../../../lib/graphql/review-list.query';
import { indicatorName } from '../../../lib/indicator-format';
import { openedPeriods } from '../../../lib/periods';
import { type ReviewFilter, reviewFilterOf, reviewSearch } from '../../../lib/review-queue';
import { approvableIds, toggleAllShown } from '../utils/bulk-approval';
import { cellPath } from '../utils/paths';
import { BulkApprove } from './BulkApprove';

const STATUS_CHOICES = ['SUBMITTED', 'RETURNED', 'APPROVED', 'DRAFT', 'ALL'] as const;

/** `/programmes/:programmeId/review`: the submissions for the lead's decision, filtered by period and status (kept in the address). */
export function ReviewListPage() {
  const { programmeId = '' } = useParams();
  return (
    <LeadOnly programmeId={programmeId}>
      <ReviewList programmeId={programmeId} />
    </LeadOnly>
  );
}

function ReviewList({ programmeId }: { programmeId: string }) {
  const [searchParams] = useSearchParams();
  const filter = reviewFilterOf(searchParams);
  const result = useQuery(REVIEW_LIST_QUERY, {
    variables: { programmeId, periodId: filter.periodId, status: filter.status },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <QueryView result={result}>
      {(data) => (
        <Review programmeId={programmeId} filter={filter} data={data} refetch={() => void result.refetch().catch(() => undefined)} />
      )}
    </QueryView>
  );
}

function Review({
  programmeId,
  filter,
  data,
  refetch,
}: {
  programmeId: string;
  filter: ReviewFilter;
  data: ReviewListQuery;
  refetch: () => void;
}) {
  const { t } = useI18n();
  const [, setSearchParams] = useSearchParams();
  const location = useLocation();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const title = t('review.listTitle');
  const items = data.reviewList;
  const approvable = approvableIds(items);
  const choose = (next: ReviewFilter) => {
    setSelected(new Set());
    setSearchParams(new URLSearchParams(reviewSearch(next)), { replace: true });
  };
  const arrivalNotice = (location.state as { notice?: string } | null)?.notice;
  return (
    <>
      <title>{`${title} – ${data.programme?.name ?? ''} – ${t('app.name')}`}</title>
      {data.programme && <p className="eyebrow">{data.programme.name}</p>}
      <PageHeading>{title}</PageHeading>
      {arrivalNotice && (
        <Notice takeFocus>
          <p>{arrivalNotice}</p>
        </Notice>
      )}
      <p>{t('review.listIntro')}</p>
      <div className="filter-bar">
        <SelectField
          id="review-period"
          label={t('review.periodFilter')}
          value={filter.periodId ?? ''}
          options={[
            { value: '', label: t('review.allPeriods') },
            ...openedPeriods(data.programme?.periods ?? []).map(({ id, label }) => ({ value: id, label })),
          ]}
          onChange={(periodId) => choose({ ...filter, periodId: periodId || null })}
        />
        <SelectField
          id="review-status"
          label={t('review.statusFilter')}
          value={filter.status ?? 'ALL'}
          options={STATUS_CHOICES.map((status) => ({ value: status, label: t(`review.statusChoice.${status}`) }))}
          onChange={(status) => choose({ ...filter, status: status === 'ALL' ? null : (status as SubmissionStatus) })}
        />
      </div>
      {items.length === 0 ? (
        <p>{filter.status === 'SUBMITTED' ? t('review.none') : t('review.noneFiltered')}</p>
      ) : (
        <>
          {approvable.length > 0 && (
            <div className="review-bulk">
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={approvable.every((id) => selected.has(id))}
                  onChange={() => setSelected(toggleAllShown(selected, approvable))}
                />{' '}
                {t('review.selectAll', { count: approvable.length })}
              </label>
              <BulkApprove
                programmeId={programmeId}
                items={items}
                selected={selected}
                onDone={() => {
                  setSelected(new Set());
                  refetch();
                }}
              />
            </div>
          )}
          <DataTable
            caption={title}
            rowHeaderColumn={1}
            columns={[
              { label: t('review.select'), labelHidden: true },
              t('review.office'),
              t('review.period'),
              t('review.status'),
              t('review.submittedAt'),
              t('review.warnings'),
              t('review.latestComment'),
              { label: t('review.actions'), labelHidden: true },
            ]}
            rows={items.map((item) => reviewRow(item, programmeId, filter, selected, setSelected))}
          />
        </>
      )}
    </>
  );
}

function reviewRow(
  item: ReviewItem,
  programmeId: string,
  filter: ReviewFilter,
  selected: ReadonlySet<string>,
  setSelected: (next: ReadonlySet<string>) => void,
) {
  const { submission } = item;
  const label = `${submission.office.name}, ${submission.period.label}`;
  return {
    key: submission.id,
    cells: [
      submission.status === 'SUBMITTED' ? (
        <SelectBox
          label={label}
          checked={selected.has(submission.id)}
          onChange={(checked) => {
            const next = new Set(selected);
            if (checked) next.add(submission.id);
            else next.delete(submission.id);
            setSelected(next);
          }}
        />
      ) : null,
      submission.office.name,
      submission.period.label,
      <StatusText status={submission.status} />,
      <SubmittedAt at={submission.submittedAt} />,
      <Warnings item={item} />,
      <LatestComment item={item} />,
      <OpenLink
        to={`${cellPath(programmeId, submission.office.id, submission.period.id, submission.status)}${reviewSearch(filter)}`}
        office={submission.office.name}
        period={submission.period.label}
      />,
    ],
  };
}

function SelectBox({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const { t } = useI18n();
  return (
    <input
      type="checkbox"
      aria-label={t('review.selectOne', { submission: label })}
      checked={checked}
      onChange={(event) => onChange(event.target.checked)}
    />
  );
}

function StatusText({ status }: { status: SubmissionStatus }) {
  const { t } = useI18n();
  return <>{t(`submissionStatus.${status}`)}</>;
}

function SubmittedAt({ at }: { at: string | null }) {
  const { t, language } = useI18n();
  return <>{at ? formatDateTime(at, language) : t('values.none')}</>;
}

/** The count of values with a warning, unfolding to each warning with the office's comment. */
function Warnings({ item }: { item: ReviewItem }) {
  const { t, language } = useI18n();
  if (item.warningCount === 0) return <>{t('review.noWarnings')}</>;
  const flagged = item.submission.values.filter(({ warnings }) => warnings.length > 0);
  return (
    <details className="review-warnings">
      <summary>{t('review.warningCount', { count: item.warningCount })}</summary>
      <ul>
        {flagged.map((value) => (
          <li key={value.indicator.code}>
            <strong>{indicatorName(value.indicator, language)}</strong>: {value.warnings.join(' ')}{' '}
            {value.comment ? t('review.officeComment', { comment: value.comment }) : t('review.noOfficeComment')}
          </li>
        ))}
      </ul>
    </details>
  );
}

function LatestComment({ item }: { item: ReviewItem }) {
  const { t, language } = useI18n();
  const comment = item.latestComment;
  if (!comment) return <>{t('values.none')}</>;
  return (
    <>
      {t(comment.kind === 'REOPEN' ? 'review.commentReopen' : 'review.commentReturn', {
        text: comment.text,
        at: formatDateTime(comment.at, language),
      })}
    </>
  );
}

function OpenLink({ to, office, period }: { to: string; office: string; period: string }) {
  const { t } = useI18n();
  return (
    <Link to={to} aria-label={t('review.open', { office, period })}>
      {t('review.openShort')}
    </Link>
  );
}
