import { filledOfTotal, problemsBeforeSubmit } from './submit-checks';

const line = (code: string, mandatory = true) => ({ indicator: { code }, mandatory });
const saved = (
  code: string,
  fields: { value?: number | null; numerator?: number | null; denominator?: number | null; comment?: string | null; warnings?: string[] },
) => ({
  indicator: { code },
  value: null,
  numerator: null,
  denominator: null,
  comment: null,
  warnings: [],
  ...fields,
});

describe('problemsBeforeSubmit', () => {
  it('asks for every mandatory indicator without a value, in the form’s order', () => {
    const problems = problemsBeforeSubmit(
      [line('A'), line('B'), line('C', false), line('D')],
      [saved('B', { value: 3 }), saved('D', { numerator: 1 })],
    );
    expect(problems).toEqual([
      { code: 'MANDATORY_MISSING', indicatorCode: 'A', field: null, params: {} },
      { code: 'MANDATORY_MISSING', indicatorCode: 'D', field: null, params: {} },
    ]);
  });

  it('counts a ratio with both parts as filled', () => {
    expect(problemsBeforeSubmit([line('A')], [saved('A', { numerator: 1, denominator: 2 })])).toEqual([]);
  });

  it('asks for a comment on a value with a plausibility warning', () => {
    const warned = saved('A', { value: 1, warnings: ['Wartość znacznie odbiega…'] });
    expect(problemsBeforeSubmit([line('A')], [warned])).toEqual([
      { code: 'WARNING_NEEDS_COMMENT', indicatorCode: 'A', field: 'comment', params: {} },
    ]);
    expect(problemsBeforeSubmit([line('A')], [{ ...warned, comment: '  ' }])).toHaveLength(1);
    expect(problemsBeforeSubmit([line('A')], [{ ...warned, comment: 'Reorganizacja wydziału' }])).toEqual([]);
  });
});

describe('filledOfTotal', () => {
  it('counts the form’s indicators with a saved value (a ratio with both parts), whether mandatory or not', () => {
    const values = [
      saved('A', { value: 0 }),
      saved('B', { numerator: 1, denominator: 2, value: 50 }),
      saved('C', { numerator: 1 }),
      saved('D', { comment: 'Brak danych' }),
      saved('X', { value: 7 }),
    ];
    expect(filledOfTotal([line('A'), line('B', false), line('C'), line('D'), line('E')], values)).toEqual({ filled: 2, total: 5 });
    expect(filledOfTotal([], values)).toEqual({ filled: 0, total: 0 });
  });
});
