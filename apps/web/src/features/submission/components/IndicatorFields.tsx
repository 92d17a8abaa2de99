import type { EntryProblem } from '@officebench/domain';
import { useI18n } from '../../../app/i18n';
import { TextAreaField } from '../../../components/TextAreaField';
import type { Refusal } from '../hooks/useSubmissionEditor';
import type { SavedValue } from '../graphql/submission-fields.fragment';
import type { FormLine } from '../graphql/submission-form.query';
import { assessEntry, entrySignature, sameEntry, type DraftEntry, type DraftField } from '../utils/draft';
import { parseNumber } from '../utils/numbers';
import { describeFor, lineFieldId, problemField } from '../utils/problems';
import { formatWithUnit, unitKey } from '../../../lib/units';

interface IndicatorFieldsProps {
  line: FormLine;
  entry: DraftEntry;
  /** The entry differs from what is saved. */
  unsaved: boolean;
  saved: SavedValue | undefined;
  refusal: Refusal | undefined;
  /** Problems found when the user tried to submit (a mandatory value, a comment for a warning). */
  submitProblems: readonly EntryProblem[];
  /** Show the checks' problems (the line was left at least once, or restored). */
  checked: boolean;
  onChange: (field: DraftField, text: string) => void;
  /** A field of the line lost the focus: the autosave runs now. */
  onLeave: (indicatorCode: string) => void;
}

/** What a ratio's numerator or denominator counts, in the reader's language. */
function partLabel(indicator: FormLine['indicator'], part: 'numerator' | 'denominator', language: string): string {
  if (part === 'numerator') return (language === 'en' ? indicator.numeratorLabelEn : indicator.numeratorLabel) ?? '';
  return (language === 'en' ? indicator.denominatorLabelEn : indicator.denominatorLabel) ?? '';
}

const sameNumbers = (a: DraftEntry, b: DraftEntry) => sameEntry({ ...a, comment: '' }, { ...b, comment: '' });

/**
 * One indicator of the form: its name, unit and last period's value, its inputs (a value, or a
 * numerator and a denominator with the computed value shown live), a comment, and its errors and
 * warnings, each tied to the fields with aria-describedby.
 */
