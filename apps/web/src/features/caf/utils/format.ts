import { formatNumberIn } from '../../../app/i18n/format-value';

/** CAF points as written: "512,5" (one decimal at most: criterion scores are means of whole numbers). */
export function formatPoints(language: string, value: number): string {
  return formatNumberIn(language, Math.round(value * 10) / 10);
}

/** A change of points, signed: "+82,5", "−30", "0". */
export function formatChange(language: string, value: number): string {
  const written = formatPoints(language, Math.abs(value));
  if (value > 0) return `+${written}`;
  return value < 0 ? `−${written}` : written;
}
