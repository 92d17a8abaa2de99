import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nProvider } from '../../../app/i18n';
import { ReleaseRefusalNote } from './ReleaseRefusalNote';

function render(refusal: Parameters<typeof ReleaseRefusalNote>[0]['refusal']): string {
  const names: Record<string, string> = { CASES_ON_TIME_PCT: 'Odsetek spraw załatwionych w terminie' };
  return renderToStaticMarkup(
    createElement(I18nProvider, null, createElement(ReleaseRefusalNote, { refusal, indicatorName: (code: string) => names[code] ?? code })),
  );
}

describe('ReleaseRefusalNote', () => {
  it('shows the server’s reason, and every blocking cell by indicator name folded away, as an alert', () => {
    const html = render({
      message: 'Publikacja odrzucona: zbiór urzędów zmienił się o mniej niż 5.',
      cells: [
        { indicatorCode: 'CASES_ON_TIME_PCT', peerGroupName: 'Wszystkie urzędy', changedOffices: 2 },
        { indicatorCode: 'NEW_CODE', peerGroupName: 'Gminy miejskie', changedOffices: 1 },
      ],
    });
    expect(html).toContain('role="alert"');
    expect(html).toContain('<p>Publikacja odrzucona: zbiór urzędów zmienił się o mniej niż 5.</p>');
    expect(html).toContain('<details class="release__cells"><summary>Pokaż komórki, które blokują publikację (2)</summary><ul>');
    expect(html).toContain('<li>Odsetek spraw załatwionych w terminie, grupa „Wszystkie urzędy”: zmiana u 2 urzędów</li>');
    expect(html).toContain('<li>NEW_CODE, grupa „Gminy miejskie”: zmiana u 1 urzędu</li>');
  });

  it('falls back to a generic text and leaves the list out when the server sent neither', () => {
    const html = render({ message: '', cells: [] });
    expect(html).toContain('<p>Sprawdź wprowadzone dane.</p>');
    expect(html).not.toContain('<details');
  });
});
