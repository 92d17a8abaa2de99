import type { KeyValueStorage } from '../../../hooks/persistent-state';
import { EMPTY_FORM, type PracticeForm, TEXT_FIELDS } from './practice-form';

/**
 * The editor's unsaved text, kept in this browser's localStorage until the server has it, so that a
 * closed tab, a crash or an expired session loses nothing. One per user and practice ("new" for a
 * practice not yet created), so that another person signing in at the same browser is not offered it.
 */
export interface PracticeDraft {
  form: PracticeForm;
  /** The practice's version the text was typed on (null for a new practice). */
  baseVersion: number | null;
  /** When it was last written (ISO). */
  savedAt: string;
}

export const PRACTICE_DRAFT_PREFIX = 'officebench.practiceDraft.';

export function practiceDraftKey(userId: string, practiceId: string | null): string {
  return `${PRACTICE_DRAFT_PREFIX}${userId}.${practiceId ?? 'new'}`;
}

function isForm(value: unknown): value is PracticeForm {
  if (typeof value !== 'object' || value === null) return false;
  const form = value as Record<string, unknown>;
  const numbers = (list: unknown) => Array.isArray(list) && list.every((item) => typeof item === 'number');
  const strings = (list: unknown) => Array.isArray(list) && list.every((item) => typeof item === 'string');
  return TEXT_FIELDS.every((field) => typeof form[field] === 'string') && numbers(form['cafCriteria']) && strings(form['indicatorCodes']);
}

/** A stored draft is used only when it still has this shape (it may come from an older version). */
export function isPracticeDraft(value: unknown): value is PracticeDraft {
  if (typeof value !== 'object' || value === null) return false;
  const { form, baseVersion, savedAt } = value as Record<string, unknown>;
  return (
    isForm(form) &&
    (baseVersion === null || Number.isInteger(baseVersion)) &&
    typeof savedAt === 'string' &&
    !Number.isNaN(Date.parse(savedAt))
  );
}

export function readPracticeDraft(storage: KeyValueStorage | null, key: string): PracticeDraft | null {
  try {
    const raw = storage?.getItem(key);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    // Fields added in a later version start empty rather than making the whole draft unusable.
    const form = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>)['form'] : null;
    if (typeof form === 'object' && form !== null) {
      (parsed as PracticeDraft).form = { ...EMPTY_FORM, ...form };
    }
    return isPracticeDraft(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

export function writePracticeDraft(storage: KeyValueStorage | null, key: string, draft: PracticeDraft): void {
  try {
    storage?.setItem(key, JSON.stringify(draft));
  } catch {
    // storage blocked or full: the text lives as long as the page
  }
}

export function removePracticeDraft(storage: KeyValueStorage | null, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // storage blocked: nothing was kept
  }
}

/** localStorage, or null where the browser refuses access to it. */
export function localStorageOrNull(): KeyValueStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
