import { formatClockIn } from '../../../app/i18n/format-value';

/** Where the autosave stands, for the status line above the form. */
export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; reason: string }
  /** Someone saved a newer version: the user chooses (autosave waits). */
  | { kind: 'conflict' };

/** How long after the last change an autosave starts. */
export const AUTOSAVE_DELAY_MS = 1500;

/** "12:04": the time of a save, in the interface language. */
export function formatTime(date: Date, language: 'pl' | 'en'): string {
  return formatClockIn(language, date);
}
