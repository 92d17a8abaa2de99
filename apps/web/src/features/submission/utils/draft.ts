import { checkEntry, computeIndicatorValue, type CheckedIndicator, type EntryProblem } from '@officebench/domain';
import { PERSISTENT_FORM_PREFIX } from '../../../hooks/persistent-state';
import type { ValueInput } from '../../../generated/graphql';
import { numberToInput, parseNumber, type InterfaceLanguage } from './numbers';

/**
 * The unsaved part of a submission form: what the user typed, as typed, per indicator code. It is kept
 * in localStorage (see `draftStorageKey`) until the server has it, so that a reload, a closed tab or an
 * expired session loses nothing; log-out drops it.
 */
export const DRAFT_FIELDS = ['value', 'numerator', 'denominator', 'comment'] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];
export type DraftEntry = Record<DraftField, string>;

export interface Draft {
  /** The submission version the entries were typed on (null: nothing was saved then). */
  baseVersion: number | null;
  entries: Record<string, DraftEntry>;
}

export const EMPTY_DRAFT: Draft = { baseVersion: null, entries: {} };
export const EMPTY_ENTRY: DraftEntry = { value: '', numerator: '', denominator: '', comment: '' };

/** One draft per office and period, under the prefix that log-out clears. */
export function draftStorageKey(officeId: string, periodId: string): string {
  return `${PERSISTENT_FORM_PREFIX}submission.${officeId}.${periodId}`;
}

function isDraftEntry(value: unknown): value is DraftEntry {
  return (
    typeof value === 'object' &&
    value !== null &&
    DRAFT_FIELDS.every((field) => typeof (value as Record<string, unknown>)[field] === 'string')
  );
}

/** A stored draft is used only when it still has this shape. */
export function isDraft(value: unknown): value is Draft {
  if (typeof value !== 'object' || value === null) return false;
  const { baseVersion, entries } = value as Record<string, unknown>;
  return (
    (baseVersion === null || (typeof baseVersion === 'number' && Number.isInteger(baseVersion))) &&
    typeof entries === 'object' &&
    entries !== null &&
    !Array.isArray(entries) &&
    Object.values(entries).every(isDraftEntry)
  );
}

export function hasEntries(draft: Draft): boolean {
  return Object.keys(draft.entries).length > 0;
}

/** What the form needs to know of an indicator to check and send an entry. */
export interface LineDefinition {
  code: string;
  unit: string;
  isRatio: boolean;
  scale: number;
  minValue: number | null;
  maxValue: number | null;
}

/** The indicator as the shared checks (@officebench/domain) take it. */
export function checkedIndicator({ code, unit, isRatio, scale, minValue, maxValue }: LineDefinition): CheckedIndicator {
  return { code, unit, inputKind: isRatio ? 'RATIO' : 'VALUE', scale, minValue, maxValue };
}

export interface StoredEntry {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  comment: string | null;
}

/** A saved value as the texts of the form's fields (empty fields when nothing is saved). */
export function entryFromSaved(saved: StoredEntry | undefined, isRatio: boolean, language: InterfaceLanguage): DraftEntry {
  if (!saved) return EMPTY_ENTRY;
  return {
    // The value of a ratio indicator is computed from its parts: it is shown, never typed.
    value: isRatio ? '' : numberToInput(saved.value, language),
    numerator: isRatio ? numberToInput(saved.numerator, language) : '',
    denominator: isRatio ? numberToInput(saved.denominator, language) : '',
    comment: saved.comment ?? '',
  };
}

const NUMBER_FIELDS = ['value', 'numerator', 'denominator'] as const;

/** Two entries say the same (12,5 and 12.5 do; so do comments that differ only in outer spaces). */
export function sameEntry(a: DraftEntry, b: DraftEntry): boolean {
  return (
    a.comment.trim() === b.comment.trim() &&
    NUMBER_FIELDS.every((field) => {
      const left = parseNumber(a[field]);
      const right = parseNumber(b[field]);
      return left.ok && right.ok ? left.value === right.value : a[field].trim() === b[field].trim();
    })
  );
}

export interface Assessment {
  /** What would be sent for this entry, or null while it cannot be sent (see the other fields). */
  input: ValueInput | null;
  /** Fields whose text is not a number. */
  notNumbers: DraftField[];
  /** Problems found by the shared checks, as the API would report them. */
  problems: EntryProblem[];
  /** The part still missing when only one part of a ratio is given: the entry waits for it, locally. */
  missingPart: 'numerator' | 'denominator' | null;
  /** The value the entry stands for (a ratio's computed value), when it can be computed. */
  computed: number | null;
}

