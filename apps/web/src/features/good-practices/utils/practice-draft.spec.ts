import { blockedStorage, memoryStorage } from '../../../hooks/test-storage';
import { practiceDraftKey, readPracticeDraft, removePracticeDraft, writePracticeDraft, type PracticeDraft } from './practice-draft';
import { EMPTY_FORM } from './practice-form';

const draft: PracticeDraft = {
  form: { ...EMPTY_FORM, title: 'Szkic', cafCriteria: [2], indicatorCodes: ['CAF_TOTAL_SCORE'] },
  baseVersion: 4,
  savedAt: '2024-05-01T10:00:00.000Z',
};

describe('practice drafts kept in the browser', () => {
  it('are kept per user and practice, a new one under "new"', () => {
    expect(practiceDraftKey('user-1', null)).toBe('officebench.practiceDraft.user-1.new');
    expect(practiceDraftKey('user-1', 'p-1')).not.toBe(practiceDraftKey('user-2', 'p-1'));
  });

  it('read back what was written, and nothing once removed', () => {
    const storage = memoryStorage();
    const key = practiceDraftKey('user-1', 'p-1');
    writePracticeDraft(storage, key, draft);
    expect(readPracticeDraft(storage, key)).toEqual(draft);
    removePracticeDraft(storage, key);
    expect(readPracticeDraft(storage, key)).toBeNull();
  });

  it('ignore what is not a draft, and fill fields a later version added', () => {
    const storage = memoryStorage();
    storage.setItem('a', '{not json');
    storage.setItem('b', JSON.stringify({ form: null, baseVersion: null, savedAt: '2024-05-01T10:00:00Z' }));
    storage.setItem('c', JSON.stringify({ ...draft, savedAt: 'yesterday' }));
    // A draft kept by a version of the editor without tags.
    storage.setItem('d', JSON.stringify({ ...draft, form: { ...draft.form, tags: undefined } }));
    expect(readPracticeDraft(storage, 'a')).toBeNull();
    expect(readPracticeDraft(storage, 'b')).toBeNull();
    expect(readPracticeDraft(storage, 'c')).toBeNull();
    expect(readPracticeDraft(storage, 'd')).toEqual(draft);
    expect(readPracticeDraft(null, 'a')).toBeNull();
  });

  it('keep working, without keeping anything, when the browser blocks storage', () => {
    const blocked = blockedStorage();
    expect(() => writePracticeDraft(blocked, 'k', draft)).not.toThrow();
    expect(() => removePracticeDraft(blocked, 'k')).not.toThrow();
    expect(readPracticeDraft(blocked, 'k')).toBeNull();
  });
});
