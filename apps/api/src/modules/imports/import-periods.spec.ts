import { importability, notImportable, type OfficeStanding } from './import-periods';
import { describeFileProblem } from './import-messages';

const now = new Date('2025-11-15T12:00:00Z');
const open = { opensAt: new Date('2025-10-01T00:00:00Z'), lockedAt: null };
const office = (officeId: string, status: OfficeStanding['status']): OfficeStanding => ({
  officeId,
  officeName: `Urząd ${officeId}`,
  status,
});

describe('importability', () => {
  it('an open period takes values for offices with nothing saved, a draft or a returned submission', () => {
    const standing = importability(open, [office('a', null), office('b', 'DRAFT'), office('c', 'RETURNED')], now);
    expect(standing).toMatchObject({ state: 'OPEN', importable: true, handedIn: [] });
    expect(standing.open.map((o) => o.officeId)).toEqual(['a', 'b', 'c']);
  });

  it('not for a handed-in (submitted or approved) submission; the period stays importable while another office can', () => {
    const mixed = importability(open, [office('a', 'SUBMITTED'), office('b', 'DRAFT')], now);
    expect(mixed.importable).toBe(true);
    expect(mixed.handedIn.map((o) => o.officeId)).toEqual(['a']);
    expect(importability(open, [office('a', 'SUBMITTED'), office('b', 'APPROVED')], now).importable).toBe(false);
  });

  it('a locked period or one not open yet takes none', () => {
    expect(importability({ ...open, lockedAt: new Date('2025-11-01T00:00:00Z') }, [office('a', null)], now)).toMatchObject({
      state: 'LOCKED',
      importable: false,
    });
    expect(importability({ opensAt: new Date('2026-01-01T00:00:00Z'), lockedAt: null }, [office('a', null)], now)).toMatchObject({
      state: 'NOT_OPEN',
      importable: false,
    });
  });
});

describe('notImportable', () => {
  const period = { label: '2025-Q4', opensAt: open.opensAt };

  it('is null while an office can take values', () => {
    expect(notImportable(period, importability(open, [office('a', 'RETURNED')], now))).toBeNull();
  });

  it('refuses a submitted period with 409, the status in words and what to do, in Polish and in English', () => {
    const refusal = notImportable(period, importability(open, [office('a', 'SUBMITTED')], now))!;
    expect([refusal.status, refusal.code]).toEqual([409, 'SUBMISSION_NOT_EDITABLE']);
    const pl = describeFileProblem(refusal.code, refusal.params, 'pl', refusal.handedIn);
    expect(pl).toBe(
      'Do okresu 2025-Q4 nie można importować. Sprawozdanie urzędu „Urząd a” za okres 2025-Q4 jest przekazane do lidera, więc nie można go teraz zmieniać: jeśli trzeba coś poprawić, poproś lidera programu o zwrócenie go do poprawy. Nic nie zmieniono.',
    );
    expect(pl).not.toContain('SUBMITTED');
    const en = describeFileProblem(refusal.code, refusal.params, 'en', refusal.handedIn);
    expect(en).toBe(
      'Nothing can be imported into 2025-Q4. The submission of "Urząd a" for 2025-Q4 is submitted for review, so it cannot be changed now: if something needs correcting, ask the programme lead to return it. Nothing was changed.',
    );
  });

  it('explains each office when all of them handed in', () => {
    const refusal = notImportable(period, importability(open, [office('a', 'SUBMITTED'), office('b', 'APPROVED')], now))!;
    const pl = describeFileProblem(refusal.code, refusal.params, 'pl', refusal.handedIn);
    expect(pl).toContain('urzędu „Urząd a” za okres 2025-Q4 jest przekazane do lidera');
    expect(pl).toContain('urzędu „Urząd b” za okres 2025-Q4 jest zatwierdzone, więc nie można go teraz zmieniać: zmienić je można dopiero');
  });

  it('refuses a locked period and one not open yet', () => {
    const locked = notImportable(period, importability({ ...open, lockedAt: new Date('2025-11-01T00:00:00Z') }, [], now))!;
    expect(describeFileProblem(locked.code, locked.params, 'pl')).toBe(
      'Do okresu 2025-Q4 nie można już importować: okres jest zamknięty i tylko lider programu może go ponownie otworzyć. Nic nie zmieniono.',
    );
    const early = notImportable(
      { label: '2026-Q1', opensAt: new Date('2026-01-01T00:00:00Z') },
      importability({ opensAt: new Date('2026-01-01T00:00:00Z'), lockedAt: null }, [], now),
    )!;
    expect(describeFileProblem(early.code, early.params, 'en')).toBe(
      'Nothing can be imported into 2026-Q1 yet: entry opens on 2026-01-01. Nothing was changed.',
    );
  });
});
