import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

/** Where the downloaded files are kept for a look (git-ignored, beside the screenshots). */
const KEPT = join(__dirname, '../../screenshots/downloads');

/** Clicks `button` and returns the file it made the browser download, with the name it suggested (also kept in KEPT). */
export async function downloadFrom(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const bytes = await readFile(await download.path());
  const name = download.suggestedFilename();
  await mkdir(KEPT, { recursive: true });
  await writeFile(join(KEPT, name), bytes);
  return { name, bytes };
}

/**
 * The rows of a CSV file as the dashboard writes them (libs/domain's buildCsv): UTF-8 after a byte
 * order mark, semicolons (or the `separator` the user chose for an export), CRLF rows, cells quoted with
 * doubled quotes when needed. Throws without the mark.
 */
export function parseCsv(bytes: Buffer, separator = ';'): string[][] {
  if (!bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])))
    throw new Error('The CSV does not start with a UTF-8 byte order mark.');
  const text = bytes.subarray(3).toString('utf8');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

/** A cell as the table shows it: the apostrophe that neutralises a would-be formula taken off. */
export const unneutralised = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

/** The visible text of each header cell and body row of a table, whitespace collapsed (what "Pobierz CSV" writes). */
export function tableTexts(table: Locator): Promise<{ header: string[]; rows: string[][] }> {
  return table.evaluate((element) => {
    const text = (cell: HTMLElement) => cell.innerText.replace(/\s+/g, ' ').trim();
    const tableElement = element as HTMLTableElement;
    return {
      header: Array.from(tableElement.tHead?.rows[0]?.cells ?? [], text),
      rows: Array.from(tableElement.tBodies).flatMap((body) => Array.from(body.rows, (row) => Array.from(row.cells, text))),
    };
  });
}

/** The PNG's width and height from its header, after checking its signature. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  if (!bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) throw new Error('Not a PNG file.');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
