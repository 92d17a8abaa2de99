import { useMemo } from 'react';
import { useI18n } from '../../../app/i18n';
import { formatNumberIn } from '../../../app/i18n/format-value';

/** Shares (0-100) with one decimal and a percent sign, means with two decimals, in the interface language. */
export function useSurveyFormat(): { percent: (value: number) => string; mean: (value: number) => string } {
  const { t, language } = useI18n();
  return useMemo(
    () => ({
      percent: (value: number) => t('surveys.percent', { value: formatNumberIn(language, Math.round(value * 10) / 10) }),
      mean: (value: number) => formatNumberIn(language, value),
    }),
    [t, language],
  );
}
