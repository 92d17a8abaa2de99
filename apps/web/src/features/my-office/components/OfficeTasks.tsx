import { isEditableStatus } from '@officebench/domain';
import { Link } from 'react-router';
import { formatCalendarDate } from '../../../app/format-date';
import { useI18n } from '../../../app/i18n';
import { Section } from '../../../components/Section';
import { deadlineText } from '../../../lib/deadline';
import type { OfficeReminder, OfficeTask } from '../graphql/office-scorecard.query';
import { ReminderNotice } from './ReminderNotice';

interface OfficeTasksProps {
  tasks: readonly OfficeTask[];
  reminders: readonly OfficeReminder[];
  /** The page of a period's submission. */
  submissionPath: (periodId: string) => string;
  /** The viewer is the office's coordinator: may fill in and import. */
  mine: boolean;
  importPath: string;
}

/** "Do zrobienia": each open period as a card with its deadline, a late flag, the status, the count filled and the way in. */
export function OfficeTasks({ tasks, reminders, submissionPath, mine, importPath }: OfficeTasksProps) {
  const { t, language } = useI18n();
  return (
    <Section title={t('myOffice.tasks.title')}>
      {tasks.length === 0 ? (
        <p>{t('myOffice.tasks.none')}</p>
      ) : (
        <ul className="office-tasks">
          {tasks.map((task) => {
            const fill = mine && isEditableStatus(task.status);
            const action = fill ? t('myOffice.fill') : t('myOffice.view');
            return (
              <li key={task.period.id} className={`office-task${task.late ? ' office-task--late' : ''}`}>
                <h3>{t('myOffice.task.title', { period: task.period.label })}</h3>
                <p>
                  {task.late && <strong className="office-task__late">{t('myOffice.task.late')}</strong>}{' '}
                  {deadlineText(task.daysToDeadline, formatCalendarDate(task.period.deadline, language), t)}
                </p>
                <p>
                  <span className={`status status--${task.status?.toLowerCase() ?? 'none'}`}>
                    {t(`submissionStatus.${task.status ?? 'NONE'}`)}
                  </span>
                  {' · '}
                  {task.done ? t('myOffice.task.done') : t('myOffice.filledOf', { filled: task.filledCount, due: task.expectedCount })}
                </p>
                {task.returnReason && (
                  <p className="status__reason">
                    {t('myOffice.returnReason')}: {task.returnReason}
                  </p>
                )}
                <Link
                  className={fill ? 'office-task__action office-task__action--fill' : 'office-task__action'}
                  to={submissionPath(task.period.id)}
                  aria-label={t('myOffice.periodLink', { action, period: task.period.label })}
                >
                  {action}
                </Link>
              </li>
            );
          })}
        </ul>
      )}
      <ReminderNotice reminders={reminders} periods={tasks.map((task) => task.period)} />
      {mine && tasks.some((task) => isEditableStatus(task.status)) && (
        <p>
          <Link to={importPath}>{t('myOffice.importLink')}</Link>
        </p>
      )}
    </Section>
  );
}
