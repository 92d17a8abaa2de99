import { readCsv } from './csv-reader';
import { ImportFailure } from './import-failure';
import type { ImportLimits } from './import-limits';
import type { Sheet } from './sheet';
import { isCompoundFile, isEmptyZip, isZip, readXlsx } from './xlsx-reader';

/** "EncryptionInfo" in UTF-16LE: the stream an encrypted OOXML workbook keeps inside its compound file. */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

/**
 * The sheet of an uploaded file, by its content (not its name): a zip is an XLSX workbook, anything
 * else must be CSV text. Old .xls files and encrypted workbooks (both OLE compound files) are refused.
 */
export function readImportFile(buffer: Buffer, limits: ImportLimits): Sheet {
  if (buffer.length === 0) throw new ImportFailure(400, 'EMPTY_FILE');
  if (buffer.length > limits.maxFileBytes) throw new ImportFailure(413, 'FILE_TOO_LARGE', { max: limits.maxFileBytes });
  if (isZip(buffer)) return readXlsx(buffer, limits);
  if (isEmptyZip(buffer)) throw new ImportFailure(400, 'ZIP_MALFORMED', { reason: 'empty archive' });
  if (isCompoundFile(buffer)) throw new ImportFailure(415, buffer.includes(ENCRYPTION_INFO) ? 'ENCRYPTED' : 'OLD_XLS_OR_ENCRYPTED');
  return readCsv(buffer, limits);
}
