import type { CafScoreInput } from '../../../generated/graphql';
import { PERSISTENT_FORM_PREFIX } from '../../../hooks/persistent-state';

/** One sub-criterion's score and reasons as typed: the score is text until it is sent. */
export interface ScoreEntry {
  score: string;
  evidence: string;
  strengths: string;
  improvements: string;
}

/** A score as the API returns it (an assessor's own or the agreed one). */
export interface SavedScore {
  code: string;
  score?: number | null;
  evidence: string;
  strengths: string;
  improvements: string;
}

/**
 * The fields the user changed and has not seen saved yet, by code; the rest shows what the API has (so
 * that a reload after someone else's save shows their fields beside the user's own changes).
 */
export type ScoreDraft = Record<string, Partial<ScoreEntry>>;

/** Every field of an entry. */
export type ScoreField = keyof ScoreEntry;

export type ScoreProblem = 'notWhole' | 'outOfRange';

const TEXTS = ['evidence', 'strengths', 'improvements'] as const;
const FIELDS = ['score', ...TEXTS] as const;

export const EMPTY_ENTRY: ScoreEntry = { score: '', evidence: '', strengths: '', improvements: '' };

/** Where a cycle's unsaved scores wait (localStorage, dropped at log-out with the other forms). */
export function scoreDraftKey(kind: 'scores' | 'consensus', cycleId: string): string {
  return `${PERSISTENT_FORM_PREFIX}caf.${kind}.${cycleId}`;
}

export function entryOf(saved: SavedScore | undefined): ScoreEntry {
  if (!saved) return EMPTY_ENTRY;
  return {
    score: saved.score == null ? '' : String(saved.score),
    evidence: saved.evidence,
    strengths: saved.strengths,
    improvements: saved.improvements,
  };
}

/** The typed score: a whole number 0-100, null when empty, or what is wrong with it. */
export function parseScore(text: string): { score: number | null } | { problem: ScoreProblem } {
  const trimmed = text.trim();
  if (trimmed === '') return { score: null };
  if (!/^\d+$/.test(trimmed)) return { problem: 'notWhole' };
  const score = Number(trimmed);
  return score <= 100 ? { score } : { problem: 'outOfRange' };
}

export function scoreProblem(text: string): ScoreProblem | null {
  const parsed = parseScore(text);
  return 'problem' in parsed ? parsed.problem : null;
}

function sameField(field: ScoreField, a: string, b: string): boolean {
  return field === 'score' ? a.trim() === b.trim() : a === b;
}

function sameEntry(a: ScoreEntry, b: ScoreEntry): boolean {
  return FIELDS.every((field) => sameField(field, a[field], b[field]));
}

function savedByCode(saved: readonly SavedScore[]): Map<string, SavedScore> {
  return new Map(saved.map((score) => [score.code, score]));
}

/** What the form shows for every code: the saved score with the user's changes over it. */
export function shownEntries(codes: readonly string[], draft: ScoreDraft, saved: readonly SavedScore[]): Record<string, ScoreEntry> {
  const byCode = savedByCode(saved);
  return Object.fromEntries(codes.map((code) => [code, { ...entryOf(byCode.get(code)), ...draft[code] }]));
}

/** The draft with one field changed. */
export function withChange(draft: ScoreDraft, code: string, field: ScoreField, value: string): ScoreDraft {
  return { ...draft, [code]: { ...draft[code], [field]: value } };
}

/** The changes that differ from the saved scores and can be sent (a score the API would refuse waits). */
export function changedScores(draft: ScoreDraft, saved: readonly SavedScore[]): CafScoreInput[] {
  const byCode = savedByCode(saved);
  return Object.entries(draft).flatMap(([code, changes]) => {
    const before = entryOf(byCode.get(code));
    const entry = { ...before, ...changes };
    const parsed = parseScore(entry.score);
    if ('problem' in parsed || sameEntry(entry, before)) return [];
    return [{ code, score: parsed.score, evidence: entry.evidence, strengths: entry.strengths, improvements: entry.improvements }];
  });
}

/** The draft without the fields the API now holds as they are: what is still unsaved. */
export function withoutSaved(draft: ScoreDraft, saved: readonly SavedScore[]): ScoreDraft {
  const byCode = savedByCode(saved);
  return Object.fromEntries(
    Object.entries(draft).flatMap(([code, changes]) => {
      const before = entryOf(byCode.get(code));
      const left = Object.fromEntries(
        FIELDS.flatMap((field) => {
          const value = changes[field];
          return value === undefined || sameField(field, value, before[field]) ? [] : [[field, value]];
        }),
      );
      return Object.keys(left).length ? [[code, left]] : [];
    }),
  );
}

/** How many of the codes have a valid score in what the form shows. */
export function scoredCount(shown: Record<string, ScoreEntry>): number {
  return Object.values(shown).filter((entry) => {
    const parsed = parseScore(entry.score);
    return 'score' in parsed && parsed.score !== null;
  }).length;
}

/** A stored draft is used only in the current shape (it may come from an older version). */
export function isScoreDraft(value: unknown): value is ScoreDraft {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every(
    (entry: unknown) =>
      typeof entry === 'object' &&
      entry !== null &&
      Object.entries(entry).every(([field, text]) => (FIELDS as readonly string[]).includes(field) && typeof text === 'string'),
  );
}
