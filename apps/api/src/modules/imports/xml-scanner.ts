import { malformedXlsx } from './import-failure';

/** Callbacks of a streaming scan. Element and attribute names are local names (any `x:` prefix dropped). */
export interface XmlHandler {
  open(name: string, attributes: Record<string, string>, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

const localName = (qualified: string) => {
  const colon = qualified.indexOf(':');
  return colon < 0 ? qualified : qualified.slice(colon + 1);
};

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Replaces the five predefined entities and character references; anything else is refused (no DTDs here). */
export function decodeEntities(raw: string, part: string): string {
  if (raw.indexOf('&') < 0) return raw;
  return raw.replace(/&([^;&]{0,12});?/g, (match, body: string) => {
    if (!match.endsWith(';')) throw malformedXlsx(`${part}: bad character reference`);
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!Number.isFinite(code) || code < 0 || code > 0x10ffff) throw malformedXlsx(`${part}: bad character reference`);
      return String.fromCodePoint(code);
    }
    const named = NAMED_ENTITIES[body];
    if (named === undefined) throw malformedXlsx(`${part}: unknown entity &${body};`);
    return named;
  });
}

function parseAttributes(source: string, part: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  const pattern = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let match: RegExpExecArray | null;
  let consumed = 0;
  while ((match = pattern.exec(source)) !== null) {
    if (source.slice(consumed, match.index).trim() !== '') throw malformedXlsx(`${part}: bad attribute`);
    attributes[localName(match[1])] = decodeEntities(match[2] ?? match[3] ?? '', part);
    consumed = pattern.lastIndex;
  }
  if (source.slice(consumed).trim() !== '') throw malformedXlsx(`${part}: bad attribute`);
  return attributes;
}

/**
 * A small, strict XML scanner for the few SpreadsheetML parts the import reads: elements, attributes,
 * text, CDATA, comments and processing instructions. A DOCTYPE (and so any entity expansion) is
 * refused, and so are unbalanced tags.
 */
export function scanXml(xml: string, part: string, handler: XmlHandler): void {
  const open: string[] = [];
  let at = 0;
  const length = xml.length;
  if (xml.charCodeAt(0) === 0xfeff) at = 1;
  while (at < length) {
    const lt = xml.indexOf('<', at);
    const textEnd = lt < 0 ? length : lt;
    if (textEnd > at) {
      if (open.length > 0) handler.text(decodeEntities(xml.slice(at, textEnd), part));
      else if (xml.slice(at, textEnd).trim() !== '') throw malformedXlsx(`${part}: text outside the root element`);
    }
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x3f /* ? */) {
      const end = xml.indexOf('?>', lt + 2);
      if (end < 0) throw malformedXlsx(`${part}: unterminated processing instruction`);
      at = end + 2;
    } else if (next === 0x21 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt + 4);
        if (end < 0) throw malformedXlsx(`${part}: unterminated comment`);
        at = end + 3;
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt + 9);
        if (end < 0) throw malformedXlsx(`${part}: unterminated CDATA`);
        if (open.length > 0) handler.text(xml.slice(lt + 9, end));
        at = end + 3;
      } else {
        throw malformedXlsx(`${part}: DOCTYPE declarations are not allowed`);
      }
    } else if (next === 0x2f /* / */) {
      const end = xml.indexOf('>', lt + 2);
      if (end < 0) throw malformedXlsx(`${part}: unterminated tag`);
      const name = localName(xml.slice(lt + 2, end).trim());
      if (open.pop() !== name) throw malformedXlsx(`${part}: unbalanced </${name}>`);
      handler.close(name);
      at = end + 1;
    } else {
      const end = findTagEnd(xml, lt + 1);
      if (end < 0) throw malformedXlsx(`${part}: unterminated tag`);
      const selfClosing = xml.charCodeAt(end - 1) === 0x2f;
      const body = xml.slice(lt + 1, selfClosing ? end - 1 : end);
      const space = body.search(/\s/);
      const qualified = space < 0 ? body : body.slice(0, space);
      if (qualified === '') throw malformedXlsx(`${part}: empty tag`);
      const name = localName(qualified);
      handler.open(name, space < 0 ? {} : parseAttributes(body.slice(space), part), selfClosing);
      if (selfClosing) handler.close(name);
      else open.push(name);
      at = end + 1;
    }
  }
  if (open.length > 0) throw malformedXlsx(`${part}: <${open[open.length - 1]}> is never closed`);
}

/** The index of the `>` that ends a start tag, skipping quoted attribute values. */
function findTagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let i = from; i < xml.length; i++) {
    const code = xml.charCodeAt(i);
    if (quote) {
      if (code === quote) quote = 0;
    } else if (code === 0x22 || code === 0x27) {
      quote = code;
    } else if (code === 0x3e) {
      return i;
    } else if (code === 0x3c) {
      return -1;
    }
  }
  return -1;
}

/** SpreadsheetML escapes characters XML cannot carry as _xHHHH_ (e.g. _x000D_ for a carriage return). */
export function decodeOoxmlEscapes(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
