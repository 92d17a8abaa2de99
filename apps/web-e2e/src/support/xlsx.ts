import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

/*
 * Just enough of XLSX for a journey to read the import template it downloaded and change one cell, as
 * a person would in a spreadsheet program: the zip's files, the first sheet's cells, and a number cell
 * written anew (the journeys may not use the API's own reader and writer).
 */

/** The files of a zip archive (stored or deflated entries), read through its central directory. */
export function unzip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataAt, dataAt + compressedSize);
    files.set(name, method === 0 ? Buffer.from(data) : inflateRawSync(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

/** A zip archive of these files, deflated. */
export function zip(files: ReadonlyMap<string, Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [fileName, data] of files) {
    const name = Buffer.from(fileName, 'utf8');
    const compressed = deflateRawSync(data);
    const fields = Buffer.alloc(26);
    fields.writeUInt16LE(20, 0);
    fields.writeUInt16LE(0x800, 2);
    fields.writeUInt16LE(8, 4);
    fields.writeUInt32LE(crc32(data), 10);
    fields.writeUInt32LE(compressed.length, 14);
    fields.writeUInt32LE(data.length, 18);
    fields.writeUInt16LE(name.length, 22);
    const local = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), fields]);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    fields.copy(central, 6);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.size, 8);
  end.writeUInt16LE(files.size, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const SHEET = 'xl/worksheets/sheet1.xml';
const unescape = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** The first sheet's cells by reference (A1, G12, ...): numbers as numbers, inline strings as text. */
export function sheetCells(xlsx: Buffer): Map<string, string | number> {
  const xml = unzip(xlsx).get(SHEET)?.toString('utf8') ?? '';
  const cells = new Map<string, string | number>();
  for (const [, reference, body] of xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>(.*?)<\/c>)/g)) {
    if (body === undefined) continue;
    const text = /<t[^>]*>(.*?)<\/t>/.exec(body);
    const value = /<v>(.*?)<\/v>/.exec(body);
    if (text) cells.set(reference, unescape(text[1]));
    else if (value) cells.set(reference, Number(value[1]));
  }
  return cells;
}

/** The workbook with one number cell of the first sheet given another number (its style kept). */
export function withNumber(xlsx: Buffer, reference: string, value: number): Buffer {
  const files = unzip(xlsx);
  const xml = files.get(SHEET)?.toString('utf8') ?? '';
  const cell = new RegExp(`<c r="${reference}"([^>]*?)>(<v>[^<]*</v>)</c>`);
  if (!cell.test(xml)) throw new Error(`No number cell ${reference} in the sheet.`);
  files.set(SHEET, Buffer.from(xml.replace(cell, `<c r="${reference}"$1><v>${value}</v></c>`), 'utf8'));
  return zip(files);
}
