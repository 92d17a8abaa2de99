import {
  DATE_RANGE,
  describeInputProblem,
  dateProblem,
  idProblem,
  numberProblem,
  TEXT_DEFAULT_MAX,
  TEXT_LIMITS,
  textProblem,
} from './input-limits';

describe('input limits', () => {
  it('refuses C0 control characters (NUL, BEL, ESC), DEL and broken surrogate halves, but keeps tabs, new lines and emoji', () => {
    expect(textProblem('title', 'a\u0000b')).toEqual({ kind: 'CONTROL_CHARACTER', codePoint: 'U+0000' });
    expect(textProblem('title', 'bell\u0007')).toEqual({ kind: 'CONTROL_CHARACTER', codePoint: 'U+0007' });
    expect(textProblem('title', '\u001b[31m')).toEqual({ kind: 'CONTROL_CHARACTER', codePoint: 'U+001B' });
    expect(textProblem('title', 'x\u007f')).toEqual({ kind: 'CONTROL_CHARACTER', codePoint: 'U+007F' });
    expect(textProblem('title', 'half \ud800 a surrogate')).toEqual({ kind: 'CONTROL_CHARACTER', codePoint: 'U+D800' });
    expect(textProblem('title', 'lone low \udc00')).toEqual({ kind: 'CONTROL_CHARACTER', codePoint: 'U+DC00' });
    expect(textProblem('body', 'Wiersz 1\r\n\tWiersz 2 — zażółć gęślą jaźń 😀 مرحبا')).toBeNull();
  });

  it('limits each named text to its length and any other to the default', () => {
    expect(textProblem('comment', 'x'.repeat(TEXT_LIMITS.comment))).toBeNull();
    expect(textProblem('comment', 'x'.repeat(TEXT_LIMITS.comment + 1))).toEqual({ kind: 'TOO_LONG', max: TEXT_LIMITS.comment });
    expect(textProblem('body', 'x'.repeat(20_000))).toBeNull();
    expect(textProblem('somethingElse', 'x'.repeat(TEXT_DEFAULT_MAX + 1))).toEqual({ kind: 'TOO_LONG', max: TEXT_DEFAULT_MAX });
  });

  it('takes only uuids as ids', () => {
    expect(idProblem('3f2b8c1e-6a4d-4e2f-9b1a-0c5d7e8f9a01')).toBeNull();
    for (const bad of ['', ' ', '1', '3f2b8c1e-6a4d-4e2f-9b1a-0c5d7e8f9a0', "' OR 1=1 --", '3f2b8c1e6a4d4e2f9b1a0c5d7e8f9a01']) {
      expect(idProblem(bad)).toEqual({ kind: 'NOT_AN_ID' });
    }
  });

  it('takes dates from 1990 to 2100 only, leaving unreadable ones to the scalar', () => {
    expect(dateProblem('2026-12-03T10:00:00.000Z')).toBeNull();
    expect(dateProblem(`${DATE_RANGE.minYear}-01-01`)).toBeNull();
    expect(dateProblem(`${DATE_RANGE.maxYear}-12-31`)).toBeNull();
    expect(dateProblem('1989-12-31')).toEqual({ kind: 'DATE_OUT_OF_RANGE' });
    expect(dateProblem('-000001-01-01T00:00:00Z')).toEqual({ kind: 'DATE_OUT_OF_RANGE' });
    expect(dateProblem('+275760-09-13T00:00:00Z')).toEqual({ kind: 'DATE_OUT_OF_RANGE' });
    expect(dateProblem('jutro')).toBeNull();
  });

  it('takes finite numbers up to 1e12 in size', () => {
    expect(numberProblem(99.5)).toBeNull();
    expect(numberProblem(-1e12)).toBeNull();
    expect(numberProblem(2_147_483_648_000)).toEqual({ kind: 'NUMBER_OUT_OF_RANGE' });
    expect(numberProblem(1e308)).toEqual({ kind: 'NUMBER_OUT_OF_RANGE' });
  });

  it('words each problem in Polish with the right plural and in English', () => {
    expect(describeInputProblem('email', { kind: 'TOO_LONG', max: 254 }, 'pl')).toBe('Pole email jest za długie: najwyżej 254 znaki.');
    expect(describeInputProblem('comment', { kind: 'TOO_LONG', max: 2000 }, 'pl')).toBe(
      'Pole comment jest za długie: najwyżej 2000 znaków.',
    );
    expect(describeInputProblem('x', { kind: 'TOO_LONG', max: 1 }, 'pl')).toBe('Pole x jest za długie: najwyżej 1 znak.');
    expect(describeInputProblem('email', { kind: 'TOO_LONG', max: 254 }, 'en')).toBe('email is too long: at most 254 characters.');
    expect(describeInputProblem('title', { kind: 'CONTROL_CHARACTER', codePoint: 'U+0000' }, 'en')).toBe(
      'title contains a control character (U+0000), which is not allowed.',
    );
    expect(describeInputProblem('id', { kind: 'NOT_AN_ID' }, 'pl')).toBe('Pole id nie jest poprawnym identyfikatorem.');
    expect(describeInputProblem('dueOn', { kind: 'DATE_OUT_OF_RANGE' }, 'en')).toBe('dueOn must be a date between 1990 and 2100.');
    expect(describeInputProblem('value', { kind: 'NUMBER_OUT_OF_RANGE' }, 'en')).toBe('value must be a number from -1e+12 to 1e+12.');
  });
});
