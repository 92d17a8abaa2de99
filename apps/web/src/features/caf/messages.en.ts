import type { Catalogue } from '../../app/i18n/catalogue';
import type { cafMessagesPl } from './messages.pl';

/** Messages of the CAF feature, in English. */
export const cafMessagesEn: Catalogue<typeof cafMessagesPl> = {
  'caf.model.title': 'The CAF 2020 model',
  'caf.model.intro':
    'A CAF self-assessment scores the office on 9 criteria and 28 sub-criteria. Each sub-criterion scores 0 to 100 points on the panels below; a criterion scores the mean of its sub-criteria and the total is the sum of the criterion scores (0–900). The programme’s target, +150 points, is read on that total.',
  'caf.model.panels': 'Scoring panels',
  'caf.model.panel.ENABLER': 'Enablers (criteria 1–5): the phase of the PDCA cycle',
  'caf.model.panel.RESULT': 'Results (criteria 6–9): trend and targets met',
  'caf.model.points': 'Points',
  'caf.model.band': 'Level',
  'caf.model.meaning': 'What it means',
  'caf.model.criteria': 'Criteria and sub-criteria',
  'caf.model.kind.ENABLER': 'enabler',
  'caf.model.kind.RESULT': 'results',
  'caf.model.criterion': 'Criterion {number}. {name}',
  'caf.model.practices': 'Good practices in criterion {number}',
  'caf.model.subCriteriaCount': '{count, plural, one {# sub-criterion} other {# sub-criteria}}',
};
