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
  'distribution.mark': '{office}: {value} ({status})',
  'distribution.meanLine': 'Mean: {value}',
  'distribution.medianLine': 'Median: {value}',
  'distribution.targetLine': 'Target: {value}',
  'distribution.legendStatuses': 'Bars by submission status',
  'distribution.legendLines': 'Lines',
  'distribution.markStyle.filled': 'solid bar',
  'distribution.markStyle.outlined': 'outline only',
  'distribution.markStyle.dotted': 'dotted',
  'distribution.markStyle.hatched': 'hatched',
  'distribution.lineStyle.mean': 'solid line',
  'distribution.lineStyle.median': 'dotted line',
  'distribution.lineStyle.target': 'dashed line',
  'distribution.centreShown':
    'Mean and median of the values of every office on the chart, approved or not ({count, plural, one {# office} other {# offices}}): mean {mean}, median {median}.',
  'distribution.centreApproved':
    'Of the approved values only ({count, plural, one {# office} other {# offices}}): mean {mean}, median {median}.',
  'distribution.centreNoneApproved': 'None of these values is approved yet.',
  'distribution.centreAllApproved': 'All of these values are approved.',
  'distribution.targetLevel': 'Programme target: reach {value} (the “Target” line).',
  'distribution.targetChange':
    'Programme target: a change of {value} from each office’s baseline (its first approved value), so the target is not one line on the chart.',
  'distribution.targetRelativeChange':
    'Programme target: a change by {value}, each office’s own (its first approved value), so the target is not one line on the chart.',
  'distribution.noTarget': 'The programme has no target for this indicator.',
  'release.title': 'Releasing the period’s results',
  'release.released': 'The results of {period} were released on {date}. Offices see later changes after the next release.',
  'release.notReleased': 'The results of {period} have not been released: offices do not see this period’s statistics.',
  'release.button': 'Release the period’s results',
  'release.accessible': 'Release the results of {period}',
  'release.question': 'Release the results of {period}? Offices will see statistics computed from the current values.',
  'release.confirm': 'Yes, release',
  'release.close': 'Close',
  'release.done': 'The results of {period} were released.',
  'release.checking': 'Checking what offices would see after the release…',
  'release.publishing': 'Releasing the results of {period}…',
  'release.progress': 'Progress',
  'release.previewTitle': 'What offices will see after releasing {period}',
  'release.previewAgain': 'This is a re-release: the new results replace those offices see now.',
  'release.previewShown': '{count, plural, one {# cell will show results.} other {# cells will show results.}}',
  'release.previewHidden': '{count, plural, one {# cell will be hidden:} other {# cells will be hidden:}}',
  'release.hiddenReason': '{reason}: {count}',
  'release.reason.TOO_FEW_OFFICES': 'too few offices',
  'release.reason.DOMINANCE': 'one office holds over 75% of the total',
  'release.reason.NESTED_GROUP': 'protects a smaller group or an earlier release',
  'release.reason.NOT_RELEASED': 'not released',
  'release.previewNote':
    'A cell is one indicator in one peer group. For a hidden cell offices see only the reason, never how many offices it had.',
  'release.notDue': 'The period’s deadline has not passed yet: results can be released after it.',
  'release.refusedCells':
    '{count, plural, one {Show the cell that blocks the release (#)} other {Show the cells that block the release (#)}}',
  'release.cell': '{indicator}, group “{group}”: changed for {count, plural, one {# office} other {# offices}}',
  'distribution.comparisonTitle': 'An office against its peer groups',
  'distribution.comparisonIntro':
    'The comparison page of the chosen office: its values against the released peer statistics, as the office sees them.',
  'distribution.comparisonLink': 'Open the comparison: {office}',
};
