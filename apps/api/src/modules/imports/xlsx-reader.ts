import { columnIndex, ImportFailure, malformedXlsx } from './import-failure';
import type { ImportLimits } from './import-limits';
import { type Cell, isBlankCell, type Sheet, type SheetRow } from './sheet';
import { decodeOoxmlEscapes, scanXml } from './xml-scanner';
import { partKey, ZipArchive } from './zip-archive';

const MAX_COLUMNS = 16_384;

export const isZip = (buffer: Buffer) => buffer.length >= 4 && buffer.readUInt32LE(0) === 0x04034b50;
export const isEmptyZip = (buffer: Buffer) => buffer.length >= 4 && buffer.readUInt32LE(0) === 0x06054b50;
/** The OLE compound file signature: an old .xls, or an encrypted (password-protected) OOXML workbook. */
export const isCompoundFile = (buffer: Buffer) => buffer.length >= 8 && buffer.readBigUInt64BE(0) === 0xd0cf11e0a1b11ae1n;

function text(archive: ZipArchive, name: string): string | null {
  const bytes = archive.read(name);
  return bytes === null ? null : bytes.toString('utf8');
}

interface Relationship {
  id: string;
  type: string;
  target: string;
}

function relationships(archive: ZipArchive, name: string): Relationship[] {
  const xml = text(archive, name);
  if (xml === null) return [];
  const found: Relationship[] = [];
  scanXml(xml, name, {
    open: (element, attributes) => {
      if (element === 'Relationship') found.push({ id: attributes.Id ?? '', type: attributes.Type ?? '', target: attributes.Target ?? '' });
    },
    close: () => undefined,
    text: () => undefined,
  });
  return found;
}

/** A relationship target resolved against the folder of the part that names it (OPC rules, simplified). */
function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

const relsOf = (part: string) => {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};

function sharedStrings(archive: ZipArchive, name: string | null): string[] {
  const xml = name === null ? null : text(archive, name);
  if (xml === null) return [];
  const strings: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  scanXml(xml, name as string, {
    open: (element, _attributes, selfClosing) => {
      if (element === 'si') current = [];
      else if (element === 'rPh') phonetic += selfClosing ? 0 : 1;
      else if (element === 't' && !selfClosing) inText = true;
    },
    close: (element) => {
      if (element === 'si') {
        strings.push(decodeOoxmlEscapes((current ?? []).join('')));
        current = null;
      } else if (element === 'rPh') phonetic = Math.max(0, phonetic - 1);
      else if (element === 't') inText = false;
    },
    text: (value) => {
      if (inText && phonetic === 0 && current) current.push(value);
    },
  });
  return strings;
}

const PERCENT_FORMATS = new Set([9, 10]);

