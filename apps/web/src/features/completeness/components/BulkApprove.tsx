import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useT } from '../../../app/i18n';
import { useErrorMessage } from '../../../app/useErrorMessage';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { Notice } from '../../../components/Notice';
import type { ReviewItem } from '../../../lib/graphql/review-list.query';
import { APPROVE_SUBMISSIONS_MUTATION } from '../graphql/approve-submissions.mutation';
import { approvalBatches } from '../utils/bulk-approval';

interface BulkApproveProps {
  programmeId: string;
  items: readonly ReviewItem[];
  selected: ReadonlySet<string>;
  /** After the approvals (some may have been refused): clear the choice and ask the list again. */
  onDone: () => void;
}

interface Outcome {
  approved: number;
  refused: Array<{ office: string; period: string; reason: string }>;
  failure: string | null;
}

/**
 * "Zatwierdź zaznaczone (n)": asked once more, then sent in batches with a progress bar; each
 * submission is approved on its own on the server, so the summary says how many were approved and why
 * the others were not.
 */
export function BulkApprove({ programmeId, items, selected, onDone }: BulkApproveProps) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const [approve] = useMutation(APPROVE_SUBMISSIONS_MUTATION);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const batches = approvalBatches(items, selected);
  const count = batches.reduce((sum, batch) => sum + batch.length, 0);

  async function run() {
    const byId = new Map(items.map(({ submission }) => [submission.id, submission]));
    const result: Outcome = { approved: 0, refused: [], failure: null };
    setOutcome(null);
    setProgress({ done: 0, total: count });
    let done = 0;
    try {
      for (const batch of batches) {
        const { data } = await approve({ variables: { input: { programmeId, items: batch } } });
        for (const { submissionId, approved, reason } of data?.approveSubmissions.outcomes ?? []) {
          const submission = byId.get(submissionId);
          if (approved) result.approved += 1;
          else result.refused.push({ office: submission?.office.name ?? '', period: submission?.period.label ?? '', reason: reason ?? '' });
        }
        done += batch.length;
        setProgress({ done, total: count });
      }
    } catch (error) {
      result.failure = errorMessage(error);
    }
    setProgress(null);
    setOutcome(result);
    onDone();
  }

  return (
    <div className="bulk-approve">
      {count > 0 && (
        <ConfirmButton
          label={t('review.bulkButton', { count })}
          accessibleLabel={t('review.bulkButton', { count })}
          question={t('review.bulkQuestion', { count })}
          confirmLabel={t('review.bulkConfirm')}
          onConfirm={run}
        />
      )}
      {progress && (
        <Notice>
          <label htmlFor="bulk-approve-progress">{t('review.bulkProgress', progress)}</label>{' '}
          <progress id="bulk-approve-progress" value={progress.done} max={progress.total} />
        </Notice>
      )}
      {outcome && (
        <Notice takeFocus>
          <p>{t('review.bulkApproved', { count: outcome.approved })}</p>
          {outcome.refused.length > 0 && (
            <>
              <p>{t('review.bulkRefused', { count: outcome.refused.length })}</p>
              <ul>
                {outcome.refused.map(({ office, period, reason }) => (
                  <li key={`${office}/${period}`}>{t('review.bulkRefusedItem', { office, period, reason })}</li>
                ))}
              </ul>
            </>
          )}
        </Notice>
      )}
      {outcome?.failure && (
        <div role="alert" className="state state--error">
          <p>{outcome.failure}</p>
        </div>
      )}
    </div>
  );
}
