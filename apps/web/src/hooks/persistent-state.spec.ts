import {
  clearPersistentForms,
  PERSISTENT_FORM_PREFIX,
  readPersistentValue,
  removePersistentValue,
  writePersistentValue,
} from './persistent-state';
import { blockedStorage, memoryStorage } from './test-storage';

interface Draft {
  email: string;
  role: string;
}
const isDraft = (value: unknown): value is Draft =>
  typeof value === 'object' && value !== null && typeof (value as Draft).email === 'string' && typeof (value as Draft).role === 'string';

const KEY = `${PERSISTENT_FORM_PREFIX}invite`;
const EMPTY: Draft = { email: '', role: 'OFFICE_COORDINATOR' };

describe('persistent state', () => {
  it('reads back what was written', () => {
    const storage = memoryStorage();
    writePersistentValue(storage, KEY, { email: 'a@b.pl', role: 'PROGRAMME_LEAD' });
    expect(readPersistentValue(storage, KEY, EMPTY, isDraft)).toEqual({ email: 'a@b.pl', role: 'PROGRAMME_LEAD' });
  });

  it('starts from the initial value when nothing was saved', () => {
    expect(readPersistentValue(memoryStorage(), KEY, EMPTY, isDraft)).toBe(EMPTY);
    expect(readPersistentValue(null, KEY, EMPTY, isDraft)).toBe(EMPTY);
  });

  it('ignores a saved value that is not JSON or has the wrong shape', () => {
    const storage = memoryStorage();
    storage.setItem(KEY, '{not json');
    expect(readPersistentValue(storage, KEY, EMPTY, isDraft)).toBe(EMPTY);
    storage.setItem(KEY, JSON.stringify({ email: 42 }));
    expect(readPersistentValue(storage, KEY, EMPTY, isDraft)).toBe(EMPTY);
  });

  it('forgets a removed value', () => {
    const storage = memoryStorage();
    writePersistentValue(storage, KEY, { email: 'a@b.pl', role: 'PROGRAMME_LEAD' });
    removePersistentValue(storage, KEY);
    expect(readPersistentValue(storage, KEY, EMPTY, isDraft)).toBe(EMPTY);
  });

  it('keeps working, without saving, when the browser blocks storage', () => {
    const storage = blockedStorage();
    expect(() => writePersistentValue(storage, KEY, EMPTY)).not.toThrow();
    expect(() => removePersistentValue(storage, KEY)).not.toThrow();
    expect(() => clearPersistentForms(storage)).not.toThrow();
    expect(readPersistentValue(storage, KEY, EMPTY, isDraft)).toBe(EMPTY);
  });

  it('clears every saved form and nothing else on log-out', () => {
    const storage = memoryStorage();
    writePersistentValue(storage, `${PERSISTENT_FORM_PREFIX}a`, 1);
    writePersistentValue(storage, `${PERSISTENT_FORM_PREFIX}b`, 2);
    storage.setItem('officebench.language', 'en');
    clearPersistentForms(storage);
    expect([...storage.entries.keys()]).toEqual(['officebench.language']);
  });
});
