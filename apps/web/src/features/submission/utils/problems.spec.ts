import { describeFor, isFormLevel, lineFieldId, problemField, problemsFromExtensions } from './problems';

describe('problemsFromExtensions', () => {
  it('reads the problems of a BAD_USER_INPUT answer', () => {
    const extensions = {
      code: 'BAD_USER_INPUT',
      problems: [
        {
          indicatorCode: 'CASES_ON_TIME_PCT',
          field: 'numerator',
          code: 'NUMERATOR_ABOVE_DENOMINATOR',
          params: { numerator: 6, denominator: 5 },
          message: '…',
        },
        { indicatorCode: null, field: 'periodId', code: 'PERIOD_LOCKED', params: { period: '2011-Q2' }, message: '…' },
        { indicatorCode: 'A', field: 'somethingNew', code: 'NEGATIVE', params: {}, message: '…' },
      ],
    };
    expect(problemsFromExtensions(extensions)).toEqual([
      {
        indicatorCode: 'CASES_ON_TIME_PCT',
        field: 'numerator',
        code: 'NUMERATOR_ABOVE_DENOMINATOR',
        params: { numerator: 6, denominator: 5 },
      },
      { indicatorCode: null, field: 'periodId', code: 'PERIOD_LOCKED', params: { period: '2011-Q2' } },
      { indicatorCode: 'A', field: null, code: 'NEGATIVE', params: {} },
    ]);
  });

  it('skips what is not a known problem and fills missing optional parts', () => {
    const extensions = { problems: [{ code: 'SOMETHING_NEW' }, 'text', null, { code: 'MANDATORY_MISSING', indicatorCode: 'A' }] };
    expect(problemsFromExtensions(extensions)).toEqual([{ code: 'MANDATORY_MISSING', indicatorCode: 'A', field: null, params: {} }]);
    expect(problemsFromExtensions({ code: 'BAD_USER_INPUT' })).toEqual([]);
    expect(problemsFromExtensions(undefined)).toEqual([]);
  });
});

describe('fields', () => {
  it('names the inputs of a line', () => {
    expect(lineFieldId('CASES_ON_TIME_PCT', 'denominator')).toBe('indicator-CASES_ON_TIME_PCT-denominator');
  });

  it('sends a problem about the whole entry to the line’s first input', () => {
    expect(problemField(null, true)).toBe('numerator');
    expect(problemField('indicatorCode', false)).toBe('value');
    expect(problemField('comment', true)).toBe('comment');
  });

  it('tells problems of the whole form from those of a line', () => {
    expect(isFormLevel({ code: 'PERIOD_LOCKED', indicatorCode: null, field: null, params: {} })).toBe(true);
    expect(isFormLevel({ code: 'MANDATORY_MISSING', indicatorCode: 'A', field: null, params: {} })).toBe(false);
  });
});

describe('describeFor', () => {
  it('names the indicator by its name', () => {
    const problem = { code: 'MANDATORY_MISSING' as const, indicatorCode: 'CASES_ON_TIME_PCT', field: null, params: {} };
    expect(describeFor(problem, 'Odsetek spraw załatwionych w terminie', 'pl')).toMatch(/^Odsetek spraw załatwionych w terminie: \S/);
    expect(describeFor(problem, undefined, 'en')).toMatch(/^CASES_ON_TIME_PCT: \S/);
  });
});
