/**
 * Searching good practices in Polish without a Polish dictionary: words are folded (lower case, no
 * diacritics, as PostgreSQL's `unaccent` does), inflection is met by a light suffix-stripping stemmer
 * whose stem is then matched as a prefix, and typos by trigram similarity against the words the
 * published practices use (in SQL). The same folding and stems drive the highlighted snippet.
 */

/** Words too common to narrow a search. */
const STOP_WORDS = new Set([
  'a',
  'aby',
  'ale',
  'bez',
  'by',
  'czy',
  'dla',
  'do',
  'i',
  'jak',
  'jest',
  'ich',
  'jej',
  'jego',
  'ku',
  'lub',
  'na',
  'nad',
  'nie',
  'o',
  'od',
  'oraz',
  'po',
  'pod',
  'przez',
  'przy',
  'sie',
  'ta',
  'te',
  'ten',
  'to',
  'u',
  'w',
  'we',
  'z',
  'za',
  'ze',
  'the',
  'of',
  'and',
  'for',
  'in',
  'on',
]);

/** Inflectional endings (folded), longest first so that "-ach" wins over "-h". */
const ENDINGS = [
  'owania',
  'owanie',
  'iach',
  'iami',
  'owie',
  'ami',
  'ach',
  'ego',
  'emu',
  'iej',
  'ych',
  'ich',
  'ymi',
  'imi',
  'owi',
  'iem',
  'iom',
  'om',
  'ow',
  'em',
  'ie',
  'ia',
  'iu',
  'ii',
  'ej',
  'ym',
  'im',
  'a',
  'e',
  'i',
  'o',
  'u',
  'y',
];

const MIN_STEM = 4;
export const MAX_SEARCH_TERMS = 8;
export const MAX_QUERY_LENGTH = 200;

/** Lower case without diacritics; "Obsługa" → "obsluga" (ł has no Unicode decomposition of its own). */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/Ł/g, 'L').toLowerCase();
}

/** The words of a text, as PostgreSQL's parser splits them (letters and digits). */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A folded word cut to the stem its inflected forms share: "klientów" and "klienta" → "klient". */
export function stemWord(folded: string): string {
  if (!/^\p{L}+$/u.test(folded)) return folded;
  const ending = ENDINGS.find((candidate) => folded.endsWith(candidate) && folded.length - candidate.length >= MIN_STEM);
  return ending ? folded.slice(0, -ending.length) : folded;
}

export interface SearchTerm {
  /** the word as folded */
  word: string;
  /** its stem, matched as a prefix */
  stem: string;
}

/** The terms a query searches for: folded, without stop words or repeats, at most MAX_SEARCH_TERMS. */
export function searchTerms(query: string | null | undefined): SearchTerm[] {
  const seen = new Set<string>();
  const terms: SearchTerm[] = [];
  for (const raw of wordsOf(foldText((query ?? '').slice(0, MAX_QUERY_LENGTH)))) {
    if (raw.length < 2 || STOP_WORDS.has(raw) || seen.has(raw)) continue;
    seen.add(raw);
    terms.push({ word: raw, stem: stemWord(raw) });
    if (terms.length === MAX_SEARCH_TERMS) break;
  }
  return terms;
}

/** A tsquery alternative matching any word that starts with the prefix (prefixes are letters and digits only). */
export function prefixQuery(prefixes: readonly string[]): string {
  const safe = [...new Set(prefixes)].filter((prefix) => /^[\p{L}\p{N}]+$/u.test(prefix));
  return safe.length === 0 ? '' : `(${safe.map((prefix) => `'${prefix}':*`).join(' | ')})`;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char]);

/** Markdown as plain words, for snippets: markup characters, link targets and code fences dropped. */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, ' ')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/[*_`~#|]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const SNIPPET_WORDS = 28;

/**
 * The part of the text where the searched prefixes cluster, HTML-escaped, each matching word wrapped in
 * <mark>...</mark>; the only markup in the result is those marks. Null when no word matches.
 */
export function highlightSnippet(text: string, prefixes: readonly string[], maxWords = SNIPPET_WORDS): string | null {
  const folded = prefixes.filter((prefix) => prefix.length > 0);
  if (folded.length === 0) return null;
  const tokens = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((match) => ({
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
    hit: folded.some((prefix) => foldText(match[0]).startsWith(prefix)),
  }));
  const hits = tokens.map((token, index) => (token.hit ? index : -1)).filter((index) => index >= 0);
  if (hits.length === 0) return null;
  // The window (of maxWords tokens) starting a little before a hit that holds the most hits.
  let best = { from: 0, count: -1 };
  for (const hit of hits) {
    const from = Math.max(0, hit - 3);
    const count = hits.filter((other) => other >= from && other < from + maxWords).length;
    if (count > best.count) best = { from, count };
  }
  const window = tokens.slice(best.from, best.from + maxWords);
  const toEnd = best.from + maxWords >= tokens.length;
  let html = '';
  let cursor = window[0].start;
  for (const token of window) {
    html += escapeHtml(text.slice(cursor, token.start));
    const word = escapeHtml(text.slice(token.start, token.end));
    html += token.hit ? `<mark>${word}</mark>` : word;
    cursor = token.end;
  }
  if (toEnd) html += escapeHtml(text.slice(cursor).trimEnd());
  const before = best.from > 0 ? '… ' : '';
  const after = toEnd ? '' : ' …';
  return `${before}${html.replace(/\s+/g, ' ')}${after}`;
}
