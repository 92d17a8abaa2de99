import { SUBMISSION_STATUSES, type SubmissionStatus } from '@officebench/domain';
import { entryFromSaved, sameEntry, type Draft, type DraftEntry, type StoredEntry } from './draft';
import type { InterfaceLanguage } from './numbers';

/** The saved submission a CONFLICT answer carries (`extensions.current`). */
export interface ConflictCurrent {
  version: number;
  status: SubmissionStatus;
  updatedAt: string | null;
  values: (StoredEntry & { indicatorCode: string })[];
}

const numberOrNull = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** `extensions.current` of a CONFLICT answer, or null when it is missing or not of the expected shape. */
export function conflictFromExtensions(extensions: Readonly<Record<string, unknown>> | undefined): ConflictCurrent | null {
  const current = extensions?.['current'];
  if (typeof current !== 'object' || current === null) return null;
  const { version, status, updatedAt, values } = current as Record<string, unknown>;
  if (typeof version !== 'number' || !(SUBMISSION_STATUSES as readonly unknown[]).includes(status) || !Array.isArray(values)) return null;
  return {
    version,
    status: status as SubmissionStatus,
    updatedAt: typeof updatedAt === 'string' ? updatedAt : null,
    values: values
      .filter(
        (value): value is Record<string, unknown> =>
          typeof value === 'object' && value !== null && typeof value['indicatorCode'] === 'string',
      )
      .map((value) => ({
        indicatorCode: value['indicatorCode'] as string,
        value: numberOrNull(value['value']),
        numerator: numberOrNull(value['numerator']),
        denominator: numberOrNull(value['denominator']),
        comment: typeof value['comment'] === 'string' ? value['comment'] : null,
      })),
  };
}

export interface ConflictDifference {
  indicatorCode: string;
  /** What this user typed and has not saved. */
  mine: DraftEntry;
  /** What is saved now (by someone else, or in another tab). */
  saved: DraftEntry;
}

/** The draft's entries that say something else than the saved submission, in the draft's order. */
export function conflictDifferences(
  draft: Draft,
  current: ConflictCurrent,
  isRatio: (indicatorCode: string) => boolean,
  language: InterfaceLanguage,
): ConflictDifference[] {
  const savedByCode = new Map(current.values.map((value) => [value.indicatorCode, value]));
  return Object.entries(draft.entries).flatMap(([indicatorCode, mine]) => {
    const saved = entryFromSaved(savedByCode.get(indicatorCode), isRatio(indicatorCode), language);
    return sameEntry(mine, saved) ? [] : [{ indicatorCode, mine, saved }];
  });
}

/** "Keep mine": the same entries, now made on the saved version (the next save overwrites it with them). */
export function keepMine(
  draft: Draft,
  current: ConflictCurrent,
  isRatio: (indicatorCode: string) => boolean,
  language: InterfaceLanguage,
): Draft {
  const differing = new Set(conflictDifferences(draft, current, isRatio, language).map(({ indicatorCode }) => indicatorCode));
  return {
    baseVersion: current.version,
    entries: Object.fromEntries(Object.entries(draft.entries).filter(([code]) => differing.has(code))),
  };
}

/** The saved submission as a conflict shows it, from the form (when the CONFLICT answer carried none). */
export function conflictFromSubmission(submission: {
  version: number;
  status: SubmissionStatus;
  updatedAt: string;
  values: ReadonlyArray<StoredEntry & { indicator: { code: string } }>;
}): ConflictCurrent {
  return {
    version: submission.version,
    status: submission.status,
    updatedAt: submission.updatedAt,
    values: submission.values.map(({ indicator, value, numerator, denominator, comment }) => ({
      indicatorCode: indicator.code,
      value,
      numerator,
      denominator,
      comment,
    })),
  };
}
