import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { cafRefusalText, isStale } from './caf-errors';

const refusal = (code: string, message: string) => new CombinedGraphQLErrors({ errors: [{ message, extensions: { code } }] });

describe('cafRefusalText', () => {
  it('shows the API’s words for a conflict', () => {
    const error = refusal('CONFLICT', 'Nie wszyscy ocenili: Anna Nowak (brakuje 3)');
    expect(cafRefusalText(error)).toBe('Nie wszyscy ocenili: Anna Nowak (brakuje 3)');
    expect(isStale(error)).toBe(true);
  });

  it('leaves other errors to the app’s messages', () => {
    expect(cafRefusalText(refusal('FORBIDDEN', 'Forbidden'))).toBeUndefined();
    expect(cafRefusalText(new Error('network'))).toBeUndefined();
    expect(isStale(refusal('FORBIDDEN', 'Forbidden'))).toBe(false);
  });
});
