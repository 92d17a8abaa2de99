import type { Language } from '@officebench/domain';

type Params = Record<string, string | number>;
type Catalogue<Code extends string> = Record<Code, Record<Language, (params: Params) => string>>;

/** Why a whole file is refused (the answer is an HTTP error with `{ message }`). */
export type FileProblemCode =
  | 'NO_FILE'
  | 'FILE_TOO_LARGE'
  | 'TOO_MANY_ROWS'
  | 'EMPTY_FILE'
  | 'UNSUPPORTED_FORMAT'
  | 'OLD_XLS_OR_ENCRYPTED'
  | 'ENCRYPTED'
  | 'MACROS'
  | 'XLSB'
  | 'NOT_UTF8'
  | 'UTF16'
  | 'CSV_MALFORMED'
  | 'ZIP_MALFORMED'
  | 'XLSX_MALFORMED'
  | 'PART_TOO_LARGE'
  | 'ZIP_BOMB'
  | 'SIZE_MISMATCH'
  | 'FORMULAS'
  | 'FORMULA_INJECTION'
  | 'NO_HEADER'
  | 'UNKNOWN_COLUMNS'
  | 'DUPLICATE_COLUMN'
  | 'MISSING_INDICATOR_COLUMN'
  | 'MISSING_VALUE_COLUMNS'
  | 'OFFICE_COLUMN_NEEDED'
  | 'PERIOD_COLUMN_NEEDED'
  | 'PROGRAMME_UNKNOWN'
  | 'BAD_PARAMETER'
  | 'BAD_IDEMPOTENCY_KEY'
  | 'IDEMPOTENCY_CONFLICT'
  | 'PERIOD_NOT_FOUND'
  | 'PROGRAMME_NOT_FOUND'
  | 'NOT_A_COORDINATOR'
  | 'MAY_NOT_SEE_PROGRAMME';

/** What is wrong with one cell or row (listed in `errors` with its row and column). */
export type CellProblemCode =
  | 'NOT_A_NUMBER'
  | 'EXCEL_ERROR'
  | 'CELL_TOO_LONG'
  | 'FORMULA'
  | 'FORMULA_INJECTION'
  | 'INDICATOR_MISSING'
  | 'OFFICE_MISSING'
  | 'OFFICE_UNKNOWN'
  | 'OFFICE_AMBIGUOUS'
  | 'PERIOD_MISSING'
  | 'PERIOD_UNKNOWN'
  | 'PERIOD_MISMATCH'
  | 'DUPLICATE_ROW'
  | 'ROW_PROGRAMME';

const MB = (bytes: string | number) => Math.round(Number(bytes) / (1024 * 1024));

