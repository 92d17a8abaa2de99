import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { I18nProvider } from '../../../app/i18n';
import { practiceFixture as practice } from '../utils/practice-fixture';
import { MarkdownView } from './MarkdownView';
import { PracticeDetails } from './PracticeDetails';
import { PracticeResultCard } from './PracticeResultCard';

function render(element: ReactElement): string {
  return renderToStaticMarkup(createElement(I18nProvider, null, createElement(StaticRouter, { location: '/praktyki/1' }, element)));
}

/** Attacks written into a practice's Markdown, or into any of its texts. */
const XSS_CORPUS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=https://evil.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<div onclick="alert(1)">kliknij</div>',
  '[x](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '[x](javascript&#58;alert(1))',
  '[x](&#106;avascript:alert(1))',
  '[ref]\n\n[ref]: javascript:alert(1)',
  '<javascript:alert(1)>',
  '<a href="javascript:alert(1)">link</a>',
  '"><svg onload=alert(1)>',
  '<iframe src="https://evil.example/frame"></iframe>',
  '<style>body { display: none }</style>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '[d](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[d](data:image/png;base64,iVBORw0KGgo=)',
  '![i](data:image/png;base64,iVBORw0KGgo=)',
  '![tracker](https://tracker.example/pixel.png)',
  '[v](vbscript:msgbox(1))',
  '[f](file:///etc/passwd)',
  '[t](https://ok.example "tytuł\\" onmouseover=\\"alert(1)")',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '`<script>alert(1)</script>`',
  '```html\n<script>alert(1)</script>\n```',
];

/** The tags of some HTML (escaped text holds no raw "<", so every "<letter…>" is markup). */
const tagsOf = (html: string) =>
  [...html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g)].map(([, name = '', attributes = '']) => ({
    name: name.toLowerCase(),
    attributes,
  }));

const decode = (value: string) =>
  value.replace(
    /&(amp|lt|gt|quot|#39|#x27);/g,
    (_entity, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[name] ?? '',
  );

/** No script, no event handler attribute, no dangerous URL, no frame and no image anywhere in the markup. */
function expectSafe(html: string): void {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<iframe/i);
  expect(html).not.toMatch(/<img/i);
  expect(html).not.toMatch(/<svg/i);
  expect(html).not.toMatch(/<style/i);
  for (const { name, attributes } of tagsOf(html)) {
    // Attribute values are quoted with their own quotes escaped: drop them, then no name may start with "on".
    expect(`<${name}${attributes.replace(/="[^"]*"/g, '=""')}>`).not.toMatch(/\son\w+=/i);
    for (const [, url = ''] of attributes.matchAll(/\s(?:href|src|xlink:href|action|formaction)="([^"]*)"/gi)) {
      expect(
        decode(url)
          .replace(/[\s\u0000-\u001f]/g, '')
          .toLowerCase(),
      ).not.toMatch(/^(javascript|vbscript|data|file):/);
    }
  }
}

describe('the safety check of these specs', () => {
  it('catches what it looks for, and not text that merely mentions it', () => {
    expect(() => expectSafe('<p onclick="alert(1)">x</p>')).toThrow();
    expect(() => expectSafe('<a href=" JavaScript:alert(1)">x</a>')).toThrow();
    expect(() => expectSafe('<a href="&#x27;data:text/html,x">x</a>')).not.toThrow();
    expect(() => expectSafe('<a href="data:text/html,x">x</a>')).toThrow();
    expect(() => expectSafe('<img src="a.png">')).toThrow();
    expect(() => expectSafe('<p title="a onclick=b">&lt;img src=x onerror=alert(1)&gt;</p>')).not.toThrow();
  });
});

