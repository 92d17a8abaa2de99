/** Messages of the my-office feature, in Polish: ICU MessageFormat, keys as the components use them. */
export const myOfficeMessagesPl = {
  'myOffice.programme': 'Program',
  'myOffice.openPeriods': 'Otwarte okresy sprawozdawcze',
  'myOffice.latestPeriods': 'Ostatnie okresy sprawozdawcze',
  'myOffice.noPeriods': 'Program nie ma jeszcze otwartych okresów sprawozdawczych.',
  'myOffice.period': 'Okres',
  'myOffice.deadline': 'Termin',
  'myOffice.status': 'Stan sprawozdania',
  'myOffice.filled': 'Wypełnione wskaźniki',
  'myOffice.filledOf': '{filled} z {due}',
  'myOffice.returnReason': 'Powód zwrotu',
  'myOffice.submissionError': 'Nie udało się wczytać stanu sprawozdania.',
  'myOffice.fill': 'Wypełnij',
  'myOffice.view': 'Zobacz',
  'myOffice.periodLink': '{action}: sprawozdanie za {period}',
  'myOffice.importLink': 'Masz dane w arkuszu? Zaimportuj je z pliku CSV lub XLSX.',
  'myOffice.reminded': 'Przypomnienie o sprawozdaniu za {period} wysłano {date}.',
};
