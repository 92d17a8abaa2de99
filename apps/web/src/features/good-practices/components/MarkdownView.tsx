import { useMemo } from 'react';
import { useT } from '../../../app/i18n';
import { renderMarkdown } from '../utils/markdown';

interface MarkdownViewProps {
  /** A practice's Markdown, as its author typed it. */
  source: string;
  /** Levels added to the text's headings, so that they sit under the page's own (1: # → h2). */
  headingOffset?: number;
}

/** A practice's Markdown text, rendered. */
export function MarkdownView({ source, headingOffset = 0 }: MarkdownViewProps) {
  const t = useT();
  const newTabNote = t('practices.opensInNewTab');
  const html = useMemo(() => renderMarkdown(source, { headingOffset, newTabNote }), [source, headingOffset, newTabNote]);
  // The only dangerouslySetInnerHTML of the app. Safe because the HTML comes from renderMarkdown alone:
  // markdown-it with `html: false` escapes every tag of the source into text, so the markup is only
  // what Markdown itself produces (paragraphs, headings, lists, emphasis, code, links); link URLs pass
  // its validateLink (no javascript:, vbscript:, file: or data:), images are off, and attribute values
  // are escaped (so is the "opens in a new tab" note added to links). The XSS corpus in MarkdownView.spec.ts holds it to that.
  return <div className="markdown" dangerouslySetInnerHTML={{ __html: html }} />;
}
