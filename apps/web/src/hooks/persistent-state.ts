/** Every key of a form kept across a session expiry starts with this, so that log-out can drop them all. */
export const PERSISTENT_FORM_PREFIX = 'officebench.form.';

/** The part of the Web Storage API used here (sessionStorage or localStorage in the app, a fake in tests). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** Checks that a stored value still has the expected shape (it may come from an older version). */
export type Validator<T> = (value: unknown) => value is T;

/** The value saved under `key`, or `initial` when there is none, it is not valid, or storage is blocked. */
export function readPersistentValue<T>(storage: KeyValueStorage | null, key: string, initial: T, isValid?: Validator<T>): T {
  try {
    const raw = storage?.getItem(key);
    if (raw === null || raw === undefined) return initial;
    const parsed: unknown = JSON.parse(raw);
    if (isValid) return isValid(parsed) ? parsed : initial;
    return parsed as T;
  } catch {
    return initial;
  }
}

export function writePersistentValue(storage: KeyValueStorage | null, key: string, value: unknown): void {
  try {
    storage?.setItem(key, JSON.stringify(value));
  } catch {
    // storage blocked or full: the value lives only as long as the page
  }
}

export function removePersistentValue(storage: KeyValueStorage | null, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // storage blocked: nothing was saved
  }
}

/** Removes every saved form (on log-out, so that the next person at this browser does not see them). */
export function clearPersistentForms(storage: KeyValueStorage | null): void {
  try {
    if (!storage) return;
    const keys: string[] = [];
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index);
      if (key?.startsWith(PERSISTENT_FORM_PREFIX)) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
  } catch {
    // storage blocked: nothing was saved
  }
}

/** sessionStorage, or null where the browser refuses access to it. */
export function sessionStorageOrNull(): KeyValueStorage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

/**
 * localStorage, or null where the browser refuses access to it: for what must outlive the tab (a
 * submission's unsaved entries, until the server has them or the user logs out).
 */
export function localStorageOrNull(): KeyValueStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
