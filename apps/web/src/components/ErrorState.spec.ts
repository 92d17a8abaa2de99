import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nProvider } from '../app/i18n';
import { ErrorState } from './ErrorState';

const render = (error?: unknown) =>
  renderToStaticMarkup(createElement(I18nProvider, null, createElement(ErrorState, { onRetry: () => Promise.resolve(), error })));

describe('ErrorState', () => {
  it('says that the data could not be loaded, with a retry button', () => {
    const html = render();
    expect(html).toContain('role="alert"');
    expect(html).toContain('<p>Nie udało się wczytać danych. Sprawdź połączenie i spróbuj ponownie.</p>');
    expect(html).toContain('<button type="button">Spróbuj ponownie</button>');
  });

  it('says that the service is away for a moment when the retries were used up on a 503', () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: 'x', extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 1 } }],
    });
    expect(render(error)).toContain('<p>Usługa jest chwilowo niedostępna. Twoje wpisy są zachowane; spróbuj ponownie za chwilę.</p>');
  });

  it('gives a server error’s request id', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'a1b2c3d4-0000-4000-8000-000000000001' } }],
    });
    const html = render(error);
    expect(html).toContain('<p>Nie udało się wczytać danych. Sprawdź połączenie i spróbuj ponownie.</p>');
    expect(html).toContain('<p class="state__reference">Numer zgłoszenia dla administratora: a1b2c3d4-0000-4000-8000-000000000001</p>');
  });
});
