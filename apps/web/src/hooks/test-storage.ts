import type { KeyValueStorage } from './persistent-state';

/** For specs: an in-memory Storage with the same semantics as sessionStorage for the methods used, its entries open to the spec. */
export function memoryStorage(): KeyValueStorage & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    get length() {
      return entries.size;
    },
    key: (index) => [...entries.keys()][index] ?? null,
    getItem: (key) => entries.get(key) ?? null,
    setItem: (key, value) => void entries.set(key, String(value)),
    removeItem: (key) => void entries.delete(key),
  };
}

/** For specs: the Storage of a browser that blocks site data, whose every method throws a SecurityError. */
export function blockedStorage(): KeyValueStorage {
  const refuse = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  return { length: 0, key: refuse, getItem: refuse, setItem: refuse, removeItem: refuse };
}
