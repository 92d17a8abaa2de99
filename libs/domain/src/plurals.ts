const POLISH = new Intl.PluralRules('pl');
const ENGLISH = new Intl.PluralRules('en');

/**
 * A count with its noun in the form the number asks for. Polish has three forms for whole numbers:
 * `one` (1 urząd), `few` (2-4, 22-24, … urzędy) and `many` (5-21, 25, … urzędów); Intl.PluralRules
 * knows which. The domain's sentences are shared by the API and the web, so they cannot use the web's
 * i18n library; this is the one place they choose a form.
 */
export function polishCount(count: number, forms: { one: string; few: string; many: string }): string {
  const rule = POLISH.select(count);
  return `${count} ${rule === 'one' ? forms.one : rule === 'few' ? forms.few : forms.many}`;
}

export function englishCount(count: number, forms: { one: string; other: string }): string {
  return `${count} ${ENGLISH.select(count) === 'one' ? forms.one : forms.other}`;
}

/** "urząd" as the object of a verb or after "o" (accusative): 1 urząd, 2 urzędy, 5 urzędów. */
export const OFFICES_ACCUSATIVE = { one: 'urząd', few: 'urzędy', many: 'urzędów' };
/** "urzędu" after a noun (genitive): wartości 1 urzędu, 2 urzędów, 5 urzędów. */
export const OFFICES_GENITIVE = { one: 'urzędu', few: 'urzędów', many: 'urzędów' };
export const OFFICES_EN = { one: 'office', other: 'offices' };
