import type { ValidationArguments, ValidationError } from 'class-validator';
import { badInput } from './errors';
import { type MessageKey, message } from './messages';
import { currentLanguage } from './request-context';

/**
 * A class-validator decorator's message from the catalogue, in the language of the request being
 * validated: `{field}` is the property, and the decorator's constraints are passed under `names`, in
 * order (`@Length(1, 120, { message: says('validation.length', 'min', 'max') })`).
 */
export function says(key: MessageKey, ...names: string[]): (args: ValidationArguments) => string {
  return ({ property, constraints }) =>
    message(key, currentLanguage(), {
      field: property,
      ...Object.fromEntries(names.map((name, index) => [name, String(constraints[index])])),
    });
}

/** BAD_USER_INPUT naming the first problem and its field (a problem in a nested input: a general sentence). */
export function validationRefusal([first]: ValidationError[]) {
  return badInput(Object.values(first?.constraints ?? {})[0] ?? message('error.invalidInput', currentLanguage()), first?.property);
}
