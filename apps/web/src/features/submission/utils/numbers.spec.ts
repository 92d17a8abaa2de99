import { formatNumber, numberToInput, parseNumber } from './numbers';

describe('parseNumber', () => {
  it.each([
    ['12', 12],
    ['12,5', 12.5],
    ['12.5', 12.5],
    [' 1 234,5 ', 1234.5],
    ['1\u00a0234', 1234],
    ['-3', -3],
    [',5', 0.5],
    ['7,', 7],
  ])('reads %p as %p', (text, value) => {
    expect(parseNumber(text)).toEqual({ ok: true, value });
  });

  it('reads an empty field as "nothing entered"', () => {
    expect(parseNumber('')).toEqual({ ok: true, value: null });
    expect(parseNumber('   ')).toEqual({ ok: true, value: null });
  });

  it.each(['abc', '12a', '1,2,3', '1.2.3', '--1', '1e5', 'Infinity', ',', '-'])('refuses %p', (text) => {
    expect(parseNumber(text)).toEqual({ ok: false });
  });
});

describe('numberToInput', () => {
  it('writes the decimal mark of the language, without grouping', () => {
    expect(numberToInput(1234.5, 'pl')).toBe('1234,5');
    expect(numberToInput(1234.5, 'en')).toBe('1234.5');
    expect(numberToInput(null, 'pl')).toBe('');
  });

  it('round-trips through parseNumber', () => {
    for (const value of [0, 3, 87.25, 0.001, 123456]) {
      expect(parseNumber(numberToInput(value, 'pl'))).toEqual({ ok: true, value });
      expect(parseNumber(numberToInput(value, 'en'))).toEqual({ ok: true, value });
    }
  });
});

describe('formatNumber', () => {
  it('rounds to two decimals in the language’s format', () => {
    expect(formatNumber(87.256, 'pl')).toBe('87,26');
    expect(formatNumber(87.256, 'en')).toBe('87.26');
    expect(formatNumber(3, 'pl')).toBe('3');
  });
});