describe('MarkdownView', () => {
  it.each(XSS_CORPUS)('renders %j without anything that runs', (source) => {
    expectSafe(render(createElement(MarkdownView, { source })));
  });

  it('renders the whole corpus at once, in paragraphs and lists, safely', () => {
    const source = XSS_CORPUS.map((attack) => `- ${attack.replace(/\n/g, ' ')}`).join('\n') + '\n\n' + XSS_CORPUS.join('\n\n');
    expectSafe(render(createElement(MarkdownView, { source })));
  });

  it('shows raw HTML as the text it is', () => {
    const html = render(createElement(MarkdownView, { source: 'Przed <script>alert(1)</script> po' }));
    expect(html).toContain('<p>Przed &lt;script&gt;alert(1)&lt;/script&gt; po</p>');
    expect(render(createElement(MarkdownView, { source: '&lt;script&gt;' }))).toContain('<p>&lt;script&gt;</p>');
  });

  it('keeps the link text of a refused URL and links no dangerous one', () => {
    const html = render(createElement(MarkdownView, { source: '[kliknij](javascript:alert(1))' }));
    expect(html).toContain('kliknij');
    expect(html).not.toContain('<a');
  });

  it('renders Markdown: headings under the page’s own, lists, emphasis and safe links opening in a new tab', () => {
    const html = render(
      createElement(MarkdownView, {
        source: '# Tytuł\n\n## Co zrobiono\n\n- **krok** pierwszy\n- [BIP](https://bip.example.pl)\n\nhttps://www.gov.pl',
        headingOffset: 1,
      }),
    );
    expect(html).toContain('<h2>Tytuł</h2>');
    expect(html).toContain('<h3>Co zrobiono</h3>');
    expect(html).toContain('<li><strong>krok</strong> pierwszy</li>');
    const note = '<span class="visually-hidden"> (otwiera się w nowej karcie)</span>';
    expect(html).toContain(`<a href="https://bip.example.pl" target="_blank" rel="noopener noreferrer nofollow">BIP${note}</a>`);
    expect(html).toContain(`<a href="https://www.gov.pl" target="_blank" rel="noopener noreferrer nofollow">https://www.gov.pl${note}</a>`);
  });

  it('never goes below h6', () => {
    expect(render(createElement(MarkdownView, { source: '###### Głęboko', headingOffset: 2 }))).toContain('<h6>Głęboko</h6>');
  });
});

describe('a search result card', () => {
  it('shows title, office, tags and highlight as text, whatever they hold', () => {
    const html = render(
      createElement(PracticeResultCard, {
        practice: practice({
          title: '<img src=x onerror=alert(1)>Tytuł',
          summary: '<script>alert(1)</script>',
          tags: ['<iframe src="https://evil.example">', '"><svg onload=alert(1)>'],
          office: { id: 'o', name: '<a href="javascript:alert(1)">Urząd</a>', kind: 'COUNTY', region: 'śląskie' },
        }),
        highlight:
          '&lt;script&gt;alert(1)&lt;/script&gt; <mark>obsługi</mark> klienta <img src=x onerror=alert(1)> <a href="javascript:alert(1)">x</a>',
      }),
    );
    expectSafe(html);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;Tytuł');
    expect(html).toContain('<mark>obsługi</mark>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; ');
  });

  it('shows what a result is: link, office, kind, year, CAF badges with names, tags, featured, summary and snippet', () => {
    const html = render(
      createElement(PracticeResultCard, { practice: practice({ featured: true }), highlight: '<mark>Samoocena</mark> CAF' }),
    );
    expect(html).toMatch(/<a href="\/praktyki\/9f1b2c3d-0000-4000-8000-000000000001"[^>]*>Samoocena CAF w 10 krokach<\/a>/);
    expect(html).toContain('Związek Powiatów Polskich · związek jednostek samorządu · wdrożona w 2011 r.');
    expect(html).toContain('CAF 2. Strategia i planowanie');
    expect(html).toContain('<li class="tag">samoocena CAF</li>');
    expect(html).toContain('wyróżniona przez program');
    expect(html).toContain('<span class="visually-hidden">Fragment: </span><mark>Samoocena</mark> CAF');
  });
});

