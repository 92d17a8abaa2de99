import { formatMessage } from './format-message';

describe('formatMessage', () => {
  it('returns the template unchanged without parameters', () => {
    expect(formatMessage('Zaloguj się')).toBe('Zaloguj się');
  });

  it('fills every occurrence of each placeholder', () => {
    expect(formatMessage('{n} z {total} ({n})', { n: 3, total: 21 })).toBe('3 z 21 (3)');
  });

  it('leaves unknown placeholders visible rather than inventing a value', () => {
    expect(formatMessage('za {seconds} s, {other}', { seconds: 30 })).toBe('za 30 s, {other}');
  });

  it('does not read inherited properties as parameters', () => {
    expect(formatMessage('{toString}', {})).toBe('{toString}');
  });
});