/** For each cell style index (the `s` attribute), whether its number format shows a percentage. */
function percentStyles(archive: ZipArchive, name: string | null): boolean[] {
  const xml = name === null ? null : text(archive, name);
  if (xml === null) return [];
  const customPercent = new Set<number>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  scanXml(xml, name as string, {
    open: (element, attributes, selfClosing) => {
      if (element === 'numFmt' && /%/.test((attributes.formatCode ?? '').replace(/"[^"]*"|\\./g, '')))
        customPercent.add(Number(attributes.numFmtId));
      else if (element === 'cellXfs' && !selfClosing) inCellXfs = true;
      else if (element === 'xf' && inCellXfs) {
        const id = Number(attributes.numFmtId ?? 0);
        styles.push(PERCENT_FORMATS.has(id) || customPercent.has(id));
      }
    },
    close: (element) => {
      if (element === 'cellXfs') inCellXfs = false;
    },
    text: () => undefined,
  });
  return styles;
}

/** Number(), refusing what is not a plain XML number. */
function numberOf(raw: string, reference: string): number {
  const value = Number(raw.trim());
  if (raw.trim() === '' || !Number.isFinite(value)) throw malformedXlsx(`cell ${reference} holds "${raw.slice(0, 20)}" as a number`);
  return value;
}

/**
 * Reads the first worksheet of an XLSX workbook. Refuses (with the reasons the README lists) macro
 * workbooks, binary workbooks, encrypted parts and parts that unpack past the limits. Formula cells
 * are never evaluated: they are listed in `formulas` for the caller to refuse, naming each cell.
 */
export function readXlsx(buffer: Buffer, limits: ImportLimits): Sheet {
  const archive = new ZipArchive(buffer, limits);
  const names = archive.names().map(partKey);
  if (names.some((name) => name.endsWith('vbaproject.bin'))) throw new ImportFailure(415, 'MACROS');
  if (names.includes('xl/workbook.bin')) throw new ImportFailure(415, 'XLSB');
  const contentTypes = text(archive, '[Content_Types].xml');
  if (contentTypes === null) throw new ImportFailure(415, 'UNSUPPORTED_FORMAT');
  if (/macroEnabled/i.test(contentTypes)) throw new ImportFailure(415, 'MACROS');

  const document = relationships(archive, '_rels/.rels').find((r) => r.type.endsWith('/officeDocument'));
  const workbookPart = document ? resolveTarget('', document.target) : 'xl/workbook.xml';
  const workbook = text(archive, workbookPart);
  if (workbook === null) throw new ImportFailure(415, 'UNSUPPORTED_FORMAT');
  let firstSheetId: string | null = null;
  scanXml(workbook, workbookPart, {
    open: (element, attributes) => {
      if (element === 'sheet' && firstSheetId === null) firstSheetId = attributes.id ?? '';
    },
    close: () => undefined,
    text: () => undefined,
  });
  if (firstSheetId === null) throw malformedXlsx('the workbook has no sheet');
  const workbookRels = relationships(archive, relsOf(workbookPart));
  const sheetRel = workbookRels.find((r) => r.id === firstSheetId);
  if (!sheetRel) throw malformedXlsx('the first sheet has no part');
  const sheetPart = resolveTarget(workbookPart, sheetRel.target);
  const stringsRel = workbookRels.find((r) => r.type.endsWith('/sharedStrings'));
  const stylesRel = workbookRels.find((r) => r.type.endsWith('/styles'));
  const strings = sharedStrings(archive, stringsRel ? resolveTarget(workbookPart, stringsRel.target) : null);
  const percent = percentStyles(archive, stylesRel ? resolveTarget(workbookPart, stylesRel.target) : null);
  const sheetXml = text(archive, sheetPart);
  if (sheetXml === null) throw malformedXlsx(`${sheetPart} is missing`);
  return { format: 'xlsx', ...readSheetXml(sheetXml, sheetPart, strings, percent, limits) };
}

export function readSheetXml(
  xml: string,
  part: string,
  strings: string[],
  percent: boolean[],
  limits: ImportLimits,
): Omit<Sheet, 'format'> {
  const rows: SheetRow[] = [];
  const formulas: Sheet['formulas'] = [];
  let rowNumber = 0;
  let cells: Array<Cell | undefined> | null = null;
  let column = -1;
  let cell: { reference: string; type: string; style: number; hasFormula: boolean; value: string[]; inline: string[] } | null = null;
  let inValue = false;
  let inInlineText = false;
  let phonetic = 0;

  const finishCell = () => {
    if (!cell || !cells) return;
    const { reference, type, style, hasFormula } = cell;
    if (hasFormula) {
      formulas.push({ row: rowNumber, column });
      return;
    }
    const raw = cell.value.join('');
    let value: Cell | undefined;
    switch (type) {
      case 's': {
        if (raw.trim() === '') break;
        const index = Number(raw);
        if (!Number.isInteger(index) || index < 0 || index >= strings.length)
          throw malformedXlsx(`cell ${reference} names a missing shared string`);
        value = { kind: 'text', text: strings[index] };
        break;
      }
      case 'inlineStr':
        value = { kind: 'text', text: decodeOoxmlEscapes(cell.inline.join('')) };
        break;
      case 'str':
      case 'd':
        value = { kind: 'text', text: decodeOoxmlEscapes(raw) };
        break;
      case 'b':
        value = { kind: 'text', text: raw.trim() === '1' ? 'TRUE' : 'FALSE' };
        break;
      case 'e':
        value = { kind: 'error', text: raw.trim() };
        break;
      case 'n':
      case '': {
        if (raw.trim() === '') break;
        const number = numberOf(raw, reference);
        value = { kind: 'number', value: percent[style] ? Number((number * 100).toPrecision(15)) : number };
        break;
      }
      default:
        throw malformedXlsx(`cell ${reference} has the unknown type "${type}"`);
    }
    if (value) cells[column] = value;
  };

  scanXml(xml, part, {
    open: (element, attributes, selfClosing) => {
      switch (element) {
        case 'row': {
          const declared = attributes.r === undefined ? rowNumber + 1 : Number(attributes.r);
          if (!Number.isInteger(declared) || declared < 1 || declared <= rowNumber) throw malformedXlsx(`bad row number ${attributes.r}`);
          rowNumber = declared;
          cells = [];
          column = -1;
          break;
        }
        case 'c': {
          if (!cells) throw malformedXlsx('a cell outside a row');
          const reference = attributes.r;
          const index = reference === undefined ? column + 1 : columnIndex(reference);
          if (index < 0 || index >= MAX_COLUMNS || index <= column) throw malformedXlsx(`bad cell reference ${reference}`);
          if (reference !== undefined && reference.slice(reference.search(/\d/)) !== String(rowNumber))
            throw malformedXlsx(`cell ${reference} outside row ${rowNumber}`);
          column = index;
          cell = {
            reference: reference ?? `${index}:${rowNumber}`,
            type: attributes.t ?? '',
            style: Number(attributes.s ?? 0),
            hasFormula: false,
            value: [],
            inline: [],
          };
          if (selfClosing) cell = null;
          break;
        }
        case 'f':
          if (cell) cell.hasFormula = true;
          break;
        case 'v':
          inValue = !selfClosing && cell !== null;
          break;
        case 'rPh':
          if (!selfClosing) phonetic++;
          break;
        case 't':
          inInlineText = !selfClosing && cell !== null;
          break;
      }
    },
    close: (element) => {
      switch (element) {
        case 'v':
          inValue = false;
          break;
        case 't':
          inInlineText = false;
          break;
        case 'rPh':
          phonetic = Math.max(0, phonetic - 1);
          break;
        case 'c':
          finishCell();
          cell = null;
          break;
        case 'row':
          if (cells && !cells.every(isBlankCell)) {
            rows.push({ row: rowNumber, cells });
            if (rows.length > limits.maxRows + 1) throw new ImportFailure(413, 'TOO_MANY_ROWS', { max: limits.maxRows });
          }
          cells = null;
          break;
      }
    },
    text: (value) => {
      if (!cell) return;
      if (inValue) cell.value.push(value);
      else if (inInlineText && phonetic === 0) cell.inline.push(value);
    },
  });
  return { rows, formulas };
}
