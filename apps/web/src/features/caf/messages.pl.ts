/** Messages of the CAF feature, in Polish: ICU MessageFormat, keys as the components use them. */
export const cafMessagesPl = {
  'caf.model.title': 'Model CAF 2020',
  'caf.model.intro':
    'Samoocena CAF ocenia urząd w 9 kryteriach i 28 podkryteriach. Każde podkryterium dostaje od 0 do 100 punktów według skali poniżej; wynik kryterium to średnia jego podkryteriów, a wynik całkowity to suma wyników kryteriów (0–900). Na tym wyniku mierzy się cel programu: +150 punktów.',
  'caf.model.panels': 'Skale ocen',
  'caf.model.panel.ENABLER': 'Czynniki (kryteria 1–5): faza cyklu PDCA',
  'caf.model.panel.RESULT': 'Wyniki (kryteria 6–9): trend i osiągnięcie celów',
  'caf.model.points': 'Punkty',
  'caf.model.band': 'Poziom',
  'caf.model.meaning': 'Co to znaczy',
  'caf.model.criteria': 'Kryteria i podkryteria',
  'caf.model.kind.ENABLER': 'czynnik',
  'caf.model.kind.RESULT': 'wyniki',
  'caf.model.criterion': 'Kryterium {number}. {name}',
  'caf.model.practices': 'Dobre praktyki w kryterium {number}',
  'caf.model.subCriteriaCount': '{count, plural, one {# podkryterium} few {# podkryteria} many {# podkryteriów} other {# podkryterium}}',
};
