import { useState } from 'react';
import { useI18n, type Language } from '../../../app/i18n';
import { SelectField } from '../../../components/SelectField';

const FILE_LANGUAGES: readonly Language[] = ['pl', 'en'];

/** The files' language, the interface's at first: a Polish office may need an English report for a partner. */
export function useFileLanguage(): [Language, (language: Language) => void] {
  const { language } = useI18n();
  return useState<Language>(language);
}

export function LanguageChoice({ id, value, onChange }: { id: string; value: Language; onChange: (language: Language) => void }) {
  const { t } = useI18n();
  return (
    <SelectField
      id={id}
      label={t('reports.language')}
      value={value}
      options={FILE_LANGUAGES.map((language) => ({ value: language, label: t(`reports.language.${language}`) }))}
      onChange={(chosen) => {
        const language = FILE_LANGUAGES.find((candidate) => candidate === chosen);
        if (language) onChange(language);
      }}
    />
  );
}