/** Checks one entry with the shared rules and turns it into the mutation's input when it can be sent. */
export function assessEntry(definition: LineDefinition, entry: DraftEntry): Assessment {
  const parsed = Object.fromEntries(NUMBER_FIELDS.map((field) => [field, parseNumber(entry[field])])) as Record<
    (typeof NUMBER_FIELDS)[number],
    ReturnType<typeof parseNumber>
  >;
  const notNumbers: DraftField[] = NUMBER_FIELDS.filter((field) => !parsed[field].ok);
  const number = (field: (typeof NUMBER_FIELDS)[number]) => {
    const result = parsed[field];
    return result.ok ? result.value : null;
  };
  const comment = entry.comment.trim() === '' ? null : entry.comment.trim();
  const input: ValueInput = definition.isRatio
    ? { indicatorCode: definition.code, value: null, numerator: number('numerator'), denominator: number('denominator'), comment }
    : { indicatorCode: definition.code, value: number('value'), numerator: null, denominator: null, comment };
  const indicator = checkedIndicator(definition);
  const all = checkEntry(indicator, input).filter(({ field }) => !notNumbers.includes(field as DraftField));
  const missing = all.find(({ code }) => code === 'RATIO_PARTS_REQUIRED');
  const missingPart = missing && notNumbers.length === 0 ? (missing.field === 'denominator' ? 'denominator' : 'numerator') : null;
  const problems = all.filter(({ code }) => code !== 'RATIO_PARTS_REQUIRED');
  const sendable = notNumbers.length === 0 && problems.length === 0 && missingPart === null;
  return {
    input: sendable ? input : null,
    notNumbers,
    problems,
    missingPart,
    computed: notNumbers.length === 0 ? computeIndicatorValue(indicator, input) : null,
  };
}

/**
 * The draft after the user typed `text` into `field` of indicator `code`. The first change of an
 * indicator starts from its saved entry (`saved`), so that an entry always carries all its fields; an
 * entry typed back to what is saved is no longer a change. The first change of an empty draft records
 * the version it is made on.
 */
export function editDraft(
  draft: Draft,
  code: string,
  field: DraftField,
  text: string,
  saved: DraftEntry,
  serverVersion: number | null,
): Draft {
  const next = { ...(draft.entries[code] ?? saved), [field]: text };
  const entries = { ...draft.entries };
  if (sameEntry(next, saved)) delete entries[code];
  else entries[code] = next;
  return { baseVersion: hasEntries(draft) ? draft.baseVersion : serverVersion, entries };
}

/** An entry's identity as sent, to recognise an entry the server refused until it is changed. */
export function entrySignature(entry: DraftEntry): string {
  return JSON.stringify(DRAFT_FIELDS.map((field) => entry[field]));
}

export interface PendingSave {
  values: ValueInput[];
  /** The entries as they were when sent: only those still unchanged leave the draft after the save. */
  sent: Record<string, DraftEntry>;
}

/**
 * What an autosave sends: every entry that can be sent, except those the server refused as they are
 * now (`refused`: code -> signature). Incomplete ratios and entries with problems stay in the draft.
 */
export function pendingSave(
  draft: Draft,
  definitions: ReadonlyMap<string, LineDefinition>,
  refused: Readonly<Record<string, string>> = {},
): PendingSave {
  const values: ValueInput[] = [];
  const sent: Record<string, DraftEntry> = {};
  for (const [code, entry] of Object.entries(draft.entries)) {
    const definition = definitions.get(code);
    if (!definition || refused[code] === entrySignature(entry)) continue;
    const { input } = assessEntry(definition, entry);
    if (!input) continue;
    values.push(input);
    sent[code] = entry;
  }
  return { values, sent };
}

/** The draft after a save of `sent` answered with `version`: what was typed meanwhile stays. */
export function afterSave(draft: Draft, sent: Readonly<Record<string, DraftEntry>>, version: number): Draft {
  const entries = Object.fromEntries(
    Object.entries(draft.entries).filter(([code, entry]) => {
      const sentEntry = sent[code];
      return !sentEntry || entrySignature(sentEntry) !== entrySignature(entry);
    }),
  );
  return { baseVersion: version, entries };
}

/** The field to take the user to for an entry that cannot be saved: the missing part, the bad number, the problem. */
export function heldField(definition: LineDefinition, entry: DraftEntry): DraftField {
  const { missingPart, notNumbers, problems } = assessEntry(definition, entry);
  if (missingPart) return missingPart;
  const [notNumber] = notNumbers;
  if (notNumber) return notNumber;
  const field = problems[0]?.field;
  if (field === 'value' || field === 'numerator' || field === 'denominator' || field === 'comment') return field;
  return definition.isRatio ? 'numerator' : 'value';
}
