import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { isStaleRound, surveyRefusalText } from './survey-errors';

const refusal = (code: string, message: string, details: Record<string, unknown> = {}) =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions: { code, ...details } }] });

describe('a refused survey operation', () => {
  it('shows the API’s words for a conflict and knows a stale version by the current one it names', () => {
    const stale = refusal('CONFLICT', 'Ankieta zmieniła się w międzyczasie.', { currentVersion: 3 });
    expect(surveyRefusalText(stale)).toBe('Ankieta zmieniła się w międzyczasie.');
    expect(isStaleRound(stale)).toBe(true);
    expect(isStaleRound(refusal('CONFLICT', 'Ankieta jest już zamknięta.'))).toBe(false);
  });

  it('leaves other errors (a missing mandatory value is BAD_USER_INPUT) to the app’s messages', () => {
    expect(surveyRefusalText(refusal('BAD_USER_INPUT', 'Brakuje EMPLOYEE_SATISFIED_PCT'))).toBeUndefined();
    expect(isStaleRound(refusal('BAD_USER_INPUT', 'x', { currentVersion: 3 }))).toBe(false);
  });
});
