import { initialPeriodForm, suggestedPeriod, validatePeriod, validateReopen, type PeriodForm } from './period-form';

describe('suggestedPeriod', () => {
  it('frames the quarter a day falls in, with entry opening after it and the deadline 20 days later', () => {
    expect(suggestedPeriod('QUARTER', '2026-08-14', '')).toEqual({
      label: '2026-Q3',
      startsOn: '2026-07-01',
      endsOn: '2026-09-30',
      opensOn: '2026-10-01',
      deadlineOn: '2026-10-21',
    });
  });

  it('frames a year, and names a CAF cycle after its year keeping a later end', () => {
    expect(suggestedPeriod('YEAR', '2027-03-02', '')).toMatchObject({ label: '2027', startsOn: '2027-01-01', endsOn: '2027-12-31' });
    expect(suggestedPeriod('CAF_CYCLE', '2027-03-02', '2028-06-30')).toMatchObject({
      label: 'CAF 2027',
      startsOn: '2027-03-02',
      endsOn: '2028-06-30',
      opensOn: '2028-07-01',
    });
    expect(suggestedPeriod('CAF_CYCLE', '2027-03-02', '2026-01-01')).toMatchObject({ endsOn: '2027-12-31' });
  });

  it('suggests nothing before the first day is a date', () => {
    expect(suggestedPeriod('QUARTER', '2026-13', '')).toEqual({});
  });
});

describe('initialPeriodForm', () => {
  it('starts from the quarter after today’s', () => {
    expect(initialPeriodForm(new Date('2026-11-20T10:00:00Z'))).toMatchObject({
      kind: 'QUARTER',
      label: '2027-Q1',
      startsOn: '2027-01-01',
    });
  });
});

describe('validatePeriod', () => {
  const form: PeriodForm = {
    kind: 'QUARTER',
    label: '2026-Q3',
    startsOn: '2026-07-01',
    endsOn: '2026-09-30',
    opensOn: '2026-10-01',
    deadlineOn: '2026-10-21',
  };

  it('makes the input with entry opening at the start of its day and the deadline at the end of its day', () => {
    expect(validatePeriod(form, 'p1').input).toEqual({
      programmeId: 'p1',
      kind: 'QUARTER',
      label: '2026-Q3',
      startsOn: '2026-07-01',
      endsOn: '2026-09-30',
      opensAt: '2026-10-01T00:00:00Z',
      deadline: '2026-10-21T23:59:59Z',
      lockedAt: null,
    });
  });

  it('names the missing fields', () => {
    expect(validatePeriod({ ...form, label: ' ', deadlineOn: '' }, 'p1').problems).toEqual({ label: 'required', deadlineOn: 'required' });
  });

  it('refuses a day that is not one', () => {
    expect(validatePeriod({ ...form, endsOn: '30.09.2026' }, 'p1').problems).toEqual({ endsOn: 'invalidDate' });
  });
});

describe('validateReopen', () => {
  const today = new Date('2026-05-10T12:00:00Z');

  it('reopens to the end of the day chosen, with the reason trimmed', () => {
    expect(validateReopen({ reason: ' spóźnione dane ', untilOn: '2026-05-20' }, today, 2000).input).toEqual({
      reason: 'spóźnione dane',
      until: '2026-05-20T23:59:59Z',
    });
  });

  it('asks for a reason within its limit and a day from today on', () => {
    expect(validateReopen({ reason: '', untilOn: '2026-05-09' }, today, 2000).problems).toEqual({
      reason: 'required',
      untilOn: 'notFuture',
    });
    expect(validateReopen({ reason: 'abc', untilOn: '' }, today, 2).problems).toEqual({ reason: 'tooLong', untilOn: 'required' });
  });
});
