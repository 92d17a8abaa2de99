import type { InputHTMLAttributes } from 'react';
import { FieldFrame, fieldControlProps, type FieldFrameProps } from './FieldFrame';

interface TextFieldProps extends FieldFrameProps, Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'> {
  value: string;
  onChange: (value: string) => void;
}

export function TextField({ id, label, value, onChange, hint, error, describedBy, ...inputProps }: TextFieldProps) {
  const frame = { id, label, hint, error, describedBy };
  return (
    <FieldFrame {...frame}>
      <input {...inputProps} {...fieldControlProps(frame)} value={value} onChange={(event) => onChange(event.target.value)} />
    </FieldFrame>
  );
}
