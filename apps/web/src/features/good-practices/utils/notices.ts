/** What the editor or an action tells the next page it has just done (sent in the navigation's state). */
export type PracticeNotice = 'saved' | 'savedDraft' | 'published' | 'publishFailed' | 'deleted';

const NOTICES: readonly PracticeNotice[] = ['saved', 'savedDraft', 'published', 'publishFailed', 'deleted'];

export function practiceNoticeOf(state: unknown): PracticeNotice | null {
  const notice = typeof state === 'object' && state !== null ? (state as { practiceNotice?: unknown }).practiceNotice : null;
  return NOTICES.find((known) => known === notice) ?? null;
}
