import { unitWord } from '@officebench/domain';

export type ReportLanguage = 'pl' | 'en';

const LOCALE: Record<ReportLanguage, string> = { pl: 'pl-PL', en: 'en-GB' };

/**
 * Numbers exactly as the API gives them (published statistics are already rounded to three significant digits; an office's own value is
 * shown as stored), only written the language's way: "1 234,5" in Polish (grouped from the thousands, with a non-breaking space, so a
 * number never wraps), "1,234.5" in English. Fifteen significant digits at most: what a double holds, without the noise of "0.1 + 0.2".
 */
const formatters: Record<ReportLanguage, Intl.NumberFormat> = {
  pl: new Intl.NumberFormat(LOCALE.pl, { maximumSignificantDigits: 15, useGrouping: 'always' } as Intl.NumberFormatOptions),
  en: new Intl.NumberFormat(LOCALE.en, { maximumSignificantDigits: 15, useGrouping: 'always' } as Intl.NumberFormatOptions),
};

/**
 * The web's reading style (apps/web format.number.decimal): at most two decimals, for an office's own values, which the API gives as
 * stored (a ratio's value has all its digits: 9.60571309424521), so that the report shows them as the office's pages do.
 */
const readingFormatters: Record<ReportLanguage, Intl.NumberFormat> = {
  pl: new Intl.NumberFormat(LOCALE.pl, { maximumFractionDigits: 2, useGrouping: 'always' } as Intl.NumberFormatOptions),
  en: new Intl.NumberFormat(LOCALE.en, { maximumFractionDigits: 2, useGrouping: 'always' } as Intl.NumberFormatOptions),
};

export interface NumberStyle {
  /** At most two decimals, as the web shows a value (own values, changes); without it, every digit the API gave. */
  reading?: boolean;
}

/** A number in the report's language, "–" for none. */
export function formatNumber(value: number | null | undefined, language: ReportLanguage, style: NumberStyle = {}): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  // Normalise the group separator to a no-break space (Intl uses U+00A0 or U+202F depending on the ICU version); "-0" is "0".
  const written = (style.reading ? readingFormatters : formatters)[language].format(value === 0 ? 0 : value);
  return written.replace(/[\u202f\u00a0]/g, '\u00a0').replace(/^-0$/, '0');
}

/** A signed change ("+1,5", "−2", "0"), "–" for none. */
export function formatChange(value: number | null | undefined, language: ReportLanguage, style: NumberStyle = {}): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const written = formatNumber(Math.abs(value), language, style);
  if (written === '0') return written;
  return value > 0 ? `+${written}` : `−${written}`;
}

/** A number with its unit: "87,5 %", "12 dni", "1 234 zł". */
export function formatWithUnit(value: number | null | undefined, unit: string, language: ReportLanguage, style: NumberStyle = {}): string {
  const number = formatNumber(value, language, style);
  return number === '–' ? number : `${number}\u00a0${unitWord(unit, language)}`;
}

/** A share 0..1 as a percentage ("75 %", "12,5 %"), at most one decimal: for completeness and target progress, which the API gives as fractions. */
export function formatShare(fraction: number | null | undefined, language: ReportLanguage): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return '–';
  return `${formatNumber(Math.round(fraction * 1000) / 10, language)}\u00a0%`;
}

/** A date as "4 grudnia 2026" / "4 December 2026". */
export function formatDate(date: Date, language: ReportLanguage): string {
  return new Intl.DateTimeFormat(LOCALE[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Warsaw' }).format(
    date,
  );
}

/** A file name part safe in a Content-Disposition header: ASCII letters, digits and dashes ("Urząd Łódź" → "urzad-lodz"). */
export function asciiSlug(text: string): string {
  const slug = text
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug || 'x';
}
