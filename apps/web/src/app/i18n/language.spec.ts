import { DEFAULT_LANGUAGE, otherLanguage, resolveLanguage } from './language';

describe('resolveLanguage', () => {
  it('keeps a stored language we support', () => {
    expect(resolveLanguage('en')).toBe('en');
    expect(resolveLanguage('pl')).toBe('pl');
  });

  it.each([null, undefined, '', 'de', 'EN', 'en-GB'])('falls back to Polish for %p', (stored) => {
    expect(resolveLanguage(stored)).toBe('pl');
  });

  it('has Polish as the default', () => {
    expect(DEFAULT_LANGUAGE).toBe('pl');
  });
});

describe('otherLanguage', () => {
  it('switches between Polish and English', () => {
    expect(otherLanguage('pl')).toBe('en');
    expect(otherLanguage('en')).toBe('pl');
  });
});
