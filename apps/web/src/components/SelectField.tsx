import type { SelectHTMLAttributes } from 'react';
import { FieldFrame, fieldControlProps, type FieldFrameProps } from './FieldFrame';

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps extends FieldFrameProps, Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'onChange' | 'value'> {
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  /** A first, empty choice (e.g. "choose an office"). */
  placeholder?: string;
}

export function SelectField({
  id,
  label,
  value,
  options,
  onChange,
  placeholder,
  hint,
  error,
  describedBy,
  ...selectProps
}: SelectFieldProps) {
  const frame = { id, label, hint, error, describedBy };
  return (
    <FieldFrame {...frame}>
      <select {...selectProps} {...fieldControlProps(frame)} value={value} onChange={(event) => onChange(event.target.value)}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
