/** Messages of the targets feature, in Polish: ICU MessageFormat, keys as the components use them. */
export const targetsMessagesPl = {
  'targets.title': 'Postęp do celów programu',
  'targets.intro':
    'Dla każdego celu: ile urzędów jest na dobrej drodze, średnia w okresie bazowym i w ostatnim okresie, a niżej każdy urząd.',
  'targets.none': 'Program nie ma jeszcze wyznaczonych celów.',
  'targets.kind.LEVEL': 'osiągnąć wartość {value}',
  'targets.kind.CHANGE': 'zmiana o {value} od wartości bazowej urzędu',
  'targets.dueOn': 'termin: {date}',
  'targets.officesOnTrack': 'Urzędy na dobrej drodze',
  'targets.onTrackOf':
    '{onTrack} z {withData, plural, one {# urzędu} few {# urzędów} many {# urzędów} other {# urzędu}} z danymi ({share})',
  'targets.baselineMean': 'Średnia w okresie bazowym',
  'targets.latestMean': 'Średnia w ostatnim okresie',
  'targets.target': 'Cel',
  'targets.office': 'Urząd',
  'targets.baseline': 'Wartość bazowa',
  'targets.latest': 'Ostatnia wartość',
  'targets.change': 'Zmiana',
  'targets.status': 'Stan',
  'targets.valueInPeriod': '{value} ({period})',
  'targets.chartTitle': '{indicator}: wartość bazowa i ostatnia urzędów',
  'targets.officeTitle': 'Postęp urzędu do celów programu',
  'targets.officeNone': 'Program nie ma jeszcze wyznaczonych celów.',
  'progressStatus.MET': 'cel osiągnięty',
  'progressStatus.ON_PACE': 'w dobrym tempie',
  'progressStatus.BEHIND': 'poniżej tempa',
  'progressStatus.NO_DATA': 'brak danych',
};
