import { contactParts, practiceBodyParts } from './practice-page';

const SEED_LIKE = {
  summary: 'Urząd wdrożył system zarządzania jakością ISO 9001.',
  problem: '',
  actions: 'Opisano procesy w trzech obszarach.',
  results: 'Certyfikat w 2006 r.',
  resources: '',
};

describe('a practice page says nothing twice', () => {
  it('drops the summary repeated as the first paragraph and puts "## Co zrobiono" under the section of that name', () => {
    const body =
      'Urząd wdrożył system zarządzania jakością ISO 9001.\n\n## Co zrobiono\n\n- decyzja o wdrożeniu\n- certyfikacja\n\nŹródło: strona urzędu (dokument 000).\n';
    // The source line follows the list without a heading of its own, so it goes with it.
    expect(practiceBodyParts(body, SEED_LIKE)).toEqual({
      rest: '',
      underSection: { actions: '- decyzja o wdrożeniu\n- certyfikacja\n\nŹródło: strona urzędu (dokument 000).' },
    });
  });

  it('keeps parts headed otherwise, and a section heading whose section is empty, in the description', () => {
    const body = '## Jak to działa\n\nParasole przy drzwiach.\n\n## Problem\n\nDeszcz.';
    expect(practiceBodyParts(body, SEED_LIKE)).toEqual({ rest: body, underSection: {} });
  });

  it('leaves out a part that only repeats its section, whatever its case, markup and punctuation', () => {
    const body = 'Wstęp.\n\n### Rezultaty\n\n**Certyfikat** w 2006 r';
    expect(practiceBodyParts(body, SEED_LIKE)).toEqual({ rest: 'Wstęp.', underSection: {} });
  });

  it('does not read a line of a code block as a heading', () => {
    const body = 'Skrypt:\n\n```\n# Co zrobiono\necho\n```';
    expect(practiceBodyParts(body, SEED_LIKE).rest).toBe(body);
  });
});

describe('contactParts', () => {
  it('finds the e-mail addresses in a contact', () => {
    expect(contactParts('jan.kowalski@um.example.pl')).toEqual([{ email: 'jan.kowalski@um.example.pl' }]);
    expect(contactParts('Wydział Organizacyjny, sekretariat@urząd.pl, tel. 74 123')).toEqual([
      { text: 'Wydział Organizacyjny, ' },
      { email: 'sekretariat@urząd.pl' },
      { text: ', tel. 74 123' },
    ]);
    expect(contactParts('Biuro obsługi, pokój 12')).toEqual([{ text: 'Biuro obsługi, pokój 12' }]);
  });
});
