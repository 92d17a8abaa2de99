import type { Catalogue } from '../../app/i18n/catalogue';
import type { targetsMessagesPl } from './messages.pl';

/** Messages of the targets feature, in English: the same keys as in Polish. */
export const targetsMessagesEn: Catalogue<typeof targetsMessagesPl> = {
  'targets.title': 'Progress to the programme’s targets',
  'targets.intro':
    'For each target: how many offices are in each status, the mean in the baseline period and in the latest period, a chart with the target line and a table of every office. A change target of a percentage indicator is in percentage points (pp).',
  'targets.none': 'The programme has no targets yet.',
  'targets.kind.LEVEL': 'reach {value}',
  'targets.kind.CHANGE': 'change by {value} from the office’s baseline',
  'targets.dueOn': 'due {date}',
  'targets.duePassed': 'due {date} (passed)',
  'targets.settled':
    'The due date has passed: each office is judged on its last approved value of a period that ended by the due date, the target met or missed.',
  'targets.statusCounts': 'Offices by status',
  'targets.officeCount': '{count, plural, one {# office} other {# offices}}',
  'targets.targetCount': '{count, plural, one {# target} other {# targets}}',
  'targets.goalFrom': '{target} (to {level})',
  'targets.chartTitle.CHANGE': '{indicator}: the offices’ change against the target',
  'targets.chartTitle.LEVEL': '{indicator}: the offices’ latest value against the target',
  'targets.targetLine': 'Target: {value}',
  'targets.tableTitle': '{indicator}: the offices’ progress',
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
  'targets.officeTitle': 'The office’s progress to the programme’s targets',
  'targets.officeNone': 'The programme has no targets yet.',
  'progressStatus.MET': 'met',
  'progressStatus.MISSED': 'missed',
  'progressStatus.ON_PACE': 'on pace',
  'progressStatus.BEHIND': 'behind pace',
  'progressStatus.NO_DATA': 'no data',
};
