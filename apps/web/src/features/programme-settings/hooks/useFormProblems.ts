import { useState } from 'react';
import { useErrorMessage } from '../../../app/useErrorMessage';
import type { ErrorItem } from '../../../components/ErrorSummary';
import { serverProblem } from '../utils/server-problem';

/**
 * A settings form's problems: by field (shown at the field) and as the error summary above the form,
 * in the form's order of fields; `refuse` shows an API refusal at the field it names, or above the form.
 */
export function useFormProblems<F extends string>(order: readonly F[], fieldId: (field: F) => string) {
  const errorMessage = useErrorMessage();
  const [problems, setProblems] = useState<Partial<Record<F, string>>>({});
  const [errors, setErrors] = useState<ErrorItem[]>([]);

  const show = (found: Partial<Record<F, string>>) => {
    setProblems(found);
    setErrors(order.flatMap((field) => (found[field] ? [{ fieldId: fieldId(field), text: found[field] }] : [])));
  };

  const refuse = (error: unknown, fields: Readonly<Record<string, F>>) => {
    const { field, message } = serverProblem(error, errorMessage(error), fields);
    if (field) {
      show({ [field]: message } as Partial<Record<F, string>>);
    } else {
      setProblems({});
      setErrors([{ text: message }]);
    }
  };

  return { problems, errors, show, refuse };
}
