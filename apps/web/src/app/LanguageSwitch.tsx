import { otherLanguage, useI18n } from './i18n';

export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  const next = otherLanguage(language);
  return (
    <button type="button" className="language-switch" lang={next} aria-label={t('language.switchLabel')} onClick={() => setLanguage(next)}>
      {t('language.switch')}
    </button>
  );
}
