import type { Language } from './submission-checks';

/**
 * Plausibility warnings: a value far from what is usual is not refused, but the office must explain
 * it in a comment before submitting. "Far" is a robust rule, insensitive to the outliers it looks for:
 * the modified z-score of Iglewicz and Hoaglin, |x - median| / (1.4826 * MAD) > 3.5, where MAD is the
 * median absolute deviation from the median.
 *
 * - Own history: the office's values in up to 8 earlier periods of the same kind; needs at least 3.
 *   MAD is floored at 5% of |median| and 1% of the indicator's range, so a perfectly steady history
 *   does not flag every small change.
 * - Programme distribution: fences computed in the database over approved values of the whole
 *   programme in earlier periods (see the plausibility_fences function); they reach this code only as
 *   a low and high bound, rounded outwards, never as any office's value.
 */
export const MODIFIED_Z_LIMIT = 3.5;
/** 1 / the 0.75 quantile of the standard normal: makes MAD comparable to a standard deviation. */
export const MAD_TO_SIGMA = 1.4826;
export const OWN_HISTORY_MIN = 3;
export const OWN_HISTORY_MAX = 8;

export const WARNING_CODES = ['FAR_FROM_OWN_HISTORY', 'OUTSIDE_PROGRAMME_RANGE'] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

export interface PlausibilityWarning {
  code: WarningCode;
  params: Record<string, number>;
}

export interface Fence {
  low: number;
  high: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The robust centre and spread of a history, or null when it is too short to judge. */
export function ownHistoryFence(
  history: readonly number[],
  range: { minValue: number | null; maxValue: number | null },
): (Fence & { median: number }) | null {
  const recent = history.slice(-OWN_HISTORY_MAX);
  if (recent.length < OWN_HISTORY_MIN) return null;
  const centre = median(recent);
  const mad = median(recent.map((v) => Math.abs(v - centre)));
  const span = range.minValue !== null && range.maxValue !== null ? range.maxValue - range.minValue : 0;
  const spread = MAD_TO_SIGMA * Math.max(mad, 0.05 * Math.abs(centre), 0.01 * span, Number.EPSILON);
  return { median: centre, low: centre - MODIFIED_Z_LIMIT * spread, high: centre + MODIFIED_Z_LIMIT * spread };
}

function roundForDisplay(value: number): number {
  return Number(value.toPrecision(3));
}

/** Warnings for one computed value: `history` is the office's own earlier values, oldest first. */
export function plausibilityWarnings(
  value: number,
  history: readonly number[],
  programmeFence: Fence | null,
  range: { minValue: number | null; maxValue: number | null },
): PlausibilityWarning[] {
  const warnings: PlausibilityWarning[] = [];
  const own = ownHistoryFence(history, range);
  if (own && (value < own.low || value > own.high)) {
    warnings.push({
      code: 'FAR_FROM_OWN_HISTORY',
      params: { median: roundForDisplay(own.median), periods: Math.min(history.length, OWN_HISTORY_MAX) },
    });
  }
  if (programmeFence && (value < programmeFence.low || value > programmeFence.high)) {
    warnings.push({ code: 'OUTSIDE_PROGRAMME_RANGE', params: {} });
  }
  return warnings;
}

const WARNING_MESSAGES: Record<WarningCode, Record<Language, (params: Record<string, number>) => string>> = {
  FAR_FROM_OWN_HISTORY: {
    pl: (p) =>
      `Wartość znacznie odbiega od wcześniejszych wartości urzędu (mediana ${String(p.median).replace('.', ',')} z ${p.periods} okresów). Sprawdź ją lub wyjaśnij w komentarzu.`,
    en: (p) =>
      `The value is far from this office's earlier values (median ${p.median} over ${p.periods} periods). Check it or explain it in a comment.`,
  },
  OUTSIDE_PROGRAMME_RANGE: {
    pl: () => 'Wartość jest poza zakresem typowym dla urzędów programu. Sprawdź ją lub wyjaśnij w komentarzu.',
    en: () => "The value is outside the range usual for the programme's offices. Check it or explain it in a comment.",
  },
};

export function describeWarning(warning: PlausibilityWarning, language: Language): string {
  return WARNING_MESSAGES[warning.code][language](warning.params);
}
