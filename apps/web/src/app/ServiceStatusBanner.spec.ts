import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createI18n, I18nProvider, translator, type Language } from './i18n';
import { createRetryStatus } from './retry-status';
import { RetryStatusContext } from './retry-status-context';
import { retryBannerText, ServiceStatusBanner } from './ServiceStatusBanner';

const translate = (language: Language) => translator(language);

function render(language: Language, waitSeconds: number | null): string {
  const status = createRetryStatus();
  if (waitSeconds !== null) status.waiting({}, waitSeconds);
  return renderToStaticMarkup(
    createElement(
      I18nProvider,
      { i18n: createI18n(language) },
      createElement(RetryStatusContext.Provider, { value: status }, createElement(ServiceStatusBanner)),
    ),
  );
}

describe('ServiceStatusBanner', () => {
  it('says in Polish that the service is away, that entries are kept and when the next try comes', () => {
    expect(render('pl', 5)).toBe(
      '<div role="status" aria-live="polite" aria-atomic="true" class="service-banner service-banner--shown">' +
        '<p class="service-banner__text">Usługa jest chwilowo niedostępna. Twoje wpisy są zachowane — ponowimy próbę za 5 s.</p></div>',
    );
  });

  it('says it in English', () => {
    expect(render('en', 30)).toContain(
      '<p class="service-banner__text">The service is briefly unavailable. Your entries are kept — we will try again in 30 s.</p>',
    );
  });

  it('keeps an empty live region in the page while nothing waits, so that the text is announced when it comes', () => {
    expect(render('pl', null)).toBe('<div role="status" aria-live="polite" aria-atomic="true" class="service-banner"></div>');
  });
});

describe('retryBannerText', () => {
  // The wait is written "n s" (wait-message.ts, as the rate limit's message): the abbreviation has one
  // form for every number in Polish, so 1, 2-4 and 5+ seconds need no plural forms (sekunda/sekundy/sekund).
  it.each([
    [1, 'za 1 s.'],
    [2, 'za 2 s.'],
    [4, 'za 4 s.'],
    [5, 'za 5 s.'],
    [12, 'za 12 s.'],
    [22, 'za 22 s.'],
    [30, 'za 30 s.'],
  ])('words a wait of %i s in Polish as "%s"', (seconds, ending) => {
    expect(retryBannerText(seconds, translate('pl'))).toBe(
      `Usługa jest chwilowo niedostępna. Twoje wpisy są zachowane — ponowimy próbę ${ending}`,
    );
  });

  it.each([
    [1, 'in 1 s.'],
    [2, 'in 2 s.'],
    [22, 'in 22 s.'],
  ])('words a wait of %i s in English as "%s"', (seconds, ending) => {
    expect(retryBannerText(seconds, translate('en'))).toBe(
      `The service is briefly unavailable. Your entries are kept — we will try again ${ending}`,
    );
  });

  it('never says zero seconds', () => {
    expect(retryBannerText(0.3, translate('pl'))).toMatch(/za 1 s\.$/);
  });
});
