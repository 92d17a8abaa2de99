import type { TargetKind } from '@officebench/domain';
import type { Language, Translate } from '../app/i18n';
import type { ProgressStatus } from '../generated/graphql';
import { formatNumberIn } from '../app/i18n/format-value';
import { formatWithUnit, unitKey } from './units';

/** The indicator unit of percentages: their differences are percentage points, not per cent. */
const PERCENT = 'pct';

/** A target as its value is written: its kind, its value and its indicator's unit. */
export interface TargetValue {
  kind: TargetKind;
  value: number;
  indicator: { unit: string };
}

const signed = (value: number, written: string) => (value > 0 ? `+${written}` : written);

/**
 * A difference of an indicator's values, signed: "+15 p.p." / "+15 pp" for a percentage (a change of
 * a percentage is in percentage points, never "+15 %"), "+150 pkt", "−2 dni" for the other units.
 */
export function formatChange(value: number, unit: string, t: Translate, language: Language): string {
  return signed(
    value,
    unit === PERCENT
      ? t('unitValue.percentagePoints', { value: formatNumberIn(language, value) })
      : formatWithUnit(value, unit, t, language),
  );
}

/**
 * A change in per cent of the office's baseline, signed and named so, whatever the indicator's unit:
 * "+10 % wartości bazowej" / "+10 % of baseline" (beside "+10 p.p.", a change in percentage points);
 * `short`, for a chart's axis whose title says of what: "+10 %".
 */
export function formatRelativeChange(value: number, t: Translate, language: Language, short = false): string {
  const key = short ? 'unitValue.pct' : 'unitValue.percentOfBaseline';
  return signed(value, t(key, { value: formatNumberIn(language, value) }));
}

/**
 * A target's value as every page writes it: a CHANGE target as a signed change ("+15 p.p.",
 * "+150 pkt"), a RELATIVE_CHANGE target in per cent of the baseline ("+10 % wartości bazowej"), a
 * LEVEL target as the level in the indicator's unit ("80 %").
 */
export function formatTargetValue(target: TargetValue, t: Translate, language: Language): string {
  if (target.kind === 'CHANGE') return formatChange(target.value, target.indicator.unit, t, language);
  if (target.kind === 'RELATIVE_CHANGE') return formatRelativeChange(target.value, t, language);
  return formatWithUnit(target.value, target.indicator.unit, t, language);
}

/**
 * The unit a target's value is given in, for a form's label or hint: "p.p." (and, in full, "punkty
 * procentowe") for a change of a percentage, "% wartości bazowej" for a relative change, otherwise the
 * indicator's unit ("%", "pkt").
 */
export function targetUnit(kind: TargetKind, unit: string, t: Translate): { short: string; full: string } {
  if (kind === 'RELATIVE_CHANGE') return { short: t('unit.percentOfBaseline'), full: t('unit.percentOfBaselineFull') };
  if (kind === 'CHANGE' && unit === PERCENT) return { short: t('unit.percentagePoints'), full: t('unit.percentagePointsFull') };
  const key = unitKey(unit);
  const short = key ? t(key) : unit;
  return { short, full: short };
}

/**
 * How a status looks: an icon beside its word (so it reads without colour) and a colour with at least
 * 4.5:1 contrast on white, for the word as for the chart's bars.
 */
export const STATUS_LOOK: Record<ProgressStatus, { icon: string; colour: string }> = {
  MET: { icon: '✓', colour: '#1a6b2f' },
  MISSED: { icon: '✗', colour: '#a4161a' },
  ON_PACE: { icon: '↗', colour: '#1d4f91' },
  BEHIND: { icon: '↘', colour: '#8a5a00' },
  NO_DATA: { icon: '–', colour: '#4a5260' },
};

/** The status in words with its icon: "✓ osiągnięty", "✗ nieosiągnięty", "↘ poniżej tempa". */
export function statusText(status: ProgressStatus, t: Translate): string {
  return `${STATUS_LOOK[status].icon} ${t(`progressStatus.${status}`)}`;
}
