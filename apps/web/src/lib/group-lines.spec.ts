import { translator } from '../app/i18n';
import { criterionTitle, groupByCriterion, groupTitle } from './group-lines';

const line = (code: string, cafCriterion: number | null) => ({ code, indicator: { cafCriterion } });

describe('groupByCriterion', () => {
  it('groups by CAF criterion in criterion order, keeping the programme order within a group', () => {
    const groups = groupByCriterion([line('A', 9), line('B', 3), line('C', 9), line('D', 6), line('E', 3)]);
    expect(groups.map(({ criterion, lines }) => [criterion, lines.map(({ code }) => code)])).toEqual([
      [3, ['B', 'E']],
      [6, ['D']],
      [9, ['A', 'C']],
    ]);
  });

  it('puts the indicators without a criterion last', () => {
    const groups = groupByCriterion([line('TOTAL', null), line('A', 9), line('B', 1)]);
    expect(groups.map(({ criterion }) => criterion)).toEqual([1, 9, null]);
  });

  it('has no groups for no lines', () => {
    expect(groupByCriterion([])).toEqual([]);
  });
});

describe('criterionTitle', () => {
  it('names the criterion in the interface language', () => {
    expect(criterionTitle(9, 'pl')).toBe('9. Kluczowe wyniki działalności');
    expect(criterionTitle(3, 'en')).toBe('3. People');
    expect(criterionTitle(12, 'pl')).toBeNull();
  });
});

describe('groupTitle', () => {
  it('titles a group by its criterion, the lines of none as general indicators', () => {
    expect(groupTitle(9, translator('pl'), 'pl')).toBe('Kryterium CAF 9. Kluczowe wyniki działalności');
    expect(groupTitle(null, translator('en'), 'en')).toBe('General indicators');
    expect(groupTitle(12, translator('pl'), 'pl')).toBe('Kryterium CAF 12');
  });
});
