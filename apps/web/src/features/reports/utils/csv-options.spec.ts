import { blockedStorage, memoryStorage } from '../../../hooks/test-storage';
import { CSV_OPTIONS_KEY, readCsvOptions, writeCsvOptions } from './csv-options';

describe('the CSV options kept in the browser', () => {
  it('start as semicolons and a decimal comma, what Polish Excel opens', () => {
    expect(readCsvOptions(memoryStorage())).toEqual({ separator: 'semicolon', decimal: 'comma' });
  });

  it('come back as the user chose them', () => {
    const storage = memoryStorage();
    writeCsvOptions(storage, { separator: 'comma', decimal: 'point' });
    expect(readCsvOptions(storage)).toEqual({ separator: 'comma', decimal: 'point' });
  });

  it('fall back to the defaults when what is stored is not an option', () => {
    const storage = memoryStorage();
    storage.setItem(CSV_OPTIONS_KEY, JSON.stringify({ separator: 'pipe', decimal: 'point' }));
    expect(readCsvOptions(storage)).toEqual({ separator: 'semicolon', decimal: 'comma' });
    storage.setItem(CSV_OPTIONS_KEY, 'not json');
    expect(readCsvOptions(storage)).toEqual({ separator: 'semicolon', decimal: 'comma' });
  });

  it('keep working where the browser refuses site data', () => {
    const storage = blockedStorage();
    expect(() => writeCsvOptions(storage, { separator: 'tab', decimal: 'point' })).not.toThrow();
    expect(readCsvOptions(storage)).toEqual({ separator: 'semicolon', decimal: 'comma' });
  });
});
