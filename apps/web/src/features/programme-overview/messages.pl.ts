/** Messages of the programme-overview feature, in Polish: ICU MessageFormat, keys as the components use them. */
export const programmeOverviewMessagesPl = {
  'programme.factsTitle': 'Podstawowe informacje',
  'programme.leadOffice': 'Urząd wiodący',
  'programme.anonymityThreshold': 'Próg anonimowości (k)',
  'programme.officeCount': 'Liczba urzędów',
  'programme.indicatorCount': 'Liczba wskaźników',
  'programme.periodCount': 'Liczba okresów sprawozdawczych',
  'offices.title': 'Urzędy programu',
  'offices.number': 'Lp.',
  'offices.name': 'Nazwa',
  'officesByKind.title': 'Urzędy według rodzaju',
  'officesByKind.count': 'Liczba urzędów',
};
