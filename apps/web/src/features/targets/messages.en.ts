import type { Catalogue } from '../../app/i18n/catalogue';
import type { targetsMessagesPl } from './messages.pl';

/** Messages of the targets feature, in English: the same keys as in Polish. */
export const targetsMessagesEn: Catalogue<typeof targetsMessagesPl> = {
  'targets.title': 'Progress to the programme’s targets',
  'targets.intro':
    'For each target: how many offices are on track, the mean in the baseline period and in the latest period, and each office below.',
  'targets.none': 'The programme has no targets yet.',
  'targets.kind.LEVEL': 'reach {value}',
  'targets.kind.CHANGE': 'change by {value} from the office’s baseline',
  'targets.dueOn': 'due {date}',
  'targets.officesOnTrack': 'Offices on track',
  'targets.onTrackOf': '{onTrack} of {withData, plural, one {# office} other {# offices}} with data ({share})',
  'targets.baselineMean': 'Mean in the baseline period',
  'targets.latestMean': 'Mean in the latest period',
  'targets.target': 'Target',
  'targets.office': 'Office',
  'targets.baseline': 'Baseline',
  'targets.latest': 'Latest value',
  'targets.change': 'Change',
  'targets.status': 'Status',
  'targets.valueInPeriod': '{value} ({period})',
  'targets.chartTitle': '{indicator}: baseline and latest value of the offices',
  'targets.officeTitle': 'The office’s progress to the programme’s targets',
  'targets.officeNone': 'The programme has no targets yet.',
  'progressStatus.MET': 'target met',
  'progressStatus.ON_PACE': 'on pace',
  'progressStatus.BEHIND': 'behind pace',
  'progressStatus.NO_DATA': 'no data',
};
