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
  'distribution.mark': '{office}: {value} ({status})',
  'distribution.meanLine': 'Średnia: {value}',
  'distribution.medianLine': 'Mediana: {value}',
  'distribution.targetLine': 'Cel: {value}',
  'distribution.legendStatuses': 'Słupki według stanu sprawozdania',
  'distribution.legendLines': 'Linie',
  'distribution.markStyle.filled': 'słupek pełny',
  'distribution.markStyle.outlined': 'sam obrys',
  'distribution.markStyle.dotted': 'kropkowany',
  'distribution.markStyle.hatched': 'kreskowany',
  'distribution.lineStyle.mean': 'linia ciągła',
  'distribution.lineStyle.median': 'linia kropkowana',
  'distribution.lineStyle.target': 'linia przerywana',
  'distribution.centreShown':
    'Średnia i mediana z wartości wszystkich urzędów na wykresie, także niezatwierdzonych ({count, plural, one {# urząd} few {# urzędy} many {# urzędów} other {# urzędu}}): średnia {mean}, mediana {median}.',
  'distribution.centreApproved':
    'Z samych wartości zatwierdzonych ({count, plural, one {# urząd} few {# urzędy} many {# urzędów} other {# urzędu}}): średnia {mean}, mediana {median}.',
  'distribution.centreNoneApproved': 'Żadna z tych wartości nie jest jeszcze zatwierdzona.',
  'distribution.centreAllApproved': 'Wszystkie te wartości są zatwierdzone.',
  'distribution.targetLevel': 'Cel programu: osiągnąć {value} (linia „Cel”).',
  'distribution.targetChange':
    'Cel programu: zmiana o {value} od wartości bazowej każdego urzędu (jego pierwszej zatwierdzonej wartości), więc cel nie jest jedną linią na wykresie.',
  'distribution.targetRelativeChange':
    'Cel programu: zmiana o {value} urzędu (jego pierwszej zatwierdzonej wartości), więc cel nie jest jedną linią na wykresie.',
  'distribution.noTarget': 'Program nie ma celu dla tego wskaźnika.',
  'release.title': 'Publikacja wyników okresu',
  'release.released': 'Wyniki okresu {period} opublikowano {date}. Zmiany wprowadzone później urzędy zobaczą po ponownej publikacji.',
  'release.notReleased': 'Wyniki okresu {period} nie zostały jeszcze opublikowane: urzędy nie widzą statystyk tego okresu.',
  'release.button': 'Opublikuj wyniki okresu',
  'release.accessible': 'Opublikuj wyniki okresu {period}',
  'release.question': 'Opublikować wyniki okresu {period}? Urzędy zobaczą statystyki obliczone z obecnych wartości.',
  'release.confirm': 'Tak, opublikuj',
  'release.close': 'Zamknij',
  'release.done': 'Opublikowano wyniki okresu {period}.',
  'release.checking': 'Sprawdzanie, co urzędy zobaczą po publikacji…',
  'release.publishing': 'Publikowanie wyników okresu {period}…',
  'release.progress': 'Postęp',
  'release.previewTitle': 'Co zobaczą urzędy po publikacji okresu {period}',
  'release.previewAgain': 'To ponowna publikacja: nowe wyniki zastąpią te, które urzędy widzą teraz.',
  'release.previewShown':
    '{count, plural, one {# komórka pokaże wyniki.} few {# komórki pokażą wyniki.} many {# komórek pokaże wyniki.} other {# komórki pokaże wyniki.}}',
  'release.previewHidden':
    '{count, plural, one {# komórka zostanie ukryta:} few {# komórki zostaną ukryte:} many {# komórek zostanie ukrytych:} other {# komórki zostanie ukrytej:}}',
  'release.hiddenReason': '{reason}: {count}',
  'release.reason.TOO_FEW_OFFICES': 'za mało urzędów',
  'release.reason.DOMINANCE': 'jeden urząd ma ponad 75% sumy',
  'release.reason.NESTED_GROUP': 'chroni dane mniejszej grupy lub wcześniejszej publikacji',
  'release.reason.NOT_RELEASED': 'nieopublikowane',
  'release.previewNote':
    'Komórka to jeden wskaźnik w jednej grupie porównawczej. Przy ukrytej komórce urzędy widzą tylko powód, nigdy liczby urzędów.',
  'release.notDue': 'Termin składania danych za ten okres jeszcze nie minął: wyniki można opublikować po terminie.',
  'release.refusedCells':
    '{count, plural, one {Pokaż komórkę, która blokuje publikację (#)} few {Pokaż komórki, które blokują publikację (#)} many {Pokaż komórki, które blokują publikację (#)} other {Pokaż komórki, które blokują publikację (#)}}',
  'release.cell':
    '{indicator}, grupa „{group}”: zmiana u {count, plural, one {# urzędu} few {# urzędów} many {# urzędów} other {# urzędu}}',
  'distribution.comparisonTitle': 'Porównanie urzędu z grupami',
  'distribution.comparisonIntro':
    'Strona porównania wybranego urzędu: jego wartości na tle opublikowanych statystyk grup, tak jak widzi je urząd.',
  'distribution.comparisonLink': 'Otwórz porównanie: {office}',
};
