/**
 * The standard satisfaction questionnaires as data: one for clients (CAF criterion 6, citizen/customer
 * results) and one for employees (CAF criterion 7, people results). Every Likert question is answered on
 * the same five-point satisfaction scale with a "not applicable" choice (stored as null); "satisfied or
 * very satisfied" (4-5) is what CLIENT_SATISFIED_PCT and EMPLOYEE_SATISFIED_PCT count, on the key
 * question `OVERALL`. The codes are stable: stored answers, breakdowns and peer comparisons name them, so
 * a code is never renamed or reused; a lead adds questions per programme (surveys.ts), never removes or
 * rewords these.
 */

export type SurveyKind = 'CLIENT' | 'EMPLOYEE';
export const SURVEY_KINDS: readonly SurveyKind[] = ['CLIENT', 'EMPLOYEE'];

export type SurveyQuestionKind = 'LIKERT' | 'TEXT';

export interface LocalisedText {
  pl: string;
  en: string;
}

export interface SurveyQuestion {
  code: string;
  kind: SurveyQuestionKind;
  /** Only the key question is required; every other one may be skipped (a Likert one also answered "not applicable"). */
  required: boolean;
  text: LocalisedText;
  /** The CAF 2020 criterion the question informs (1-9). */
  cafCriterion: number;
  /** True for the standard questions, false for a programme's extra ones. */
  standard: boolean;
}

/** The question whose 4-5 answers make the share of satisfied respondents (the same code in both questionnaires). */
export const SURVEY_KEY_QUESTION = 'OVERALL';

/** The CAF criterion of each questionnaire: results for citizens/customers and results for people. */
export const SURVEY_CAF_CRITERION: Readonly<Record<SurveyKind, number>> = { CLIENT: 6, EMPLOYEE: 7 };

/** The answer scale, 1 to 5, as printed under every Likert question. */
export const LIKERT_SCALE: readonly { value: 1 | 2 | 3 | 4 | 5; label: LocalisedText }[] = [
  { value: 1, label: { pl: 'bardzo niezadowolony(‑a)', en: 'very dissatisfied' } },
  { value: 2, label: { pl: 'niezadowolony(‑a)', en: 'dissatisfied' } },
  { value: 3, label: { pl: 'ani zadowolony(‑a), ani niezadowolony(‑a)', en: 'neither satisfied nor dissatisfied' } },
  { value: 4, label: { pl: 'zadowolony(‑a)', en: 'satisfied' } },
  { value: 5, label: { pl: 'bardzo zadowolony(‑a)', en: 'very satisfied' } },
];

/** The choice stored as null. */
export const NOT_APPLICABLE_LABEL: LocalisedText = { pl: 'nie dotyczy', en: 'not applicable' };

export const SURVEY_TITLES: Readonly<Record<SurveyKind, LocalisedText>> = {
  CLIENT: { pl: 'Ankieta satysfakcji klientów urzędu', en: 'Client satisfaction survey' },
  EMPLOYEE: { pl: 'Ankieta satysfakcji pracowników urzędu', en: 'Employee satisfaction survey' },
};

export const SURVEY_INTRODUCTIONS: Readonly<Record<SurveyKind, LocalisedText>> = {
  CLIENT: {
    pl: 'Ankieta jest anonimowa i zajmie około dwóch minut. Pana/Pani odpowiedzi pomogą nam lepiej załatwiać sprawy mieszkańców.',
    en: 'The survey is anonymous and takes about two minutes. Your answers help us handle residents’ matters better.',
  },
  EMPLOYEE: {
    pl: 'Ankieta jest anonimowa: urząd nie dowie się, kto jak odpowiedział. Wyniki pokazujemy tylko zbiorczo.',
    en: 'The survey is anonymous: the office will not learn who answered what. Results are shown only in aggregate.',
  },
};

function likert(code: string, kind: SurveyKind, pl: string, en: string, required = false): SurveyQuestion {
  return { code, kind: 'LIKERT', required, text: { pl, en }, cafCriterion: SURVEY_CAF_CRITERION[kind], standard: true };
}

function text(code: string, kind: SurveyKind, pl: string, en: string): SurveyQuestion {
  return { code, kind: 'TEXT', required: false, text: { pl, en }, cafCriterion: SURVEY_CAF_CRITERION[kind], standard: true };
}

