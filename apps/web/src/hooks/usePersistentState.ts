import { useCallback, useEffect, useRef, useState } from 'react';
import { readPersistentValue, removePersistentValue, sessionStorageOrNull, writePersistentValue, type Validator } from './persistent-state';

/**
 * Like useState, but the value is also kept in sessionStorage under `key`, so that it survives a
 * reload or a trip to the log-in page after the session expired. `clear()` forgets the saved value and
 * goes back to `initial` (call it once the form has been submitted). Give the component a React `key`
 * when `key` changes, so that it starts from the value saved under the new key.
 */
export function usePersistentState<T>(
  key: string,
  initial: T,
  isValid?: Validator<T>,
): [T, (next: T | ((previous: T) => T)) => void, () => void] {
  const [value, setValue] = useState<T>(() => readPersistentValue(sessionStorageOrNull(), key, initial, isValid));
  // After clear() the initial value is shown but not saved, until the user changes something.
  const skipNextWrite = useRef(false);
  const initialRef = useRef(initial);

  useEffect(() => {
    if (skipNextWrite.current) {
      skipNextWrite.current = false;
      return;
    }
    writePersistentValue(sessionStorageOrNull(), key, value);
  }, [key, value]);

  const clear = useCallback(() => {
    removePersistentValue(sessionStorageOrNull(), key);
    skipNextWrite.current = true;
    setValue(initialRef.current);
  }, [key]);

  return [value, setValue, clear];
}
