import { formatChange, formatPoints } from './format';

describe('CAF points', () => {
  it('are written with one decimal at most, in the language', () => {
    expect(formatPoints('pl', 512.25)).toBe('512,3');
    expect(formatPoints('en', 512.25)).toBe('512.3');
    expect(formatPoints('pl', 430)).toBe('430');
  });

  it('write a change with its sign', () => {
    expect(formatChange('pl', 82.5)).toBe('+82,5');
    expect(formatChange('en', -30)).toBe('−30');
    expect(formatChange('en', 0)).toBe('0');
  });
});
