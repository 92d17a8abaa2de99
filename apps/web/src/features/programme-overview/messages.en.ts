import type { Catalogue } from '../../app/i18n/catalogue';
import type { programmeOverviewMessagesPl } from './messages.pl';

/** Messages of the programme-overview feature, in English: the same keys as in Polish. */
export const programmeOverviewMessagesEn: Catalogue<typeof programmeOverviewMessagesPl> = {
  'programme.factsTitle': 'Key facts',
  'programme.leadOffice': 'Lead office',
  'programme.anonymityThreshold': 'Anonymity threshold (k)',
  'programme.officeCount': 'Number of offices',
  'programme.indicatorCount': 'Number of indicators',
  'programme.periodCount': 'Number of reporting periods',
  'offices.title': 'Offices in the programme',
  'offices.number': 'No.',
  'offices.name': 'Name',
  'officesByKind.title': 'Offices by kind',
  'officesByKind.count': 'Number of offices',
};
