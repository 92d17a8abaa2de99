import type { TextareaHTMLAttributes } from 'react';
import { FieldFrame, fieldControlProps, type FieldFrameProps } from './FieldFrame';

interface TextAreaFieldProps extends FieldFrameProps, Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'onChange' | 'value'> {
  value: string;
  onChange: (value: string) => void;
}

export function TextAreaField({ id, label, value, onChange, hint, error, describedBy, ...areaProps }: TextAreaFieldProps) {
  const frame = { id, label, hint, error, describedBy };
  return (
    <FieldFrame {...frame}>
      <textarea {...areaProps} {...fieldControlProps(frame)} value={value} onChange={(event) => onChange(event.target.value)} />
    </FieldFrame>
  );
}
