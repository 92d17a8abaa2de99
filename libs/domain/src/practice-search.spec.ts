import {
  escapeHtml,
  foldText,
  highlightSnippet,
  markdownToPlainText,
  MAX_SEARCH_TERMS,
  prefixQuery,
  searchForms,
  searchTerms,
  splitLettersAndDigits,
  stemWord,
  termPrefixes,
  termQuery,
  headQuery,
} from './practice-search';

describe('foldText', () => {
  it('lowers the case of plain ASCII text and keeps everything else in it', () => {
    expect(foldText('ISO 9001: E-Urzad, KLIENT #1 (2024)')).toBe('iso 9001: e-urzad, klient #1 (2024)');
  });

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

describe('compounds: words written together, with a hyphen or apart', () => {
  it('a word glued to a number is one term, also looked for as a phrase of its parts', () => {
    expect(searchTerms('ISO9001')).toEqual([{ word: 'iso9001', stem: 'iso9001', parts: { words: ['iso', '9001'], together: 'phrase' } }]);
    expect(splitLettersAndDigits('iso27001')).toEqual(['iso', '27001']);
  });

  it('a word followed by a number is one term whose parts may stand anywhere ("ISO 9001", "rok 2019")', () => {
    expect(searchTerms('norma ISO 9001')).toEqual([
      { word: 'norma', stem: 'norm' },
      { word: 'iso9001', stem: 'iso9001', parts: { words: ['iso', '9001'], together: 'anywhere' } },
    ]);
    // A stop word before a number stays a stop word: "w 2019" is the year alone.
    expect(searchTerms('w 2019')).toEqual([{ word: '2019', stem: '2019' }]);
  });

  it('a hyphenated word and a lone letter before a word are one term, found written together or as a phrase', () => {
    const eOffice = { word: 'eurzad', stem: 'eurzad', parts: { words: ['e', 'urzad'], together: 'phrase' } };
    expect(searchTerms('e-urząd')).toEqual([eOffice]);
    expect(searchTerms('E urząd')).toEqual([eOffice]);
    expect(searchTerms('eurząd')).toEqual([{ word: 'eurzad', stem: 'eurzad' }]);
    // Not a compound: "w" is a stop word, so "w urzędzie" searches "urzędzie" alone.
    expect(searchTerms('w urzędzie')).toEqual([{ word: 'urzedzie', stem: 'urzedz' }]);
    // Inflected: the written-together stem, and the phrase's last word as a prefix.
    expect(termQuery(searchTerms('e-urzędu')[0])).toBe("('eurzed':* | ('e' <-> 'urzed':*))");
  });

  it("builds each term's tsquery: the stem, near words, and the compound's parts", () => {
    const [iso] = searchTerms('ISO9001');
    expect(termQuery(iso)).toBe("('iso9001':* | ('iso' <-> '9001':*))");
    expect(termQuery(searchTerms('ISO 9001')[0])).toBe("('iso9001':* | ('iso':* & '9001':*))");
    expect(termQuery({ word: 'klientow', stem: 'klient' }, ['klient', 'kliem'])).toBe("('klient':* | 'kliem':*)");
    expect(termQuery({ word: "a'b", stem: "a'b" })).toBe('');
    expect(termPrefixes(searchTerms('ISO 9001')[0])).toEqual(['iso9001', 'iso', '9001']);
    expect(termPrefixes(iso)).toEqual(['iso9001']);
  });

  it('restricts a tsquery to the title, summary and tags (weights A and B)', () => {
    expect(headQuery(termQuery(searchTerms('ISO9001')[0]))).toBe("('iso9001':*AB | ('iso':AB <-> '9001':*AB))");
    expect(headQuery(termQuery({ word: 'klientow', stem: 'klient' }, ['kliem']))).toBe("('klient':*AB | 'kliem':*AB)");
  });

  it('the index adds the other forms of the words of a text (as officebench_search_forms does in SQL)', () => {
    expect(searchForms('wdrozenie iso9001 i e-urzad')).toBe('eurzad iso 9001');
    expect(searchForms('iso-9001 oraz pn-en-15224')).toBe('iso9001 pnen15224');
    expect(searchForms('obsluga klienta')).toBe('');
    // A lone letter before a word, unless it is a word itself ("w urzedzie", "a urzad").
    expect(searchForms('platforma e urzad, w urzedzie, a urzad')).toBe('eurzad');
  });

  it('highlights a compound however the text writes it', () => {
    expect(highlightSnippet('Norma ISO 9001 w urzędzie.', ['iso9001'])).toBe('Norma <mark>ISO</mark> <mark>9001</mark> w urzędzie.');
    expect(highlightSnippet('Wdrożono ISO9001.', ['iso9001'])).toBe('Wdrożono <mark>ISO9001</mark>.');
    expect(highlightSnippet('Nasz e-urząd i e urząd.', ['eurzad'])).toBe('Nasz <mark>e-urząd</mark> i <mark>e</mark> <mark>urząd</mark>.');
    // Words apart match only when the prefix reaches into the second one.
    expect(highlightSnippet('ISO i 9001', ['iso9001'])).toBeNull();
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
