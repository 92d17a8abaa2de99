import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { cafRefusalText, isStale } from './caf-errors';

const refusal = (code: string, message: string, details: Record<string, unknown> = {}) =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions: { code, ...details } }] });

describe('cafRefusalText', () => {
  it('shows the API’s words for a conflict', () => {
    const error = refusal('CONFLICT', 'Nie wszyscy ocenili: Anna Nowak (brakuje 3)');
    expect(cafRefusalText(error)).toBe('Nie wszyscy ocenili: Anna Nowak (brakuje 3)');
    expect(isStale(error)).toBe(false);
  });

  it('recognises a save that came after another one by the current version it names', () => {
    expect(isStale(refusal('CONFLICT', 'Ktoś zmienił tę samoocenę w międzyczasie.', { currentVersion: 7 }))).toBe(true);
    expect(isStale(refusal('BAD_USER_INPUT', 'Zła ocena', { currentVersion: 7 }))).toBe(false);
  });

  it('leaves other errors to the app’s messages', () => {
    expect(cafRefusalText(refusal('FORBIDDEN', 'Forbidden'))).toBeUndefined();
    expect(cafRefusalText(new Error('network'))).toBeUndefined();
    expect(isStale(refusal('FORBIDDEN', 'Forbidden'))).toBe(false);
  });
});
