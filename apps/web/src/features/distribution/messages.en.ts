import type { Catalogue } from '../../app/i18n/catalogue';
import type { distributionMessagesPl } from './messages.pl';

/** Messages of the distribution feature, in English: the same keys as in Polish. */
export const distributionMessagesEn: Catalogue<typeof distributionMessagesPl> = {
  'distribution.title': 'Office results',
  'distribution.intro':
    'The values of every office of the programme, named and live: only the lead sees them. Offices see only released, anonymised statistics.',
  'distribution.periodFilter': 'Period',
  'distribution.indicatorFilter': 'Indicator',
  'distribution.chartTitle': '{indicator}, {period}',
  'distribution.office': 'Office',
  'distribution.value': 'Value',
  'distribution.status': 'Submission status',
  'distribution.missing': 'Without a value ({count}): {offices}.',
  'distribution.noValues': 'No office has a value of this indicator in this period yet.',
  'distribution.noIndicators': 'No indicator is collected in this period.',
  'release.title': 'Releasing the period’s results',
  'release.released': 'The results of {period} were released on {date}. Offices see later changes after the next release.',
  'release.notReleased': 'The results of {period} have not been released: offices do not see this period’s statistics.',
  'release.button': 'Release the period’s results',
  'release.accessible': 'Release the results of {period}',
  'release.question': 'Release the results of {period}? Offices will see statistics computed from the current values.',
  'release.confirm': 'Yes, release',
  'release.done': 'The results of {period} were released.',
  'release.refusedCells': 'Cells that block the release:',
  'release.cell': '{indicator}, group “{group}”: changed for {count, plural, one {# office} other {# offices}}',
  'distribution.comparisonTitle': 'An office against its peer groups',
  'distribution.comparisonIntro':
    'The comparison page of the chosen office: its values against the released peer statistics, as the office sees them.',
  'distribution.comparisonLink': 'Open the comparison: {office}',
};
