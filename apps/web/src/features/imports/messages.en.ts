import type { Catalogue } from '../../app/i18n/catalogue';
import type { importsMessagesPl } from './messages.pl';

/** Messages of the imports feature, in English: the same keys as in Polish. */
export const importsMessagesEn: Catalogue<typeof importsMessagesPl> = {
  'import.title': 'Import values from a spreadsheet',
  'import.intro':
    'Download the template, enter the values and send the file. Check the file first: a check saves nothing. An import saves all rows or none.',
  'import.period': 'Period',
  'import.template': 'Download the XLSX template for {period}',
  'import.file': 'CSV or XLSX file',
  'import.fileHint': 'The first row holds the column headings of the template.',
  'import.fileMissing': 'Choose a file.',
  'import.check': 'Check the file (nothing saved)',
  'import.run': 'Import',
  'import.uploading': 'Sending the file: {percent}%',
  'import.progress': 'File upload progress',
  'import.processing': 'File sent. The server is checking it…',
  'import.dryRunOk':
    'The file is correct: {rows, plural, one {# row} other {# rows}}, {values, plural, one {# value} other {# values}}. Nothing has been saved yet.',
  'import.dryRunErrors': 'The file has errors: {count}. Nothing was saved.',
  'import.applied': 'Imported {values, plural, one {# value} other {# values}} ({rows, plural, one {# row} other {# rows}}).',
  'import.notApplied': 'Not imported: the file has errors ({count}). Nothing was saved.',
  'import.errorsTitle': 'Errors in the file',
  'import.row': 'Row',
  'import.column': 'Column',
  'import.message': 'Problem',
  'import.failed': 'Could not send the file: {reason}',
  'import.tooLarge': 'the file is too large.',
  'import.noPeriods': 'The programme has no open period to import into.',
  'import.forbidden': 'Import is for the coordinators of the programme’s offices.',
  'import.errorsTruncated': 'The first errors are listed: {shown} of {count}.',
  'import.cell': '{column} (cell {cell})',
  'importColumn.office': 'office',
  'importColumn.period': 'period',
  'importColumn.indicator': 'indicator',
  'importColumn.value': 'value',
  'importColumn.numerator': 'numerator',
  'importColumn.denominator': 'denominator',
  'importColumn.comment': 'comment',
};
