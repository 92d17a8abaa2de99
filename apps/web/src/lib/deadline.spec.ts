import { translator } from '../app/i18n';
import { deadlineText, deadlineWhen } from './deadline';

describe('deadlineWhen', () => {
  it('says ahead, today or past with a positive number of days', () => {
    expect(deadlineWhen(3)).toEqual({ when: 'AHEAD', days: 3 });
    expect(deadlineWhen(0)).toEqual({ when: 'TODAY' });
    expect(deadlineWhen(-12)).toEqual({ when: 'PAST', days: 12 });
  });
});

describe('deadlineText', () => {
  it('writes the deadline in Polish and English with the right plural', () => {
    expect(deadlineText(3, '20 stycznia', translator('pl'))).toBe('Termin za 3 dni (20 stycznia)');
    expect(deadlineText(0, '20 stycznia', translator('pl'))).toBe('Termin mija dziś (20 stycznia)');
    expect(deadlineText(-1, '20 January', translator('en'))).toBe('Deadline passed 1 day ago (20 January)');
  });
});
