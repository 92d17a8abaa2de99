import { useCallback, useState } from 'react';
import { localStorageOrNull } from '../../../hooks/persistent-state';
import { readCsvOptions, writeCsvOptions } from '../utils/csv-options';
import type { CsvOptions } from '../utils/report-urls';

/** The CSV separator and decimal mark, as the user last chose them in this browser (";" and "," at first). */
export function useCsvOptions(): [CsvOptions, (options: CsvOptions) => void] {
  const [options, setOptions] = useState(() => readCsvOptions(localStorageOrNull()));
  const choose = useCallback((next: CsvOptions) => {
    writeCsvOptions(localStorageOrNull(), next);
    setOptions(next);
  }, []);
  return [options, choose];
}
