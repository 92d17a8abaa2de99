import { useCallback, useEffect, useRef, useState } from 'react';
import { localStorageOrNull, readPersistentValue, removePersistentValue, writePersistentValue } from '../../../hooks/persistent-state';
import type { CafScoreInput } from '../../../generated/graphql';
import {
  changedScores,
  isScoreDraft,
  withChange,
  withoutSaved,
  type SavedScore,
  type ScoreDraft,
  type ScoreField,
} from '../utils/score-draft';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'failed'; error: unknown };

interface ScoreDraftOptions {
  /** Where the unsaved changes wait in localStorage (scoreDraftKey). */
  storageKey: string;
  /** The scores the API holds. */
  saved: readonly SavedScore[];
  /** Sends the changed scores; resolves to the scores the API then holds. */
  send: (scores: CafScoreInput[]) => Promise<readonly SavedScore[]>;
}

/**
 * A form of scores that never loses what was typed: the changes wait in localStorage until the API has
 * them, and `save()` sends them (one request at a time: a save asked for during another runs after it).
 */
export function useScoreDraft({ storageKey, saved, send }: ScoreDraftOptions) {
  const [draft, setDraft] = useState<ScoreDraft>(() => readPersistentValue(localStorageOrNull(), storageKey, {}, isScoreDraft));
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const latest = useRef({ draft, saved, send });
  latest.current = { draft, saved, send };
  const queue = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    if (Object.keys(draft).length) writePersistentValue(localStorageOrNull(), storageKey, draft);
    else removePersistentValue(localStorageOrNull(), storageKey);
  }, [draft, storageKey]);

  const change = useCallback(
    (code: string, field: ScoreField, value: string) => setDraft((current) => withChange(current, code, field, value)),
    [],
  );

  const save = useCallback((): Promise<void> => {
    queue.current = queue.current.then(async () => {
      const scores = changedScores(latest.current.draft, latest.current.saved);
      if (!scores.length) return;
      setState({ kind: 'saving' });
      try {
        const now = await latest.current.send(scores);
        setDraft((current) => withoutSaved(current, now));
        setState({ kind: 'saved', at: new Date() });
      } catch (error) {
        setState({ kind: 'failed', error });
      }
    });
    return queue.current;
  }, []);

  return { draft, change, save, state, unsaved: changedScores(draft, saved).length };
}