export const CLIENT_QUESTIONS: readonly SurveyQuestion[] = [
  likert(
    'OVERALL',
    'CLIENT',
    'Ogólnie rzecz biorąc, na ile jest Pan/Pani zadowolony(‑a) ze sposobu załatwienia swojej sprawy w urzędzie?',
    'All things considered, how satisfied are you with the way your matter was handled at the office?',
    true,
  ),
  likert(
    'COMPETENCE',
    'CLIENT',
    'Na ile jest Pan/Pani zadowolony(‑a) z kompetencji pracowników, którzy zajmowali się Pana/Pani sprawą?',
    'How satisfied are you with the competence of the staff who dealt with your matter?',
  ),
  likert(
    'COURTESY',
    'CLIENT',
    'Na ile jest Pan/Pani zadowolony(‑a) z uprzejmości i życzliwości pracowników?',
    'How satisfied are you with the courtesy and helpfulness of the staff?',
  ),
  likert(
    'WAITING_TIME',
    'CLIENT',
    'Na ile jest Pan/Pani zadowolony(‑a) z czasu oczekiwania na obsługę i na załatwienie sprawy?',
    'How satisfied are you with the time you waited to be served and for your matter to be settled?',
  ),
  likert(
    'INFORMATION',
    'CLIENT',
    'Na ile jest Pan/Pani zadowolony(‑a) z jasności informacji i formularzy?',
    'How satisfied are you with the clarity of the information and the forms?',
  ),
  likert(
    'ACCESS',
    'CLIENT',
    'Na ile jest Pan/Pani zadowolony(‑a) z dostępności urzędu (godziny otwarcia, łatwość znalezienia właściwego pokoju lub informacji w internecie)?',
    'How satisfied are you with access to the office (opening hours, ease of finding the right room or the information online)?',
  ),
  likert(
    'E_SERVICES',
    'CLIENT',
    'Na ile jest Pan/Pani zadowolony(‑a) z łatwości załatwienia sprawy drogą elektroniczną (np. przez ePUAP)?',
    'How satisfied are you with how easy it is to handle your matter electronically (e.g. through ePUAP)?',
  ),
  text('IMPROVE', 'CLIENT', 'Co powinniśmy poprawić?', 'What should we improve?'),
];

export const EMPLOYEE_QUESTIONS: readonly SurveyQuestion[] = [
  likert(
    'OVERALL',
    'EMPLOYEE',
    'Ogólnie rzecz biorąc, na ile jest Pan/Pani zadowolony(‑a) ze swojej pracy w urzędzie?',
    'All things considered, how satisfied are you with your job at the office?',
    true,
  ),
  likert(
    'MANAGEMENT',
    'EMPLOYEE',
    'Na ile jest Pan/Pani zadowolony(‑a) ze sposobu kierowania przez bezpośredniego przełożonego i kierownictwo urzędu?',
    'How satisfied are you with the way your direct supervisor and the office’s management lead?',
  ),
  likert(
    'WORKLOAD',
    'EMPLOYEE',
    'Na ile jest Pan/Pani zadowolony(‑a) z obciążenia pracą (ilości zadań w stosunku do czasu pracy)?',
    'How satisfied are you with your workload (the amount of work for the time available)?',
  ),
  likert(
    'DEVELOPMENT',
    'EMPLOYEE',
    'Na ile jest Pan/Pani zadowolony(‑a) z możliwości rozwoju zawodowego i szkoleń?',
    'How satisfied are you with the opportunities for professional development and training?',
  ),
  likert(
    'COMMUNICATION',
    'EMPLOYEE',
    'Na ile jest Pan/Pani zadowolony(‑a) z przepływu informacji i komunikacji w urzędzie?',
    'How satisfied are you with the flow of information and communication in the office?',
  ),
  likert(
    'CONDITIONS',
    'EMPLOYEE',
    'Na ile jest Pan/Pani zadowolony(‑a) z warunków pracy (stanowisko, sprzęt, pomieszczenia)?',
    'How satisfied are you with your working conditions (workstation, equipment, premises)?',
  ),
  likert(
    'RECOGNITION',
    'EMPLOYEE',
    'Na ile jest Pan/Pani zadowolony(‑a) z tego, jak doceniana jest Pana/Pani praca?',
    'How satisfied are you with how your work is recognised?',
  ),
  text(
    'IMPROVE',
    'EMPLOYEE',
    'Co powinniśmy poprawić w urzędzie jako miejscu pracy?',
    'What should we improve about the office as a place to work?',
  ),
];

export const STANDARD_QUESTIONNAIRES: Readonly<Record<SurveyKind, readonly SurveyQuestion[]>> = {
  CLIENT: CLIENT_QUESTIONS,
  EMPLOYEE: EMPLOYEE_QUESTIONS,
};
