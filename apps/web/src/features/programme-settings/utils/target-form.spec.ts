import { parseDecimal, validateTarget, type TargetForm } from './target-form';

const messages = { required: 'required', notANumber: 'not a number', invalidDate: 'invalid date' };
const indicators = [
  { code: 'PCT', minValue: 0, maxValue: 100 },
  { code: 'DAYS', minValue: 0, maxValue: null },
];

describe('parseDecimal', () => {
  it('reads a decimal comma, a sign and a typographic minus', () => {
    expect(['2,5', '+15', '−3', '-0.5', '.5'].map(parseDecimal)).toEqual([2.5, 15, -3, -0.5, 0.5]);
  });

  it('refuses what is not a number', () => {
    expect(['', 'abc', '1,2,3', '5%'].map(parseDecimal)).toEqual([null, null, null, null]);
  });
});

describe('validateTarget', () => {
  const form: TargetForm = { indicatorCode: 'PCT', kind: 'CHANGE', value: '15', dueOn: '2027-12-31' };

  it('makes setTarget’s input (a change of a percentage in percentage points, as typed)', () => {
    expect(validateTarget(form, indicators, 'p1', 'pl', messages).input).toEqual({
      programmeId: 'p1',
      indicatorCode: 'PCT',
      kind: 'CHANGE',
      value: 15,
      dueOn: '2027-12-31T00:00:00Z',
    });
  });

  it('names the missing and unreadable fields', () => {
    expect(validateTarget({ ...form, indicatorCode: '', value: 'x', dueOn: '31.12' }, indicators, 'p1', 'pl', messages).problems).toEqual({
      indicatorCode: 'required',
      value: 'not a number',
      dueOn: 'invalid date',
    });
  });

  it('gives the API’s sentence for a value the indicator’s range does not allow', () => {
    expect(validateTarget({ ...form, value: '0' }, indicators, 'p1', 'en', messages).problems).toEqual({
      value: 'A change target must not be zero.',
    });
    expect(validateTarget({ ...form, kind: 'LEVEL', value: '120' }, indicators, 'p1', 'pl', messages).problems).toEqual({
      value: 'Poziom musi mieścić się w zakresie wskaźnika (0–100).',
    });
  });

  it('takes a relative change in per cent of the baseline, refusing 0 and −100 % or less with the API’s sentence', () => {
    const relative = { ...form, kind: 'RELATIVE_CHANGE' as const, value: '−12,5' };
    expect(validateTarget(relative, indicators, 'p1', 'pl', messages).input).toMatchObject({ kind: 'RELATIVE_CHANGE', value: -12.5 });
    // Not bounded by the indicator's range: +150 % of a baseline of 20 % is 50 %.
    expect(validateTarget({ ...relative, value: '150' }, indicators, 'p1', 'pl', messages).input).toMatchObject({ value: 150 });
    expect(validateTarget({ ...relative, value: '0' }, indicators, 'p1', 'pl', messages).problems).toEqual({
      value: 'Cel zmiany musi być różny od zera.',
    });
    expect(validateTarget({ ...relative, value: '-100' }, indicators, 'p1', 'en', messages).problems).toEqual({
      value: 'A relative change must be above −100 % of the baseline; to ask for a fall to a given value, set a level (e.g. 0).',
    });
  });
});
