import { OFFICE_KINDS } from '@officebench/domain';
import IntlMessageFormat from 'intl-messageformat';
import { ICU_FORMATS } from './formats';
import { LOCALES } from './language';
import { CATALOGUES, messagesEn, messagesPl } from './resources';

type Element = { type: number; value?: unknown; options?: Record<string, { value: Element[] }>; children?: Element[] };

/** The names of the arguments a message takes ({count}, {count, plural, ...}, {date, date, ...}). */
function argumentNames(elements: Element[], names = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type >= 1 && element.type <= 6 && typeof element.value === 'string') names.add(element.value);
    for (const option of Object.values(element.options ?? {})) argumentNames(option.value, names);
    if (element.children) argumentNames(element.children, names);
  }
  return names;
}

const parse = (message: string, locale: string) => new IntlMessageFormat(message, locale, ICU_FORMATS, { ignoreTag: true });

describe('messages', () => {
  it.each(Object.entries(CATALOGUES))('of %s have the same keys in Polish and English', (_feature, { pl, en }) => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(pl).sort());
  });

  it('have keys that no two features share (they live in one i18next namespace)', () => {
    const total = Object.values(CATALOGUES).reduce((sum, { pl }) => sum + Object.keys(pl).length, 0);
    expect(Object.keys(messagesPl)).toHaveLength(total);
    expect(Object.keys(messagesEn).sort()).toEqual(Object.keys(messagesPl).sort());
  });

  it.each([
    ['pl', messagesPl],
    ['en', messagesEn],
  ])('have no empty %s texts', (_language, messages) => {
    const empty = Object.entries(messages).filter(([, text]) => text.trim() === '');
    expect(empty).toEqual([]);
  });

  it.each([
    ['pl', messagesPl],
    ['en', messagesEn],
  ] as const)('are ICU messages that intl-messageformat parses in %s', (language, messages) => {
    const broken = Object.entries(messages).flatMap(([key, text]) => {
      try {
        parse(text, LOCALES[language]);
        return [];
      } catch (error) {
        return [`${key}: ${(error as Error).message}`];
      }
    });
    expect(broken).toEqual([]);
  });

  it('take the same arguments in Polish and English', () => {
    // A value with its unit takes {count} only where the unit has plural forms ("1 dzień"; "1 szt." has none).
    const names = (key: string, text: string, locale: string) =>
      [...argumentNames(parse(text, locale).getAst() as Element[])]
        .filter((name) => !(key.startsWith('unitValue.') && name === 'count'))
        .sort();
    const differing = Object.entries(messagesPl).flatMap(([key, text]) => {
      const pl = names(key, text, LOCALES.pl);
      const en = names(key, messagesEn[key as keyof typeof messagesEn], LOCALES.en);
      return pl.join() === en.join() ? [] : [`${key}: pl {${pl.join()}} en {${en.join()}}`];
    });
    expect(differing).toEqual([]);
  });

  it('label every office kind in both languages with the agreed terms', () => {
    const labels = (messages: Record<string, string>) => OFFICE_KINDS.map((kind) => messages[`officeKind.${kind}`]);
    expect(labels(messagesPl)).toEqual([
      'gmina miejska',
      'gmina wiejska',
      'gmina miejsko-wiejska',
      'miasto na prawach powiatu',
      'starostwo powiatowe',
      'urząd marszałkowski',
      'związek jednostek samorządu',
    ]);
    expect(labels(messagesEn)).toEqual([
      'urban gmina',
      'rural gmina',
      'urban-rural gmina',
      'city with county rights',
      'county office',
      'voivodeship office',
      'local-government association',
    ]);
  });
});
