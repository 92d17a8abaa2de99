import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { translator, type Language } from './i18n';
import { describeError } from './useErrorMessage';

const translate = (language: Language) => translator(language);

function serverError(status: number, body: unknown, headers: Record<string, string> = {}): ServerError {
  const bodyText = JSON.stringify(body);
  return new ServerError('failed', { response: new Response(bodyText, { status, headers }), bodyText });
}

const REQUEST_ID = '6f1c2b1e-9a77-4d2a-8c63-1f0e6c0b2d11';
const unavailable = serverError(
  503,
  { errors: [{ message: 'Database unavailable.', extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 } }] },
  { 'Retry-After': '5' },
);
const bug = new CombinedGraphQLErrors({
  data: null,
  errors: [{ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: REQUEST_ID } }],
});

describe('describeError', () => {
  it('says that the service is away and the entries are kept, once the retries are used up', () => {
    expect(describeError(unavailable, translate('pl'))).toBe(
      'Usługa jest chwilowo niedostępna. Twoje wpisy są zachowane; spróbuj ponownie za chwilę.',
    );
    expect(describeError(unavailable, translate('en'))).toBe(
      'The service is briefly unavailable. Your entries are kept; please try again in a moment.',
    );
  });

  it('gives the request id of a server error for a report', () => {
    expect(describeError(bug, translate('pl'))).toBe(
      `Wystąpił błąd serwera. Spróbuj ponownie później. Jeśli błąd się powtarza, podaj administratorowi numer zgłoszenia: ${REQUEST_ID}.`,
    );
    expect(describeError(bug, translate('en'))).toBe(
      `The server ran into an error. Please try again later. If it happens again, give the administrator this reference: ${REQUEST_ID}.`,
    );
    const withoutId = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
    expect(describeError(withoutId, translate('pl'))).toBe('Wystąpił błąd serwera. Spróbuj ponownie później.');
  });

  it('shows an expired session from a 401 as such', () => {
    const refused = serverError(401, { errors: [{ message: 'Sign in to continue.', extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(describeError(refused, translate('pl'))).toBe('Twoja sesja wygasła. Zaloguj się ponownie.');
  });

  it('shows the client’s own faults as the generic server error, never the server’s text', () => {
    for (const code of ['OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_SUPPORTED', 'TOO_MANY_DIRECTIVES']) {
      const error = serverError(400, { errors: [{ message: `internal detail of ${code}`, extensions: { code } }] });
      expect(describeError(error, translate('pl'))).toBe('Wystąpił błąd serwera. Spróbuj ponownie później.');
    }
  });

  it('keeps the rate limit’s wait', () => {
    const limited = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'slow down', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 42 } }],
    });
    expect(describeError(limited, translate('pl'))).toBe('Zbyt wiele prób. Spróbuj ponownie za 42 s.');
  });
});
