import { formatNumberIn } from '../../../app/i18n/format-value';

export type InterfaceLanguage = 'pl' | 'en';

export type ParsedNumber = { ok: true; value: number | null } | { ok: false };

const SPACES = /[\s\u00a0\u202f]/g;
const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)$/;

/**
 * A number as typed in a form: Polish decimal comma or a dot, spaces as thousands separators. An empty
 * field is a value of its own (null, "nothing entered"); anything else that is not a number is refused.
 */
export function parseNumber(text: string): ParsedNumber {
  const compact = text.replace(SPACES, '').replace(',', '.');
  if (compact === '') return { ok: true, value: null };
  if (!PLAIN_NUMBER.test(compact)) return { ok: false };
  const value = Number(compact);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false };
}

/** A saved number as the text of an input: no grouping, the language's decimal mark, all its digits. */
export function numberToInput(value: number | null, language: InterfaceLanguage): string {
  if (value === null) return '';
  const text = String(value);
  return language === 'pl' ? text.replace('.', ',') : text;
}

/** A number for reading (a computed value, last period's value): grouped, at most `digits` decimals (2 or 0). */
export function formatNumber(value: number, language: InterfaceLanguage, digits: 2 | 0 = 2): string {
  return formatNumberIn(language, value, digits === 0 ? 'integer' : 'decimal');
}
