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

const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Lower case without diacritics; "Obsługa" → "obsluga" (ł has no Unicode decomposition of its own). */
export function foldText(text: string): string {
  // The search folds every word of every practice it shows: ASCII text needs only its case lowered.
  if (ASCII_ONLY.test(text)) return text.toLowerCase();
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
  /** the word as folded; for a compound, written together ("iso9001", "eurzad") */
  word: string;
  /** its stem, matched as a prefix */
  stem: string;
  /**
   * A compound's parts ("iso", "9001"; "e", "urzad"), also matched written apart: side by side (a phrase)
   * for a hyphenated or glued word and a lone letter before a word, anywhere in the practice for a word
   * and a number the query writes apart ("ISO 9001", "rok 2019").
   */
  parts?: { words: string[]; together: 'phrase' | 'anywhere' };
}

/** A word of letters only, a number, or a mix ("iso9001"). */
const isLetters = (word: string) => /^\p{L}+$/u.test(word);
const isDigits = (word: string) => /^\p{N}+$/u.test(word);
/** "iso9001" → ["iso", "9001"]; "5s" → ["5", "s"]; a word of one kind stays whole. */
export function splitLettersAndDigits(word: string): string[] {
  return word.match(/\p{L}+|\p{N}+/gu) ?? [];
}

/**
 * The other forms under which the words of a (folded) text are also found, as the search index adds them
 * (the SQL function officebench_search_forms in migration 1764800000000 applies the same rule):
 * a hyphenated word written together ("e-urzad" → "eurzad", "iso-9001" → "iso9001") and a word mixing
 * letters and digits split ("iso9001" → "iso 9001"), a lone letter that is not a word of its own written
 * together with the next word ("e urzad" → "eurzad"). Together with the query's compounds this makes
 * "ISO9001", "ISO 9001" and "ISO-9001", or "e-urząd", "e urząd" and "eurząd", find one another.
 */
export function searchForms(folded: string): string {
  const joined = [...folded.matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu)].map((match) => match[0].replace(/-/g, ''));
  const split = (folded.match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((word) => /\p{L}\p{N}|\p{N}\p{L}/u.test(word))
    .map((word) => splitLettersAndDigits(word).join(' '));
  // A lone letter that is no word of its own (a, i, o, u, w and z are) before a word: "e urzad" → "eurzad".
  const letter = [...folded.matchAll(/(?<![\p{L}\p{N}-])([bcdefghjklmnpqrstvxy])\s+(\p{L}+)/gu)].map((match) => match[1] + match[2]);
  return [...joined, ...split, ...letter].join(' ');
}

const compound = (words: string[], together: 'phrase' | 'anywhere'): SearchTerm => {
  const word = words.join('');
  return { word, stem: stemWord(word), parts: { words, together } };
};

/**
 * The terms a query searches for: folded, without stop words or repeats, at most MAX_SEARCH_TERMS.
 * Compounds are one term each (see SearchTerm.parts): a hyphenated word ("e-urząd"), a word glued to a
 * number ("ISO9001"), a word followed by a number ("ISO 9001") and a lone letter that is not a stop
 * word followed by a word ("e urząd").
 */
export function searchTerms(query: string | null | undefined): SearchTerm[] {
  const tokens = foldText((query ?? '').slice(0, MAX_QUERY_LENGTH)).match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
  const candidates: SearchTerm[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    const next = tokens[index + 1];
    if (token.includes('-')) {
      const words = token.split('-');
      candidates.push(words.some((word) => word.length >= 2 && !STOP_WORDS.has(word)) ? compound(words, 'phrase') : { word: '', stem: '' });
    } else if (!isLetters(token) && !isDigits(token)) {
      candidates.push(compound(splitLettersAndDigits(token), 'phrase'));
    } else if (next !== undefined && isLetters(token) && isDigits(next) && !STOP_WORDS.has(token)) {
      candidates.push(compound([token, next], 'anywhere'));
      index += 1;
    } else if (next !== undefined && token.length === 1 && !STOP_WORDS.has(token) && isLetters(next) && next.length >= 2) {
      candidates.push(compound([token, next], 'phrase'));
      index += 1;
    } else {
      candidates.push({ word: token, stem: stemWord(token) });
    }
  }
  const seen = new Set<string>();
  const terms: SearchTerm[] = [];
  for (const term of candidates) {
    if (term.word.length < 2 || (!term.parts && STOP_WORDS.has(term.word)) || seen.has(term.word)) continue;
    seen.add(term.word);
    terms.push(term);
    if (terms.length === MAX_SEARCH_TERMS) break;
  }
  return terms;
}

