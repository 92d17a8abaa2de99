import { fieldControlProps, FieldMessages } from './FieldFrame';
import './checkbox-group.css';

export interface CheckboxOption<V extends string | number> {
  value: V;
  label: string;
}

interface CheckboxGroupProps<V extends string | number> {
  /** The fieldset's id (error links focus it); each box's id is `${id}-${value}`. */
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  options: readonly CheckboxOption<V>[];
  selected: readonly V[];
  onChange: (selected: V[]) => void;
  /** Shown instead of the boxes while there are none (e.g. still loading). */
  emptyText?: string;
}

/** Several choices of one question: a fieldset whose legend, hint and error name and describe it. */
export function CheckboxGroup<V extends string | number>({
  id,
  legend,
  hint,
  error,
  options,
  selected,
  onChange,
  emptyText,
}: CheckboxGroupProps<V>) {
  const described = fieldControlProps({ id, label: legend, hint, error })['aria-describedby'];
  return (
    <fieldset id={id} tabIndex={-1} className={error ? 'checkbox-group field--error' : 'checkbox-group'} aria-describedby={described}>
      <legend>{legend}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      {options.length === 0 && emptyText ? (
        <p className="muted">{emptyText}</p>
      ) : (
        <ul className="checkbox-group__list">
          {options.map((option) => {
            const boxId = `${id}-${option.value}`;
            const checked = selected.includes(option.value);
            return (
              <li key={option.value}>
                <input
                  id={boxId}
                  type="checkbox"
                  checked={checked}
                  onChange={(event) =>
                    onChange(event.target.checked ? [...selected, option.value] : selected.filter((value) => value !== option.value))
                  }
                />
                <label htmlFor={boxId}>{option.label}</label>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