export function IndicatorFields({
  line,
  entry,
  unsaved,
  saved,
  refusal,
  submitProblems,
  checked,
  onChange,
  onLeave,
}: IndicatorFieldsProps) {
  const { t, language } = useI18n();
  const { indicator } = line;
  const code = indicator.code;
  const name = language === 'pl' ? indicator.name : indicator.nameEn;
  const key = unitKey(indicator.unit);
  const unit = key ? t(key) : indicator.unit;
  const assessment = assessEntry(indicator, entry);
  const id = (field: DraftField) => lineFieldId(code, field);
  const previousId = `${id('value')}-previous`;
  const missingId = `${id('value')}-missing`;
  const warningsId = `${id('value')}-warnings`;

  // Errors by field: what the checks find as typed, what the server refused, what blocks submitting.
  const errors: Partial<Record<DraftField, string[]>> = {};
  const add = (field: DraftField, text: string) => (errors[field] ??= []).push(text);
  if (checked) {
    for (const field of assessment.notNumbers) add(field, t('submission.notANumber', { indicator: name }));
    for (const problem of assessment.problems) add(problemField(problem.field, indicator.isRatio), describeFor(problem, name, language));
  }
  if (refusal && refusal.signature === entrySignature(entry)) {
    for (const problem of refusal.problems) add(problemField(problem.field, indicator.isRatio), describeFor(problem, name, language));
  }
  for (const problem of submitProblems) add(problemField(problem.field, indicator.isRatio), describeFor(problem, name, language));

  // Warnings belong to the saved numbers: they stay while only the comment changes.
  const savedEntry: DraftEntry | null = saved
    ? {
        value: indicator.isRatio ? '' : String(saved.value ?? ''),
        numerator: indicator.isRatio ? String(saved.numerator ?? '') : '',
        denominator: indicator.isRatio ? String(saved.denominator ?? '') : '',
        comment: '',
      }
    : null;
  const warnings = saved && savedEntry && sameNumbers(entry, savedEntry) ? saved.warnings : [];
  const showMissing = checked && assessment.missingPart !== null;

  const describedBy = (field: DraftField) =>
    [
      field !== 'comment' ? previousId : null,
      errors[field]?.length ? `${id(field)}-error` : null,
      showMissing && field === assessment.missingPart ? missingId : null,
      warnings.length ? warningsId : null,
    ]
      .filter(Boolean)
      .join(' ') || undefined;

  const numberInput = (field: 'value' | 'numerator' | 'denominator', label: string) => (
    <div className={errors[field]?.length ? 'field field--error' : 'field'}>
      <label htmlFor={id(field)}>{label}</label>
      <input
        id={id(field)}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        className="number-input"
        value={entry[field]}
        aria-invalid={errors[field]?.length ? true : undefined}
        aria-describedby={describedBy(field)}
        onChange={(event) => onChange(field, event.target.value)}
        onBlur={() => onLeave(code)}
      />
      {errors[field]?.length ? (
        <p id={`${id(field)}-error`} className="field__error">
          {errors[field]?.join(' ')}
        </p>
      ) : null}
    </div>
  );

  const previous =
    line.previousValue !== null
      ? t('submission.previous', {
          period: line.previousPeriodLabel ?? '',
          value: formatWithUnit(line.previousValue, indicator.unit, t, language),
        })
      : t('submission.previousNone');
  const numerator = parseNumber(entry.numerator);
  const denominator = parseNumber(entry.denominator);
  const partsTyped = numerator.ok && denominator.ok && numerator.value !== null && denominator.value !== null;

  return (
    <fieldset className={`indicator${unsaved ? ' indicator--unsaved' : ''}`} id={`indicator-${code}`}>
      <legend>
        <span className="indicator__name">{name}</span>{' '}
        <span className="indicator__meta">
          ({t('submission.unitLabel', { unit })}
          {line.mandatory ? `, ${t('submission.mandatory')}` : ''})
        </span>
        {unsaved && <span className="badge badge--pending indicator__badge">{t('submission.unsavedLine')}</span>}
      </legend>
      <p id={previousId} className="indicator__previous">
        {previous}
      </p>
      <div className="indicator__inputs">
        {indicator.isRatio ? (
          <>
            {numberInput('numerator', `${t('submission.numerator')} (${partLabel(indicator, 'numerator', language)})`)}
            {numberInput('denominator', `${t('submission.denominator')} (${partLabel(indicator, 'denominator', language)})`)}
            <output className="indicator__computed" htmlFor={`${id('numerator')} ${id('denominator')}`}>
              {assessment.computed !== null
                ? t('submission.computed', { value: formatWithUnit(assessment.computed, indicator.unit, t, language) })
                : partsTyped
                  ? t('submission.computed', { value: t('values.none') })
                  : t('submission.computedNone')}
            </output>
          </>
        ) : (
          numberInput('value', `${t('submission.value')} (${unit})`)
        )}
      </div>
      {showMissing && (
        <p id={missingId} className="indicator__note">
          {t(assessment.missingPart === 'numerator' ? 'submission.missingPart.numerator' : 'submission.missingPart.denominator')}
        </p>
      )}
      {warnings.length > 0 && (
        <div id={warningsId} className="indicator__warnings">
          {warnings.map((text) => (
            <p key={text}>{t('submission.warning', { text })}</p>
          ))}
        </div>
      )}
      <TextAreaField
        id={id('comment')}
        label={t('submission.comment')}
        hint={warnings.length ? t('submission.commentHint') : undefined}
        value={entry.comment}
        rows={2}
        error={errors.comment?.join(' ')}
        describedBy={warnings.length ? [warningsId] : []}
        onChange={(text) => onChange('comment', text)}
        onBlur={() => onLeave(code)}
      />
    </fieldset>
  );
}