const SAFE = /^[\p{L}\p{N}]+$/u;

/** A tsquery alternative matching any word that starts with the prefix (prefixes are letters and digits only). */
export function prefixQuery(prefixes: readonly string[]): string {
  const safe = [...new Set(prefixes)].filter((prefix) => SAFE.test(prefix));
  return safe.length === 0 ? '' : `(${safe.map((prefix) => `'${prefix}':*`).join(' | ')})`;
}

/**
 * The tsquery of one term: its stem as a prefix, the stems of near words standing in for a likely typo,
 * and for a compound its parts (a phrase whose last word is a prefix, or all of them anywhere).
 */
export function termQuery(term: SearchTerm, nearStems: readonly string[] = []): string {
  const alternatives = [...new Set([term.stem, ...nearStems])].filter((prefix) => SAFE.test(prefix)).map((prefix) => `'${prefix}':*`);
  const words = term.parts?.words ?? [];
  if (words.length > 1 && words.every((word) => SAFE.test(word))) {
    const last = words.length - 1;
    const operands = words.map((word, index) =>
      term.parts?.together === 'anywhere' || index === last ? `'${stemWord(word)}':*` : `'${word}'`,
    );
    alternatives.push(`(${operands.join(term.parts?.together === 'anywhere' ? ' & ' : ' <-> ')})`);
  }
  return alternatives.length === 0 ? '' : `(${alternatives.join(' | ')})`;
}

/**
 * A term's tsquery (termQuery) restricted to the title, summary and tags: weights A and B of the search
 * vector. The search ranks the newest practices holding every word there among its first candidates.
 */
export function headQuery(alternative: string): string {
  return alternative.replace(
    /'([\p{L}\p{N}]+)'(:\*)?/gu,
    (_match, word: string, prefix: string | undefined) => `'${word}':${prefix ? '*' : ''}AB`,
  );
}

/** The prefixes a term highlights: its stem, and the parts of a compound searched anywhere. */
export function termPrefixes(term: SearchTerm): string[] {
  return [term.stem, ...(term.parts?.together === 'anywhere' ? term.parts.words.map(stemWord) : [])];
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
  // A hyphenated word is one token, found by its parts and written together ("e-urząd": "urzad", "eurzad").
  // Words repeat: each distinct one is folded and matched once (a search shows twenty whole practices).
  const seen = new Map<string, { joined: string; hit: boolean }>();
  const wordOf = (raw: string) => {
    let word = seen.get(raw);
    if (!word) {
      const lower = foldText(raw);
      const forms = lower.includes('-') ? [lower.replace(/-/g, ''), ...lower.split('-')] : [lower];
      word = { joined: forms[0], hit: folded.some((prefix) => forms.some((form) => form.startsWith(prefix))) };
      seen.set(raw, word);
    }
    return word;
  };
  const tokens = [...text.matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu)].map((match) => {
    const { joined, hit } = wordOf(match[0]);
    return { start: match.index ?? 0, end: (match.index ?? 0) + match[0].length, joined, hit };
  });
  // Two words found only together, the prefix reaching into the second ("ISO 9001" for "iso9001").
  tokens.forEach((token, index) => {
    const next = tokens[index + 1];
    if (!next || !/^\s+$/.test(text.slice(token.end, next.start))) return;
    const together = token.joined + next.joined;
    if (folded.some((prefix) => prefix.length > token.joined.length && together.startsWith(prefix))) {
      token.hit = true;
      next.hit = true;
    }
  });
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
