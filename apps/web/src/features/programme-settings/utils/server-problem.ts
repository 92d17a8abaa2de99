import { errorExtensions } from '../../../app/graphql-errors';

/**
 * A refused mutation's message and the form field it names (`extensions.field` of BAD_USER_INPUT,
 * translated through `fields`); null field for a message about the whole form.
 */
export function serverProblem<F extends string>(
  error: unknown,
  message: string,
  fields: Readonly<Record<string, F>>,
): { field: F | null; message: string } {
  const named = errorExtensions(error)?.['field'];
  return { field: typeof named === 'string' ? (fields[named] ?? null) : null, message };
}
