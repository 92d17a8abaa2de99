/** A run of a search snippet: plain text, or text the search matched (shown in <mark>). */
export interface HighlightPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/**
 * Decodes the five entities the API escapes with, in one pass (so that "&amp;lt;" stays the text
 * "&lt;"). Any other "&…;" is left as it is: it is text.
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
}

/**
 * The runs of a `highlight` snippet, whose only markup is <mark>…</mark> around HTML-escaped text. The
 * parts are rendered as React text nodes and <mark> elements, never as HTML, so that even a snippet
 * with other tags in it could only show them as text. An unclosed <mark> marks up to the end; a stray
 * </mark> is dropped; empty runs are left out and neighbouring runs of the same kind are joined.
 */
export function parseHighlight(snippet: string | null | undefined): HighlightPart[] {
  const parts: HighlightPart[] = [];
  const push = (raw: string, marked: boolean) => {
    const text = decodeEntities(raw);
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  };
  let marked = false;
  let from = 0;
  const source = snippet ?? '';
  for (const tag of source.matchAll(/<(\/?)mark>/g)) {
    push(source.slice(from, tag.index), marked);
    marked = tag[1] !== '/';
    from = tag.index + tag[0].length;
  }
  push(source.slice(from), marked);
  return parts;
}
