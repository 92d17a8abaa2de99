import type { EntryProblem } from '@officebench/domain';
import { useI18n } from '../../../app/i18n';
import { TextAreaField } from '../../../components/TextAreaField';
import type { Refusal } from '../hooks/useSubmissionEditor';
import type { SavedValue } from '../graphql/submission-fields.fragment';
import type { FormLine } from '../graphql/submission-form.query';
import { computedDisplay } from '../utils/computed';
import { assessEntry, entrySignature, sameEntry, type DraftEntry, type DraftField } from '../utils/draft';
import { describeFor, lineFieldId, problemField } from '../utils/problems';
import { formatWithUnit, unitKey } from '../../../lib/units';
import { IndicatorHistory } from './IndicatorHistory';
import './submission.css';

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
  /** Whose form it is: the line's "Historia wskaźnika" asks for this office's earlier entries. */
  officeId: string;
  periodId: string;
}

/** What a ratio's numerator or denominator counts, in the reader's language (null when the catalogue says nothing). */
function partDefinition(indicator: FormLine['indicator'], part: 'numerator' | 'denominator', language: string): string | null {
  const text =
    part === 'numerator'
      ? language === 'en'
        ? indicator.numeratorLabelEn
        : indicator.numeratorLabel
      : language === 'en'
        ? indicator.denominatorLabelEn
        : indicator.denominatorLabel;
  return text?.trim() ? text.trim() : null;
}

const sameNumbers = (a: DraftEntry, b: DraftEntry) => sameEntry({ ...a, comment: '' }, { ...b, comment: '' });

/**
 * One indicator of the form: its name, unit and last period's value, its inputs (a value, or a
 * numerator and a denominator, each with what it counts, and the computed value shown live), a
 * comment, its errors and warnings, each tied to the fields with aria-describedby, and the office's
 * own history of the indicator one click away.
 *
 * The inputs' row holds only labels, definitions and inputs; errors are listed below it, so that an
 * error never moves the other input.
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
  officeId,
  periodId,
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
  const refused = refusal !== undefined && refusal.signature === entrySignature(entry);
  if (refusal && refused) {
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

  const definitionId = (field: DraftField) => `${id(field)}-definition`;
  const definitions: Partial<Record<DraftField, string | null>> = indicator.isRatio
    ? { numerator: partDefinition(indicator, 'numerator', language), denominator: partDefinition(indicator, 'denominator', language) }
    : {};

  const describedBy = (field: DraftField) =>
    [
      definitions[field] ? definitionId(field) : null,
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
      {definitions[field] && (
        <p id={definitionId(field)} className="field__definition">
          {definitions[field]}
        </p>
      )}
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
    </div>
  );
  const numberFields: readonly DraftField[] = indicator.isRatio ? ['numerator', 'denominator'] : ['value'];
  const fieldErrors = numberFields.filter((field) => errors[field]?.length);

  const previous =
    line.previousValue !== null
      ? t('submission.previous', {
          period: line.previousPeriodLabel ?? '',
          value: formatWithUnit(line.previousValue, indicator.unit, t, language),
        })
      : t('submission.previousNone');
  const computed = computedDisplay(entry, assessment, refused);
  const computedText =
    computed.kind === 'value'
      ? t('submission.computed', { value: formatWithUnit(computed.value, indicator.unit, t, language) })
      : computed.kind === 'refused'
        ? t('submission.computedRefused')
        : computed.kind === 'none'
          ? t('submission.computed', { value: t('values.none') })
          : t('submission.computedNone');

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
            {numberInput('numerator', t('submission.numerator'))}
            {numberInput('denominator', t('submission.denominator'))}
          </>
        ) : (
          numberInput('value', `${t('submission.value')} (${unit})`)
        )}
      </div>
      {indicator.isRatio && (
        <output
          className={`indicator__computed${computed.kind === 'refused' ? ' indicator__computed--refused' : ''}`}
          htmlFor={`${id('numerator')} ${id('denominator')}`}
        >
          {computedText}
        </output>
      )}
      {fieldErrors.length > 0 && (
        <div className="indicator__errors">
          {fieldErrors.map((field) => (
            <p key={field} id={`${id(field)}-error`} className="field__error">
              {errors[field]?.join(' ')}
            </p>
          ))}
        </div>
      )}
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
      <IndicatorHistory officeId={officeId} periodId={periodId} indicator={indicator} name={name} />
    </fieldset>
  );
}
