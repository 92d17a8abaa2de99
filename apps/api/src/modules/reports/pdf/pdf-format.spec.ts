import { asciiSlug, formatChange, formatNumber, formatShare, formatWithUnit } from './pdf-format';

const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('report number formats', () => {
  it('writes numbers the Polish way, grouped from the thousands, without rounding a stored value', () => {
    expect(plain(formatNumber(1234.5, 'pl'))).toBe('1 234,5');
    expect(formatNumber(12.5, 'pl')).toBe('12,5');
    expect(formatNumber(87.4561, 'pl')).toBe('87,4561');
    expect(formatNumber(0.1 + 0.2, 'pl')).toBe('0,3');
    expect(formatNumber(null, 'pl')).toBe('–');
  });

  it('writes a value for reading with at most two decimals, as the web does', () => {
    expect(formatNumber(9.60571309424521, 'pl', { reading: true })).toBe('9,61');
    expect(plain(formatNumber(1234.5, 'pl', { reading: true }))).toBe('1 234,5');
    expect(formatChange(-0.001, 'pl', { reading: true })).toBe('0');
    expect(formatChange(-0.895886, 'en', { reading: true })).toBe('−0.9');
    expect(plain(formatWithUnit(86.82185, 'pct', 'pl', { reading: true }))).toBe('86,82 %');
  });

  it('writes numbers the English way', () => {
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(0.125, 'en')).toBe('0.125');
  });

  it('signs changes and writes units and shares', () => {
    expect(formatChange(1.5, 'pl')).toBe('+1,5');
    expect(formatChange(-2, 'en')).toBe('−2');
    expect(formatChange(0, 'en')).toBe('0');
    expect(plain(formatWithUnit(87.5, 'pct', 'pl'))).toBe('87,5 %');
    expect(plain(formatWithUnit(12, 'days', 'en'))).toBe('12 days');
    expect(plain(formatShare(0.125, 'pl'))).toBe('12,5 %');
  });

  it('makes ASCII file name parts', () => {
    expect(asciiSlug('Urząd Miasta Łodzi')).toBe('urzad-miasta-lodzi');
    expect(asciiSlug('2026 Q1 / "x"')).toBe('2026-q1-x');
    expect(asciiSlug('ąę')).toBe('ae');
    expect(asciiSlug('„”')).toBe('x');
  });
});
