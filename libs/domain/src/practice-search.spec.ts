import {
  escapeHtml,
  foldText,
  highlightSnippet,
  markdownToPlainText,
  MAX_SEARCH_TERMS,
  prefixQuery,
  searchTerms,
  stemWord,
} from './practice-search';

describe('foldText', () => {
  it('drops Polish diacritics, ł included, and lowers the case', () => {
    expect(foldText('Obsługa KLIENTÓW, zażółć gęślą jaźń; Łódź')).toBe('obsluga klientow, zazolc gesla jazn; lodz');
  });
});

describe('stemWord', () => {
  it.each([
    ['klienta', 'klient'],
    ['klientow', 'klient'],
    ['klientami', 'klient'],
    ['obslugi', 'obslug'],
    ['obsluga', 'obslug'],
    ['samoocenie', 'samoocen'],
    ['szkoleniach', 'szkolen'],
    ['ryzykiem', 'ryzyk'],
  ])('%s → %s', (word, stem) => expect(stemWord(word)).toBe(stem));

  it('keeps at least four letters, and leaves numbers and short words alone', () => {
    expect(stemWord('planu')).toBe('plan');
    expect(stemWord('bipy')).toBe('bipy');
    expect(stemWord('27001')).toBe('27001');
  });
});

describe('searchTerms', () => {
  it('folds, drops stop words and repeats', () => {
    expect(searchTerms('Obsługa klienta w urzędzie i obsługa')).toEqual([
      { word: 'obsluga', stem: 'obslug' },
      { word: 'klienta', stem: 'klient' },
      { word: 'urzedzie', stem: 'urzedz' },
    ]);
  });

  it('has no words for empty input or punctuation, and keeps at most MAX_SEARCH_TERMS', () => {
    expect(searchTerms(null)).toEqual([]);
    expect(searchTerms(' !!! :* & | ')).toEqual([]);
    expect(searchTerms('jeden dwa trzy cztery pięć sześć siedem osiem dziewięć dziesięć')).toHaveLength(MAX_SEARCH_TERMS);
  });
});

describe('prefixQuery', () => {
  it('joins prefixes as alternatives and lets nothing but letters and digits through', () => {
    expect(prefixQuery(['klient', 'klient', 'obslug'])).toBe("('klient':* | 'obslug':*)");
    expect(prefixQuery(["a'b", 'x:*', ''])).toBe('');
  });
});

describe('markdownToPlainText', () => {
  it('keeps the words of headings, lists, emphasis and links, not their markup or targets', () => {
    expect(markdownToPlainText('## Problem\n\n- **Długie** kolejki\n- [ePUAP](https://epuap.gov.pl)\n\n<b>x</b>')).toBe(
      'Problem Długie kolejki ePUAP x',
    );
  });
});

describe('highlightSnippet', () => {
  it('marks words starting with a prefix, whatever their diacritics, and escapes everything else', () => {
    expect(highlightSnippet('Szkolenie z obsługi <klienta> & "kolejki"', ['obslug', 'klient'])).toBe(
      'Szkolenie z <mark>obsługi</mark> &lt;<mark>klienta</mark>&gt; &amp; &quot;kolejki&quot;',
    );
  });

  it('cuts a window around the densest hits, with ellipses', () => {
    const text = `${'słowo '.repeat(50)}obsługa klienta ${'inne '.repeat(50)}`;
    const snippet = highlightSnippet(text, ['obslug', 'klient'], 10) as string;
    expect(snippet.startsWith('… ')).toBe(true);
    expect(snippet.endsWith(' …')).toBe(true);
    expect(snippet).toContain('<mark>obsługa</mark> <mark>klienta</mark>');
    expect(snippet.split(' ').length).toBeLessThanOrEqual(12);
  });

  it('is null when nothing matches or nothing was searched', () => {
    expect(highlightSnippet('Karta różnorodności', ['klient'])).toBeNull();
    expect(highlightSnippet('Karta różnorodności', [])).toBeNull();
  });

  it('lets no markup of the text through', () => {
    const snippet = highlightSnippet('<script>alert(1)</script> obsługa <img src=x onerror=alert(1)>', ['obslug']) as string;
    expect(snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    expect(escapeHtml(`<'&">`)).toBe('&lt;&#39;&amp;&quot;&gt;');
  });
});
