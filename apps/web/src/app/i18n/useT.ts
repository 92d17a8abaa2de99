import { useI18n } from './useI18n';

export function useT() {
  return useI18n().t;
}
