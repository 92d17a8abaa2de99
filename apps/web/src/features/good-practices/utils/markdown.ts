import MarkdownIt, { type RendererRule } from 'markdown-it';

/**
 * Practices' Markdown as HTML, safe to put into the page (MarkdownView is the one place that does):
 * - `html: false`: raw HTML in the source is escaped into text, never passed through;
 * - links are checked by markdown-it's validateLink, which drops javascript:, vbscript: and file: URLs,
 *   made stricter here to drop every data: URL too (the default lets data:image/… through);
 * - images are off: an author's image would load from any server when a reader opens the practice
 *   (telling that server who reads it); the `![alt](url)` text shows as a link instead;
 * - links open in a new tab without giving it the page (rel="noopener noreferrer"), and nofollow, as
 *   the texts come from users.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });
markdown.disable('image');

const validateLink = markdown.validateLink.bind(markdown);
markdown.validateLink = (url: string) => validateLink(url) && !/^\s*data:/i.test(url);

const renderDefault: RendererRule = (tokens, index, options, _env, self) => self.renderToken(tokens, index, options);

const renderLinkOpen = markdown.renderer.rules.link_open ?? renderDefault;
markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
  const token = tokens[index];
  if (token) {
    token.attrSet('target', '_blank');
    token.attrSet('rel', 'noopener noreferrer nofollow');
  }
  return renderLinkOpen(tokens, index, options, env, self);
};

export interface MarkdownEnv {
  /** Levels added to every heading, so that the text's headings sit under the page's own (1: # → h2). */
  headingOffset?: number;
  /** Read out (not shown) at the end of every link, e.g. "(otwiera się w nowej karcie)". */
  newTabNote?: string;
}

const renderLinkClose = markdown.renderer.rules.link_close ?? renderDefault;
markdown.renderer.rules.link_close = (tokens, index, options, env, self) => {
  const note = (env as MarkdownEnv | undefined)?.newTabNote;
  const hidden = note ? `<span class="visually-hidden"> ${markdown.utils.escapeHtml(note)}</span>` : '';
  return hidden + renderLinkClose(tokens, index, options, env, self);
};

const shiftHeading: RendererRule = (tokens, index, options, env, self) => {
  const token = tokens[index];
  const offset = (env as MarkdownEnv | undefined)?.headingOffset ?? 0;
  const level = Number(token?.tag.slice(1));
  if (token && Number.isInteger(level)) token.tag = `h${Math.min(6, level + offset)}`;
  return self.renderToken(tokens, index, options);
};
markdown.renderer.rules.heading_open = shiftHeading;
markdown.renderer.rules.heading_close = shiftHeading;

/** The Markdown as safe HTML (see above). */
export function renderMarkdown(source: string, env: MarkdownEnv = {}): string {
  return markdown.render(source, { ...env });
}
