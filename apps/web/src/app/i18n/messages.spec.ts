import { OFFICE_KINDS } from '@officebench/domain';
import { messagesEn } from './messages.en';
import { messagesPl } from './messages.pl';

describe('messages', () => {
  it('have the same keys in Polish and English', () => {
    expect(Object.keys(messagesEn).sort()).toEqual(Object.keys(messagesPl).sort());
  });

  it.each([
    ['pl', messagesPl],
    ['en', messagesEn],
  ])('have no empty %s texts', (_language, messages) => {
    const empty = Object.entries(messages).filter(([, text]) => text.trim() === '');
    expect(empty).toEqual([]);
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