const FILE_MESSAGES: Catalogue<FileProblemCode> = {
  NO_FILE: {
    pl: () => 'Nie przesłano pliku: wyślij go jako pole „file” formularza multipart/form-data.',
    en: () => 'No file was sent: send it as the "file" field of a multipart/form-data form.',
  },
  FILE_TOO_LARGE: {
    pl: (p) => `Plik jest za duży: dopuszczalne jest ${MB(p.max)} MB. Podziel dane na kilka plików.`,
    en: (p) => `The file is too large: at most ${MB(p.max)} MB is accepted. Split the data into several files.`,
  },
  TOO_MANY_ROWS: {
    pl: (p) => `Plik ma więcej niż ${p.max} wierszy danych. Podziel dane na kilka plików.`,
    en: (p) => `The file has more than ${p.max} data rows. Split the data into several files.`,
  },
  EMPTY_FILE: {
    pl: () => 'Plik jest pusty.',
    en: () => 'The file is empty.',
  },
  UNSUPPORTED_FORMAT: {
    pl: () => 'To nie jest plik CSV ani XLSX. Zapisz arkusz jako „Skoroszyt programu Excel (.xlsx)” albo „CSV UTF-8”.',
    en: () => 'This is neither a CSV nor an XLSX file. Save the sheet as "Excel Workbook (.xlsx)" or "CSV UTF-8".',
  },
  OLD_XLS_OR_ENCRYPTED: {
    pl: () => 'To plik w starym formacie .xls albo skoroszyt chroniony hasłem. Zapisz go bez hasła jako .xlsx albo CSV UTF-8.',
    en: () => 'This is an old-format .xls file or a password-protected workbook. Save it without a password as .xlsx or CSV UTF-8.',
  },
  ENCRYPTED: {
    pl: () => 'Skoroszyt jest zaszyfrowany (chroniony hasłem). Zapisz go bez hasła.',
    en: () => 'The workbook is encrypted (password-protected). Save it without a password.',
  },
  MACROS: {
    pl: () => 'Skoroszyt zawiera makra. Zapisz go jako zwykły „Skoroszyt programu Excel (.xlsx)”, bez makr.',
    en: () => 'The workbook contains macros. Save it as a plain "Excel Workbook (.xlsx)", without macros.',
  },
  XLSB: {
    pl: () => 'Skoroszyt binarny (.xlsb) nie jest obsługiwany. Zapisz go jako .xlsx.',
    en: () => 'Binary workbooks (.xlsb) are not supported. Save it as .xlsx.',
  },
  NOT_UTF8: {
    pl: (p) => `Plik CSV nie jest zapisany w UTF-8 (niepoprawny znak w wierszu ${p.row}). W Excelu wybierz „CSV UTF-8 (rozdzielany przecinkami)”.`,
    en: (p) => `The CSV file is not UTF-8 (invalid character in row ${p.row}). In Excel choose "CSV UTF-8 (Comma delimited)".`,
  },
  UTF16: {
    pl: () => 'Plik jest zapisany w UTF-16 („Tekst Unicode”). Zapisz go jako „CSV UTF-8”.',
    en: () => 'The file is UTF-16 ("Unicode Text"). Save it as "CSV UTF-8".',
  },
  CSV_MALFORMED: {
    pl: (p) => `Niepoprawny plik CSV w wierszu ${p.row}: ${p.reason === 'UNCLOSED_QUOTE' ? 'cudzysłów otwarty i niezamknięty' : 'znaki po zamykającym cudzysłowie'}.`,
    en: (p) => `Malformed CSV in row ${p.row}: ${p.reason === 'UNCLOSED_QUOTE' ? 'a quote is opened and never closed' : 'characters after a closing quote'}.`,
  },
  ZIP_MALFORMED: {
    pl: (p) => `Plik XLSX jest uszkodzony (${p.reason}).`,
    en: (p) => `The XLSX file is damaged (${p.reason}).`,
  },
  XLSX_MALFORMED: {
    pl: (p) => `Plik XLSX jest niepoprawny (${p.reason}).`,
    en: (p) => `The XLSX file is invalid (${p.reason}).`,
  },
  PART_TOO_LARGE: {
    pl: (p) => `Po rozpakowaniu część skoroszytu ${p.part} miałaby ${MB(p.size)} MB, a dopuszczalne jest ${MB(p.max)} MB.`,
    en: (p) => `Unpacked, the workbook part ${p.part} would take ${MB(p.size)} MB; at most ${MB(p.max)} MB is accepted.`,
  },
  ZIP_BOMB: {
    pl: (p) => `Część skoroszytu ${p.part} rozpakowuje się ponad ${p.ratio} razy: taki plik jest odrzucany jako „bomba zip”.`,
    en: (p) => `The workbook part ${p.part} unpacks more than ${p.ratio} times its size: such a file is refused as a zip bomb.`,
  },
  SIZE_MISMATCH: {
    pl: (p) => `Część skoroszytu ${p.part} jest większa, niż deklaruje plik: plik jest uszkodzony albo spreparowany.`,
    en: (p) => `The workbook part ${p.part} is larger than the file declares: the file is damaged or crafted.`,
  },
  FORMULAS: {
    pl: (p) => `Skoroszyt zawiera formuły (${p.cells}). Import nie oblicza formuł: skopiuj komórki i wklej je jako wartości.`,
    en: (p) => `The workbook contains formulas (${p.cells}). The import does not evaluate formulas: copy the cells and paste them as values.`,
  },
  FORMULA_INJECTION: {
    pl: (p) => `Komórki zaczynające się od =, +, - lub @, które nie są liczbami, mogłyby zostać wykonane jako formuły (${p.cells}). Zmień ich pierwszy znak.`,
    en: (p) => `Cells starting with =, +, - or @ that are not numbers could run as formulas (${p.cells}). Change their first character.`,
  },
  NO_HEADER: {
    pl: (p) => `Pierwszy wiersz musi zawierać nazwy kolumn, np. ${p.expected}.`,
    en: (p) => `The first row must name the columns, e.g. ${p.expected}.`,
  },
  UNKNOWN_COLUMNS: {
    pl: (p) => `Nieznane kolumny: ${p.columns}. Dozwolone: ${p.expected}.`,
    en: (p) => `Unknown columns: ${p.columns}. Allowed: ${p.expected}.`,
  },
  DUPLICATE_COLUMN: {
    pl: (p) => `Kolumna ${p.column} występuje więcej niż raz.`,
    en: (p) => `The column ${p.column} appears more than once.`,
  },
  MISSING_INDICATOR_COLUMN: {
    pl: () => 'Brak kolumny indicator (wskaźnik) z kodem wskaźnika.',
    en: () => 'The indicator column (indicator code) is missing.',
  },
  MISSING_VALUE_COLUMNS: {
    pl: () => 'Brak kolumn z danymi: potrzebna jest value (wartość) albo numerator i denominator (licznik i mianownik).',
    en: () => 'No data columns: value, or numerator and denominator, are needed.',
  },
  OFFICE_COLUMN_NEEDED: {
    pl: () => 'Brak kolumny office (urząd). Można ją pominąć tylko, gdy koordynujesz dokładnie jeden urząd w programie.',
    en: () => 'The office column is missing. It may be left out only when you coordinate exactly one office of the programme.',
  },
  PERIOD_COLUMN_NEEDED: {
    pl: () => 'Brak kolumny period (okres). Dodaj ją albo wybierz okres (parametr periodId).',
    en: () => 'The period column is missing. Add it or choose the period (the periodId parameter).',
  },
  PROGRAMME_UNKNOWN: {
    pl: () => 'Nie wiadomo, którego programu dotyczy plik: koordynujesz urzędy w kilku programach. Wybierz okres (parametr periodId).',
    en: () => 'Which programme the file is for is unclear: you coordinate offices in several programmes. Choose the period (the periodId parameter).',
  },
  BAD_PARAMETER: {
    pl: (p) => `Niepoprawny parametr ${p.name}: ${p.expected}.`,
    en: (p) => `Invalid parameter ${p.name}: ${p.expected}.`,
  },
  BAD_IDEMPOTENCY_KEY: {
    pl: () => 'Nagłówek Idempotency-Key musi mieć od 1 do 255 widocznych znaków ASCII.',
    en: () => 'The Idempotency-Key header must have 1 to 255 visible ASCII characters.',
  },
  IDEMPOTENCY_CONFLICT: {
    pl: () => 'Ten klucz Idempotency-Key został już użyty do importu innego pliku. Każdy nowy plik wymaga nowego klucza.',
    en: () => 'This Idempotency-Key was already used to import a different file. Each new file needs a new key.',
  },
  PERIOD_NOT_FOUND: {
    pl: () => 'Nie ma takiego okresu.',
    en: () => 'No such period.',
  },
  PROGRAMME_NOT_FOUND: {
    pl: () => 'Nie ma takiego programu.',
    en: () => 'No such programme.',
  },
  NOT_A_COORDINATOR: {
    pl: () => 'Dane importuje koordynator urzędu. Nie koordynujesz żadnego urzędu w tym programie.',
    en: () => 'Values are imported by an office coordinator. You coordinate no office of this programme.',
  },
  MAY_NOT_SEE_PROGRAMME: {
    pl: () => 'Nie masz dostępu do tego programu.',
    en: () => 'You have no access to this programme.',
  },
};

