import { useState } from 'react';
import { useT } from '../../../app/i18n';
import { useErrorMessage } from '../../../app/useErrorMessage';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { Notice } from '../../../components/Notice';
import type { SendRemindersMutation } from '../../../generated/graphql';
import { useSendReminders } from '../hooks/useReminders';

interface SendRemindersProps {
  programmeId: string;
  /** The period chosen on the page (null: all periods). */
  period: { id: string; label: string; state: string } | null;
  /** Offices of the period that have not handed in. */
  toRemind: number;
}

type Outcome = { kind: 'sent'; result: SendRemindersMutation['sendReminders'] } | { kind: 'failed'; message: string };

const names = (offices: ReadonlyArray<{ name: string }>) => offices.map(({ name }) => name).join(', ');

/** The lead's "send a reminder now" for the chosen period, asked once more, with its progress and what it did. */
export function SendReminders({ programmeId, period, toRemind }: SendRemindersProps) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const [send, { loading }] = useSendReminders();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  if (!period) return <p>{t('reminders.choosePeriod')}</p>;
  if (period.state !== 'OPEN') return <p>{t('reminders.periodClosed', { period: period.label })}</p>;

  async function confirm() {
    if (!period) return;
    setOutcome(null);
    try {
      const { data } = await send({ variables: { programmeId, periodId: period.id } });
      if (data) setOutcome({ kind: 'sent', result: data.sendReminders });
    } catch (error) {
      setOutcome({ kind: 'failed', message: errorMessage(error) });
    }
  }

  return (
    <div className="reminders">
      <p>{t('reminders.intro')}</p>
      {toRemind === 0 ? (
        <p>{t('reminders.nobody', { period: period.label })}</p>
      ) : (
        <ConfirmButton
          label={t('reminders.button')}
          accessibleLabel={t('reminders.accessible', { period: period.label })}
          question={t('reminders.question', { count: toRemind, period: period.label })}
          confirmLabel={t('reminders.confirm')}
          onConfirm={confirm}
        />
      )}
      {loading && <Notice>{t('reminders.sending')}</Notice>}
      {outcome?.kind === 'sent' && (
        <Notice>
          <p>{t('reminders.sent', { count: outcome.result.remindedOffices })}</p>
          {outcome.result.alreadyReminded.length > 0 && (
            <p>
              {t('reminders.skippedToday', { count: outcome.result.alreadyReminded.length })} {names(outcome.result.alreadyReminded)}
            </p>
          )}
          {outcome.result.withoutCoordinator.length > 0 && (
            <p>{t('reminders.withoutCoordinator', { offices: names(outcome.result.withoutCoordinator) })}</p>
          )}
        </Notice>
      )}
      {outcome?.kind === 'sent' && outcome.result.failed.length > 0 && (
        <div role="alert" className="state state--error">
          <p>{t('reminders.failed', { offices: names(outcome.result.failed) })}</p>
        </div>
      )}
      {outcome?.kind === 'failed' && (
        <div role="alert" className="state state--error">
          <p>{outcome.message}</p>
        </div>
      )}
    </div>
  );
}
