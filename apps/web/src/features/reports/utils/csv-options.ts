import { readPersistentValue, writePersistentValue, type KeyValueStorage } from '../../../hooks/persistent-state';
import { DEFAULT_CSV_OPTIONS, isDecimalMark, isSeparator, type CsvOptions } from './report-urls';

/**
 * Where the separator and decimal mark the user chose are kept (localStorage): a preference of this
 * browser, not a form, so it outlives the session and log-out leaves it.
 */
export const CSV_OPTIONS_KEY = 'officebench.csvOptions';

const isCsvOptions = (value: unknown): value is CsvOptions =>
  typeof value === 'object' &&
  value !== null &&
  isSeparator((value as Record<string, unknown>).separator) &&
  isDecimalMark((value as Record<string, unknown>).decimal);

/** The options chosen before, or the defaults (";" and ",") when there are none or they are not valid. */
export function readCsvOptions(storage: KeyValueStorage | null): CsvOptions {
  const stored = readPersistentValue<CsvOptions>(storage, CSV_OPTIONS_KEY, DEFAULT_CSV_OPTIONS, isCsvOptions);
  return { separator: stored.separator, decimal: stored.decimal };
}

export function writeCsvOptions(storage: KeyValueStorage | null, options: CsvOptions): void {
  writePersistentValue(storage, CSV_OPTIONS_KEY, { separator: options.separator, decimal: options.decimal });
}