describe('a practice’s page', () => {
  const attack = XSS_CORPUS.join('\n\n');

  it('renders every text of a practice safely', () => {
    const html = render(
      createElement(PracticeDetails, {
        practice: practice({
          title: '<script>alert(1)</script>',
          summary: '<img src=x onerror=alert(1)>',
          body: attack,
          problem: attack,
          actions: '"><svg onload=alert(1)>',
          results: '<iframe src="https://evil.example"></iframe>',
          resources: '[x](javascript:alert(1))',
          contact: '<a href="javascript:alert(1)">kontakt</a>',
          tags: ['<script>alert(1)</script>'],
          indicators: [{ code: 'X', name: '<img src=x onerror=alert(1)>', nameEn: 'x' }],
          office: { id: 'o', name: '"><svg onload=alert(1)>', kind: 'COUNTY', region: '<script>' },
        }),
      }),
    );
    expectSafe(html);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('shows the facts, the non-empty sections only, and the body rendered', () => {
    const html = render(
      createElement(PracticeDetails, {
        practice: practice({
          problem: 'Brak wspólnego planu.\n\nDruga linia.',
          contact: 'biuro@zpp.example',
          indicators: [{ code: 'CAF_TOTAL_SCORE', name: 'Wynik samooceny CAF', nameEn: 'CAF self-assessment score' }],
        }),
      }),
    );
    expect(html).toContain('<h1 tabindex="-1">Samoocena CAF w 10 krokach</h1>');
    expect(html).toContain('<dd>Związek Powiatów Polskich (związek jednostek samorządu, małopolskie)</dd>');
    expect(html).toContain('<dd>2. Strategia i planowanie</dd>');
    // An indicator and a tag lead to the practices sharing them; the e-mail contact is a mailto: link.
    expect(html).toMatch(
      /<li><a href="\/praktyki\?indicator=CAF_TOTAL_SCORE"[^>]*><span class="visually-hidden">Praktyki powiązane ze wskaźnikiem: <\/span>Wynik samooceny CAF<\/a><\/li>/,
    );
    expect(html).toMatch(
      /<a href="\/praktyki\?tag=samoocena\+CAF"[^>]*><span class="visually-hidden">Praktyki z tagiem: <\/span>samoocena CAF<\/a>/,
    );
    expect(html).toContain('<a href="mailto:biuro@zpp.example">biuro@zpp.example</a>');
    // Written on the platform: the year introduced and the true publication date.
    expect(html).toContain('<p class="practice__dates">Wprowadzona w 2011 r. Opublikowana w serwisie 1 marca 2024.</p>');
    expect(html).toContain('>Problem</h2>');
    expect(html).toContain('<p class="plain-text">Brak wspólnego planu.</p><p class="plain-text">Druga linia.</p>');
    expect(html).toContain('>Kontakt</h2>');
    expect(html).not.toContain('>Rezultaty</h2>');
    expect(html).not.toContain('>Co zrobiono</h2>');
    expect(html).toContain('>Opis praktyki</h2><div class="markdown"><h3>Co zrobiono</h3>');
  });

  it('shows a practice written up from sources with its year, no made-up date, and each thing once', () => {
    const html = render(
      createElement(PracticeDetails, {
        practice: practice({
          fromSources: true,
          year: 2003,
          publishedAt: '2026-12-03T10:00:00Z',
          summary: 'Urząd uproszczył obsługę inwestorów.',
          actions: 'Opracowano procedurę.',
          body: 'Urząd uproszczył obsługę inwestorów.\n\n## Co zrobiono\n\n- jeden opiekun inwestora\n\nŹródło: prezentacja (dokument 002).',
        }),
      }),
    );
    expect(html).toContain('<p class="practice__dates">Wprowadzona w 2003 r.</p>');
    expect(html).not.toContain('2026');
    expect(html.match(/Urząd uproszczył obsługę inwestorów\./g)).toHaveLength(1);
    expect(html.match(/Co zrobiono/g)).toHaveLength(1);
    expect(html).toMatch(
      />Co zrobiono<\/h2><p class="plain-text">Opracowano procedurę\.<\/p><div class="markdown"><ul>\n<li>jeden opiekun inwestora<\/li>/,
    );
    expect(html).not.toContain('>Opis praktyki</h2>');
  });
});
