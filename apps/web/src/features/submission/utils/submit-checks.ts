import type { EntryProblem } from '@officebench/domain';

interface CheckedLine {
  indicator: { code: string };
  mandatory: boolean;
}

interface CheckedValue {
  indicator: { code: string };
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  comment: string | null;
  warnings: readonly string[];
}

const isFilled = ({ value, numerator, denominator }: Pick<CheckedValue, 'value' | 'numerator' | 'denominator'>) =>
  value !== null || (numerator !== null && denominator !== null);

/**
 * What submitSubmission would refuse, checked on the saved values before asking: a mandatory
 * indicator without a value, a value with a plausibility warning and no comment. In the form's order.
 */
export function problemsBeforeSubmit(lines: readonly CheckedLine[], values: readonly CheckedValue[]): EntryProblem[] {
  const byCode = new Map(values.map((value) => [value.indicator.code, value]));
  return lines.flatMap(({ indicator: { code }, mandatory }): EntryProblem[] => {
    const saved = byCode.get(code);
    if (!saved || !isFilled(saved)) return mandatory ? [{ code: 'MANDATORY_MISSING', indicatorCode: code, field: null, params: {} }] : [];
    if (saved.warnings.length > 0 && !saved.comment?.trim())
      return [{ code: 'WARNING_NEEDS_COMMENT', indicatorCode: code, field: 'comment', params: {} }];
    return [];
  });
}

/** How many of the form's indicators hold a saved value, of how many: what the confirmation before submitting says. */
export function filledOfTotal(
  lines: readonly Pick<CheckedLine, 'indicator'>[],
  values: readonly Pick<CheckedValue, 'indicator' | 'value' | 'numerator' | 'denominator'>[],
): { filled: number; total: number } {
  const filled = new Set(values.filter(isFilled).map(({ indicator }) => indicator.code));
  return { filled: lines.filter(({ indicator }) => filled.has(indicator.code)).length, total: lines.length };
}
