import type { Assessment, DraftEntry } from './draft';

/** What a ratio line says under its inputs about the value its parts make. */
export type ComputedDisplay =
  | { kind: 'value'; value: number }
  /** The parts are typed but wrong (not numbers, outside the range, refused by the server): no value is shown for them. */
  | { kind: 'refused' }
  /** The parts are typed and fine, but make no value (no number can be shown). */
  | { kind: 'none' }
  /** A part is still empty. */
  | { kind: 'incomplete' };

/**
 * The computed value of a ratio entry as the form shows it: never a value for an entry that cannot
 * be saved (a share of 125 % is refused, so the form does not show "125 %" as if it were the value).
 * `assessment` is `assessEntry`'s of `entry`; `refused`: the server refused this entry as it is now.
 */
export function computedDisplay(
  entry: Pick<DraftEntry, 'numerator' | 'denominator'>,
  assessment: Pick<Assessment, 'notNumbers' | 'problems' | 'computed'>,
  refused: boolean,
): ComputedDisplay {
  if (assessment.notNumbers.length > 0 || assessment.problems.length > 0 || refused) return { kind: 'refused' };
  if (entry.numerator.trim() === '' || entry.denominator.trim() === '') return { kind: 'incomplete' };
  if (assessment.computed !== null) return { kind: 'value', value: assessment.computed };
  return { kind: 'none' };
}
