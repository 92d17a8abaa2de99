import type { Catalogue } from '../../app/i18n/catalogue';
import type { myOfficeMessagesPl } from './messages.pl';

/** Messages of the my-office feature, in English: the same keys as in Polish. */
export const myOfficeMessagesEn: Catalogue<typeof myOfficeMessagesPl> = {
  'myOffice.programme': 'Programme',
  'myOffice.openPeriods': 'Open reporting periods',
  'myOffice.latestPeriods': 'Latest reporting periods',
  'myOffice.noPeriods': 'The programme has no open reporting periods yet.',
  'myOffice.period': 'Period',
  'myOffice.deadline': 'Deadline',
  'myOffice.status': 'Submission status',
  'myOffice.filled': 'Indicators filled in',
  'myOffice.filledOf': '{filled} of {due}',
  'myOffice.returnReason': 'Reason for return',
  'myOffice.submissionError': 'Could not load the submission status.',
  'myOffice.fill': 'Fill in',
  'myOffice.view': 'View',
  'myOffice.periodLink': '{action}: submission for {period}',
  'myOffice.importLink': 'Have the data in a spreadsheet? Import it from a CSV or XLSX file.',
  'myOffice.reminded': 'A reminder about {period} was sent on {date}.',
};
