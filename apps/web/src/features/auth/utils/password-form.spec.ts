import { passwordProblems, tokenFromHash } from './password-form';

describe('passwordProblems', () => {
  it('accepts a password of at least 10 characters repeated exactly', () => {
    expect(passwordProblems('correct horse', 'correct horse')).toEqual({});
    expect(passwordProblems('0123456789', '0123456789')).toEqual({});
  });

  it('asks for both fields', () => {
    expect(passwordProblems('', '')).toEqual({ password: 'passwordMissing', repeat: 'repeatMissing' });
  });

  it('refuses fewer than 10 characters, counting letters such as ą or ł once', () => {
    expect(passwordProblems('123456789', '123456789')).toEqual({ password: 'passwordTooShort' });
    expect(passwordProblems('żółć-ąęśń', 'żółć-ąęśń')).toEqual({ password: 'passwordTooShort' });
    expect(passwordProblems('żółć-ąęśńx', 'żółć-ąęśńx')).toEqual({});
  });

  it('notices a repetition that differs', () => {
    expect(passwordProblems('correct horse', 'correct hors')).toEqual({ repeat: 'repeatDifferent' });
  });
});

describe('tokenFromHash', () => {
  it('reads the token from the fragment, with or without the #', () => {
    expect(tokenFromHash('#token=abc123')).toBe('abc123');
    expect(tokenFromHash('token=abc123&x=1')).toBe('abc123');
  });

  it('decodes an encoded token', () => {
    expect(tokenFromHash('#token=a%2Bb%3D')).toBe('a+b=');
  });

  it('has no token for an empty or foreign fragment', () => {
    expect(tokenFromHash('')).toBeNull();
    expect(tokenFromHash('#')).toBeNull();
    expect(tokenFromHash('#token=')).toBeNull();
    expect(tokenFromHash('#main')).toBeNull();
  });
});
