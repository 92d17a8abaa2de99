import type { Language } from '@officebench/domain';

/** Why an export is refused; each code has its sentence in Polish and English below. */
export type ExportProblemCode =
  | 'BAD_PARAMETER'
  | 'PROGRAMME_NOT_FOUND'
  | 'OFFICE_NOT_FOUND'
  | 'PERIOD_NOT_FOUND'
  | 'MAY_NOT_READ_OFFICE'
  | 'LEAD_ONLY'
  | 'UNAUTHENTICATED'
  | 'RATE_LIMITED'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

const SENTENCES: Record<ExportProblemCode, Record<Language, (params: Record<string, string>) => string>> = {
  BAD_PARAMETER: {
    pl: ({ name, expected }) => `Niepoprawny parametr ${name}: oczekiwano ${expected}.`,
    en: ({ name, expected }) => `Invalid parameter ${name}: expected ${expected}.`,
  },
  PROGRAMME_NOT_FOUND: { pl: () => 'Nie ma takiego programu.', en: () => 'No such programme.' },
  OFFICE_NOT_FOUND: { pl: () => 'Nie ma takiego urzędu w tym programie.', en: () => 'No such office in this programme.' },
  PERIOD_NOT_FOUND: { pl: () => 'Nie ma takiego okresu w tym programie.', en: () => 'No such period in this programme.' },
  MAY_NOT_READ_OFFICE: {
    pl: () => 'Dane urzędu mogą pobrać tylko jego koordynatorzy i koordynator programu.',
    en: () => "Only the office's coordinators and the programme's lead may download its data.",
  },
  LEAD_ONLY: {
    pl: () => 'Zestawienie programu może pobrać tylko koordynator programu.',
    en: () => "Only the programme's lead may download the programme's values.",
  },
  UNAUTHENTICATED: { pl: () => 'Zaloguj się, aby kontynuować.', en: () => 'Sign in to continue.' },
  RATE_LIMITED: { pl: () => 'Za dużo prób naraz; spróbuj ponownie za chwilę.', en: () => 'Too many attempts; try again in a moment.' },
  SERVICE_UNAVAILABLE: {
    pl: () => 'Usługa jest chwilowo niedostępna; spróbuj ponownie za chwilę.',
    en: () => 'The service is briefly unavailable; please try again in a moment.',
  },
  INTERNAL_SERVER_ERROR: {
    pl: () => 'Nie udało się przygotować pliku; spróbuj ponownie.',
    en: () => 'The file could not be prepared; please try again.',
  },
};

/** The sentence of a refusal in the language asked for. */
export function describeExportProblem(code: ExportProblemCode, params: Record<string, string>, language: Language): string {
  return SENTENCES[code][language](params);
}

/** An export refused whole: an HTTP status and a code, put into words by ExportExceptionFilter. */
export class ExportFailure extends Error {
  constructor(
    readonly status: 400 | 403 | 404,
    readonly code: ExportProblemCode,
    readonly params: Record<string, string> = {},
  ) {
    super(`${code} ${JSON.stringify(params)}`);
  }
}
