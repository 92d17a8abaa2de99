import { decodeEntities, parseHighlight } from './highlight';

describe('parseHighlight', () => {
  it('splits a snippet into plain and marked runs', () => {
    expect(parseHighlight('Szkolenie z <mark>obsługi</mark> <mark>klienta</mark>: psychologia')).toEqual([
      { text: 'Szkolenie z ', marked: false },
      { text: 'obsługi', marked: true },
      { text: ' ', marked: false },
      { text: 'klienta', marked: true },
      { text: ': psychologia', marked: false },
    ]);
  });

  it('decodes the five entities the API escapes with, inside and outside the marks', () => {
    expect(parseHighlight('&lt;b&gt; &quot;Tom &amp; Jerry&quot; <mark>O&#39;Brien</mark>')).toEqual([
      { text: '<b> "Tom & Jerry" ', marked: false },
      { text: "O'Brien", marked: true },
    ]);
  });

  it('decodes once: an escaped entity stays text', () => {
    expect(decodeEntities('&amp;lt;script&amp;gt;')).toBe('&lt;script&gt;');
    expect(parseHighlight('&amp;lt;script&amp;gt;')).toEqual([{ text: '&lt;script&gt;', marked: false }]);
  });

  it('leaves other entities and any other markup as text', () => {
    expect(parseHighlight('&nbsp;<b>x</b><img src=x onerror=alert(1)>')).toEqual([
      { text: '&nbsp;<b>x</b><img src=x onerror=alert(1)>', marked: false },
    ]);
  });

  it('copes with unbalanced marks and empty input', () => {
    expect(parseHighlight('a</mark>b<mark>c')).toEqual([
      { text: 'ab', marked: false },
      { text: 'c', marked: true },
    ]);
    expect(parseHighlight('<mark></mark>')).toEqual([]);
    expect(parseHighlight('')).toEqual([]);
    expect(parseHighlight(null)).toEqual([]);
  });

  it('treats only the exact lower-case tags as marks', () => {
    expect(parseHighlight('<MARK>x</MARK><mark class="a">y</mark>')).toEqual([{ text: '<MARK>x</MARK><mark class="a">y', marked: false }]);
  });
});
