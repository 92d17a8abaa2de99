import { formatDateTime } from '../../../app/format-date';
import { useI18n } from '../../../app/i18n';
import type { OfficeReminder } from '../graphql/office-scorecard.query';

interface ReminderNoticeProps {
  /** The office's reminders, newest first. */
  reminders: readonly OfficeReminder[];
  /** The periods the page shows. */
  periods: ReadonlyArray<{ id: string; label: string }>;
}

/** "A reminder about 2030-Q1 was sent on …": the latest e-mail reminder of each period shown, if any. */
export function ReminderNotice({ reminders, periods }: ReminderNoticeProps) {
  const { t, language } = useI18n();
  // The list comes newest first: the first of a period is its latest.
  const reminded = periods.flatMap((period) => {
    const latest = reminders.find((reminder) => reminder.period.id === period.id);
    return latest ? [{ period, sentAt: latest.sentAt }] : [];
  });
  if (reminded.length === 0) return null;
  return (
    <>
      {reminded.map(({ period, sentAt }) => (
        <p key={period.id}>{t('myOffice.reminded', { period: period.label, date: formatDateTime(sentAt, language) })}</p>
      ))}
    </>
  );
}