const CELL_MESSAGES: Catalogue<CellProblemCode> = {
  NOT_A_NUMBER: {
    pl: (p) => `„${p.text}” nie jest liczbą (np. 12,5 albo 12.5, bez separatorów tysięcy poza spacją).`,
    en: (p) => `"${p.text}" is not a number (e.g. 12.5 or 12,5; no thousands separators except spaces).`,
  },
  EXCEL_ERROR: {
    pl: (p) => `Komórka zawiera błąd Excela ${p.error}.`,
    en: (p) => `The cell holds the Excel error ${p.error}.`,
  },
  CELL_TOO_LONG: {
    pl: (p) => `Komórka ma więcej niż ${p.max} znaków.`,
    en: (p) => `The cell has more than ${p.max} characters.`,
  },
  FORMULA: {
    pl: () => 'Komórka zawiera formułę; wklej ją jako wartość.',
    en: () => 'The cell holds a formula; paste it as a value.',
  },
  FORMULA_INJECTION: {
    pl: () => 'Tekst zaczyna się od =, +, - lub @ i nie jest liczbą: mógłby zostać wykonany jako formuła.',
    en: () => 'The text starts with =, +, - or @ and is not a number: it could run as a formula.',
  },
  INDICATOR_MISSING: {
    pl: () => 'Brak kodu wskaźnika.',
    en: () => 'The indicator code is missing.',
  },
  OFFICE_MISSING: {
    pl: () => 'Brak urzędu: podaj jego identyfikator albo dokładną nazwę.',
    en: () => 'The office is missing: give its id or its exact name.',
  },
  OFFICE_UNKNOWN: {
    pl: (p) => `W programie nie ma urzędu „${p.office}”.`,
    en: (p) => `The programme has no office "${p.office}".`,
  },
  OFFICE_AMBIGUOUS: {
    pl: (p) => `Nazwa „${p.office}” pasuje do kilku urzędów programu: podaj identyfikator urzędu.`,
    en: (p) => `The name "${p.office}" matches several offices of the programme: give the office id.`,
  },
  PERIOD_MISSING: {
    pl: () => 'Brak okresu (np. 2011-Q2, 2011 albo CAF 2011).',
    en: () => 'The period is missing (e.g. 2011-Q2, 2011 or CAF 2011).',
  },
  PERIOD_UNKNOWN: {
    pl: (p) => `W programie nie ma okresu „${p.period}”.`,
    en: (p) => `The programme has no period "${p.period}".`,
  },
  PERIOD_MISMATCH: {
    pl: (p) => `Okres „${p.period}” różni się od wybranego okresu ${p.chosen}.`,
    en: (p) => `The period "${p.period}" differs from the chosen period ${p.chosen}.`,
  },
  DUPLICATE_ROW: {
    pl: (p) => `Ten wskaźnik dla tego urzędu i okresu podano już w wierszu ${p.first}.`,
    en: (p) => `This indicator was already given for this office and period in row ${p.first}.`,
  },
  ROW_PROGRAMME: {
    pl: () => 'Wiersz nie należy do programu, do którego importujesz.',
    en: () => 'The row does not belong to the programme being imported into.',
  },
};

export function describeFileProblem(code: FileProblemCode, params: Params, language: Language): string {
  return FILE_MESSAGES[code][language](params);
}

export function describeCellProblem(code: CellProblemCode, params: Params, language: Language): string {
  return CELL_MESSAGES[code][language](params);
}
