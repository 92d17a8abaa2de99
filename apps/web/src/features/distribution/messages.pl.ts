/** Messages of the distribution feature, in Polish: ICU MessageFormat, keys as the components use them. */
export const distributionMessagesPl = {
  'distribution.title': 'Wyniki urzędów',
  'distribution.intro':
    'Wartości wszystkich urzędów programu, z nazwami, na bieżąco – widzi je tylko lider. Urzędy widzą wyłącznie opublikowane, zanonimizowane statystyki.',
  'distribution.periodFilter': 'Okres',
  'distribution.indicatorFilter': 'Wskaźnik',
  'distribution.chartTitle': '{indicator}, {period}',
  'distribution.office': 'Urząd',
  'distribution.value': 'Wartość',
  'distribution.status': 'Stan sprawozdania',
  'distribution.missing': 'Bez wartości ({count}): {offices}.',
  'distribution.noValues': 'Żaden urząd nie ma jeszcze wartości tego wskaźnika w tym okresie.',
  'distribution.noIndicators': 'W tym okresie nie zbiera się żadnego wskaźnika.',
  'release.title': 'Publikacja wyników okresu',
  'release.released': 'Wyniki okresu {period} opublikowano {date}. Zmiany wprowadzone później urzędy zobaczą po ponownej publikacji.',
  'release.notReleased': 'Wyniki okresu {period} nie zostały jeszcze opublikowane: urzędy nie widzą statystyk tego okresu.',
  'release.button': 'Opublikuj wyniki okresu',
  'release.accessible': 'Opublikuj wyniki okresu {period}',
  'release.question': 'Opublikować wyniki okresu {period}? Urzędy zobaczą statystyki obliczone z obecnych wartości.',
  'release.confirm': 'Tak, opublikuj',
  'release.done': 'Opublikowano wyniki okresu {period}.',
  'release.refusedCells': 'Komórki, które blokują publikację:',
  'release.cell':
    '{indicator}, grupa „{group}”: zmiana u {count, plural, one {# urzędu} few {# urzędów} many {# urzędów} other {# urzędu}}',
  'distribution.comparisonTitle': 'Porównanie urzędu z grupami',
  'distribution.comparisonIntro':
    'Strona porównania wybranego urzędu: jego wartości na tle opublikowanych statystyk grup, tak jak widzi je urząd.',
  'distribution.comparisonLink': 'Otwórz porównanie: {office}',
};
