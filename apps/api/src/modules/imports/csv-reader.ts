import { ImportFailure } from './import-failure';
import type { ImportLimits } from './import-limits';
import { type Cell, isBlankCell, type Sheet, type SheetRow } from './sheet';

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;
const DELIMITERS = [';', ',', '\t'];

/**
 * The delimiter of the header line: the most frequent of semicolon (Polish Excel's default), comma
 * and tab outside quotes; a semicolon wins a tie.
 */
export function detectDelimiter(text: string): string {
  const counts = new Map(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ';';
  for (const delimiter of DELIMITERS) if ((counts.get(delimiter) ?? 0) > (counts.get(best) ?? 0)) best = delimiter;
  return best;
}

function decodeUtf8(buffer: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    const lenient = new TextDecoder('utf-8').decode(buffer);
    const bad = lenient.indexOf('\ufffd');
    const row = lenient.slice(0, Math.max(bad, 0)).split('\n').length;
    throw new ImportFailure(400, 'NOT_UTF8', { row });
  }
}

/**
 * Reads a CSV file (RFC 4180 quoting; CRLF, LF or CR line ends; UTF-8 with or without a BOM; the
 * delimiter detected from the header line). Row numbers are record numbers, as a spreadsheet shows them.
 */
export function readCsv(buffer: Buffer, limits: ImportLimits): Sheet {
  if ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff)) throw new ImportFailure(400, 'UTF16');
  if (buffer.includes(0)) throw new ImportFailure(415, 'UNSUPPORTED_FORMAT');
  const body = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? buffer.subarray(3) : buffer;
  const text = decodeUtf8(body);
  if (text.trim() === '') throw new ImportFailure(400, 'EMPTY_FILE');
  const delimiter = detectDelimiter(text).charCodeAt(0);

  const rows: SheetRow[] = [];
  let record = 1;
  let cells: Array<Cell | undefined> = [];
  let at = 0;
  const length = text.length;

  const endRecord = () => {
    if (!cells.every(isBlankCell)) {
      rows.push({ row: record, cells });
      if (rows.length > limits.maxRows + 1) throw new ImportFailure(413, 'TOO_MANY_ROWS', { max: limits.maxRows });
    }
    cells = [];
    record++;
  };

  for (;;) {
    // one field
    let value: string;
    if (text.charCodeAt(at) === QUOTE) {
      let parts = '';
      let from = at + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote < 0) throw new ImportFailure(400, 'CSV_MALFORMED', { row: record, reason: 'UNCLOSED_QUOTE' });
        parts += text.slice(from, quote);
        if (text.charCodeAt(quote + 1) === QUOTE) {
          parts += '"';
          from = quote + 2;
        } else {
          at = quote + 1;
          break;
        }
      }
      value = parts;
      const next = text.charCodeAt(at);
      if (at < length && next !== delimiter && next !== CR && next !== LF) {
        throw new ImportFailure(400, 'CSV_MALFORMED', { row: record, reason: 'AFTER_QUOTE' });
      }
    } else {
      let end = at;
      while (end < length) {
        const code = text.charCodeAt(end);
        if (code === delimiter || code === CR || code === LF) break;
        end++;
      }
      value = text.slice(at, end);
      at = end;
    }
    cells.push(value === '' ? undefined : { kind: 'text', text: value });
    // what ends the field
    if (at >= length) {
      endRecord();
      break;
    }
    const code = text.charCodeAt(at);
    if (code === delimiter) {
      at++;
      if (at === length) {
        cells.push(undefined);
        endRecord();
        break;
      }
    } else {
      at += code === CR && text.charCodeAt(at + 1) === LF ? 2 : 1;
      endRecord();
      if (at === length) break;
    }
  }
  return { format: 'csv', rows, formulas: [] };
}
