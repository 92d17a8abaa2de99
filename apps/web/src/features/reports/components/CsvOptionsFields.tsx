import { useId } from 'react';
import { useT } from '../../../app/i18n';
import { SelectField } from '../../../components/SelectField';
import { DECIMAL_MARKS, isDecimalMark, isSeparator, SEPARATORS, type CsvOptions } from '../utils/report-urls';

/** The CSV files' separator and decimal mark, one group of two choices with what Polish Excel expects. */
export function CsvOptionsFields({ options, onChange }: { options: CsvOptions; onChange: (options: CsvOptions) => void }) {
  const t = useT();
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <fieldset className="reports-csv" aria-describedby={hintId}>
      <legend>{t('reports.csv.legend')}</legend>
      <div className="reports-choices">
        <SelectField
          id={`${id}-separator`}
          label={t('reports.csv.separator')}
          value={options.separator}
          options={SEPARATORS.map((value) => ({ value, label: t(`reports.csv.separator.${value}`) }))}
          onChange={(value) => isSeparator(value) && onChange({ ...options, separator: value })}
        />
        <SelectField
          id={`${id}-decimal`}
          label={t('reports.csv.decimal')}
          value={options.decimal}
          options={DECIMAL_MARKS.map((value) => ({ value, label: t(`reports.csv.decimal.${value}`) }))}
          onChange={(value) => isDecimalMark(value) && onChange({ ...options, decimal: value })}
        />
      </div>
      <p id={hintId} className="field__hint">
        {t('reports.csv.hint')}
      </p>
    </fieldset>
  );
}
