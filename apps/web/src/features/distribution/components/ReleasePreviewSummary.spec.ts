import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nProvider } from '../../../app/i18n';
import { ReleasePreviewSummary } from './ReleasePreviewSummary';

const render = (preview: Parameters<typeof ReleasePreviewSummary>[0]['preview']) =>
  renderToStaticMarkup(createElement(I18nProvider, null, createElement(ReleasePreviewSummary, { preview })));

describe('ReleasePreviewSummary', () => {
  it('says how many cells show results and how many are hidden, by reason, in Polish plurals', () => {
    const html = render({
      again: false,
      shown: 22,
      hidden: [
        { reason: 'TOO_FEW_OFFICES', cells: 3 },
        { reason: 'NESTED_GROUP', cells: 2 },
      ],
    });
    expect(html).toContain('<p>22 komórki pokażą wyniki.</p>');
    expect(html).toContain('<p>5 komórek zostanie ukrytych:</p>');
    expect(html).toContain('<li>za mało urzędów: 3</li><li>chroni dane mniejszej grupy lub wcześniejszej publikacji: 2</li>');
    expect(html).not.toContain('ponowna publikacja');
  });

  it('says a re-release replaces what offices see, and leaves the hidden list out when nothing is hidden', () => {
    const html = render({ again: true, shown: 1, hidden: [] });
    expect(html).toContain('To ponowna publikacja');
    expect(html).toContain('<p>1 komórka pokaże wyniki.</p>');
    expect(html).not.toContain('<ul>');
  });
});
