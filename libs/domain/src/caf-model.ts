import { CAF_CRITERIA, type CafCriterion } from './caf';

/**
 * The CAF 2020 model as data (issue 19): the 28 sub-criteria of the 9 criteria, with the wording an
 * assessor reads (the product's own, after the EIPA's CAF 2020 and its Polish edition), and the classical
 * scoring panels shown beside the scores as guidance. Scores are whole numbers from 0 to 100 per
 * sub-criterion; a criterion scores the mean of its sub-criteria and the total is the sum of the nine
 * criterion scores (0-900), the number the programme's +150 target is read on.
 */

type Wording = { pl: string; en: string };

export interface CafSubCriterion {
  /** "1.1" ... "9.2" */
  code: string;
  criterion: number;
  name: Wording;
  /** What the assessors look for, in one sentence. */
  description: Wording;
}

const sub = (code: string, name: Wording, description: Wording): CafSubCriterion => ({
  code,
  criterion: Number(code.split('.')[0]),
  name,
  description,
});

const perception = (whose: Wording): Wording => ({
  pl: `Co ${whose.pl} sądzą o urzędzie: wyniki ankiet, skarg i innych pomiarów opinii.`,
  en: `What ${whose.en} think of the organisation: results of surveys, complaints and other measures of opinion.`,
});
const performance = (whose: Wording): Wording => ({
  pl: `Wewnętrzne mierniki tego, co urząd osiąga wobec ${whose.pl}, z ich trendem i celami.`,
  en: `The organisation's own measures of what it achieves for ${whose.en}, with their trend and targets.`,
});
const PERCEPTION = { pl: 'Pomiary postrzegania', en: 'Perception measurements' };
const PERFORMANCE = { pl: 'Pomiary wyników', en: 'Performance measurements' };

export const CAF_SUB_CRITERIA: readonly CafSubCriterion[] = [
  sub(
    '1.1',
    {
      pl: 'Nadawanie kierunku organizacji przez jej misję, wizję i wartości',
      en: 'Provide direction for the organisation by developing its mission, vision and values',
    },
    {
      pl: 'Czy kierownictwo ustaliło i przekazało misję, wizję i wartości, z udziałem pracowników i interesariuszy.',
      en: 'Whether leaders set and communicate the mission, vision and values, with staff and stakeholders involved.',
    },
  ),
  sub(
    '1.2',
    {
      pl: 'Zarządzanie organizacją, jej wynikami i ciągłym doskonaleniem',
      en: 'Manage the organisation, its performance and its continuous improvement',
    },
    {
      pl: 'Struktura, odpowiedzialności, system zarządzania (np. ISO 9001) i mierzenie wyników służą doskonaleniu.',
      en: 'Structure, responsibilities, the management system (e.g. ISO 9001) and performance measurement serve improvement.',
    },
  ),
  sub(
    '1.3',
    {
      pl: 'Inspirowanie, motywowanie i wspieranie pracowników oraz dawanie przykładu',
      en: 'Inspire, motivate and support people in the organisation and act as a role model',
    },
    {
      pl: 'Kierownicy dają przykład, słuchają pracowników, doceniają ich i wspierają w zmianach.',
      en: 'Managers lead by example, listen to staff, recognise them and support them through change.',
    },
  ),
  sub(
    '1.4',
    {
      pl: 'Zarządzanie relacjami z władzami politycznymi i innymi interesariuszami',
      en: 'Manage effective relations with political authorities and other stakeholders',
    },
    {
      pl: 'Relacje z radą, wójtem lub burmistrzem i innymi interesariuszami są rozpoznane i prowadzone świadomie.',
      en: 'Relations with the council, the mayor and other stakeholders are known and managed deliberately.',
    },
  ),
  sub(
    '2.1',
    {
      pl: 'Rozpoznawanie potrzeb i oczekiwań interesariuszy, otoczenia i informacji zarządczej',
      en: 'Identify the needs and expectations of stakeholders, the external environment and management information',
    },
    {
      pl: 'Urząd zbiera i analizuje potrzeby klientów, dane o otoczeniu i własne wyniki, zanim zaplanuje.',
      en: 'The office gathers and analyses customers’ needs, facts about its environment and its own results before it plans.',
    },
  ),
  sub(
    '2.2',
    {
      pl: 'Opracowywanie strategii i planów na podstawie zebranych informacji',
      en: 'Develop strategy and planning based on the information collected',
    },
    {
      pl: 'Strategia i plany wynikają z zebranych informacji, mają cele, mierniki i zasoby.',
      en: 'Strategy and plans follow from the information gathered and have objectives, measures and resources.',
    },
  ),
  sub(
    '2.3',
    {
      pl: 'Komunikowanie, wdrażanie i przegląd strategii i planów',
      en: 'Communicate, implement and review strategy and planning',
    },
    {
      pl: 'Cele są przełożone na zadania komórek i osób, a ich realizacja jest regularnie przeglądana.',
      en: 'Objectives are turned into the tasks of units and people, and their delivery is reviewed regularly.',
    },
  ),
  sub(
    '2.4',
    {
      pl: 'Zarządzanie zmianą i innowacjami dla elastyczności i odporności organizacji',
      en: 'Manage change and innovation to ensure the agility and resilience of the organisation',
    },
    {
      pl: 'Urząd szuka nowych rozwiązań, testuje je i wdraża zmiany z udziałem pracowników.',
      en: 'The office looks for new solutions, pilots them and carries out change with its staff.',
    },
  ),
  sub(
    '3.1',
    {
      pl: 'Zarządzanie zasobami ludzkimi i ich doskonalenie zgodnie ze strategią',
      en: 'Manage and improve human resources to support the strategy of the organisation',
    },
    {
      pl: 'Rekrutacja, ocena i ścieżki rozwoju są przejrzyste i wspierają cele urzędu.',
      en: 'Recruitment, appraisal and career paths are transparent and support the office’s objectives.',
    },
  ),
  sub(
    '3.2',
    {
      pl: 'Rozwijanie kompetencji pracowników i zarządzanie nimi',
      en: 'Develop and manage the competencies of people',
    },
    {
      pl: 'Potrzeby szkoleniowe są rozpoznane, plany rozwoju realizowane, a wiedza przekazywana.',
      en: 'Training needs are known, development plans carried out and knowledge passed on.',
    },
  ),
  sub(
    '3.3',
    {
      pl: 'Angażowanie pracowników, dawanie im uprawnień i dbanie o ich dobrostan',
      en: 'Involve and empower people and support their well-being',
    },
    {
      pl: 'Pracownicy współdecydują, zgłaszają pomysły, a urząd dba o warunki i równowagę pracy.',
      en: 'Staff take part in decisions and put forward ideas; the office looks after working conditions and balance.',
    },
  ),
  sub(
    '4.1',
    {
      pl: 'Rozwijanie partnerstw z odpowiednimi organizacjami i zarządzanie nimi',
      en: 'Develop and manage partnerships with relevant organisations',
    },
    {
      pl: 'Partnerstwa z innymi urzędami, firmami i instytucjami mają cele i są oceniane.',
      en: 'Partnerships with other offices, businesses and institutions have objectives and are evaluated.',
    },
  ),
  sub(
    '4.2',
    {
      pl: 'Współpraca z obywatelami i organizacjami społecznymi',
      en: 'Collaborate with citizens and civil society organisations',
    },
    {
      pl: 'Mieszkańcy i organizacje pozarządowe są włączani w projektowanie i ocenę usług.',
      en: 'Residents and NGOs are involved in designing and evaluating services.',
    },
  ),
  sub(
    '4.3',
    { pl: 'Zarządzanie finansami', en: 'Manage finances' },
    {
      pl: 'Budżet jest planowany wobec celów, wydatki kontrolowane, a informacja finansowa jawna.',
      en: 'The budget is planned against objectives, spending controlled and financial information open.',
    },
  ),
  sub(
    '4.4',
    { pl: 'Zarządzanie informacją i wiedzą', en: 'Manage information and knowledge' },
    {
      pl: 'Informacja jest dostępna tym, którzy jej potrzebują, a wiedza nie odchodzi z pracownikami.',
      en: 'Information reaches those who need it, and knowledge does not leave with the people who hold it.',
    },
  ),
  sub(
    '4.5',
    { pl: 'Zarządzanie technologią', en: 'Manage technology' },
    {
      pl: 'Systemy informatyczne i e-usługi (np. ePUAP, EZD) wspierają procesy i są bezpieczne.',
      en: 'IT systems and e-services (e.g. ePUAP, electronic records) support the processes and are secure.',
    },
  ),
  sub(
    '4.6',
    { pl: 'Zarządzanie infrastrukturą', en: 'Manage facilities' },
    {
      pl: 'Budynki i wyposażenie są dostępne, bezpieczne i dobrze wykorzystane.',
      en: 'Buildings and equipment are accessible, safe and well used.',
    },
  ),
  sub(
    '5.1',
    {
      pl: 'Projektowanie procesów i zarządzanie nimi dla wartości dla obywateli i klientów',
      en: 'Design and manage processes to increase value for citizens and customers',
    },
    {
      pl: 'Kluczowe procesy są opisane, mają właścicieli i mierniki oraz są upraszczane.',
      en: 'Key processes are described, have owners and measures, and are simplified.',
    },
  ),
  sub(
    '5.2',
    {
      pl: 'Dostarczanie usług klientom, obywatelom, interesariuszom i społeczeństwu',
      en: 'Deliver products and services for customers, citizens, stakeholders and society',
    },
    {
      pl: 'Usługi są dostępne (także elektronicznie), zrozumiałe i świadczone z udziałem klientów.',
      en: 'Services are accessible (online too), understandable and delivered with customers involved.',
    },
  ),
  sub(
    '5.3',
    {
      pl: 'Koordynowanie procesów w organizacji i z innymi organizacjami',
      en: 'Coordinate processes across the organisation and with other relevant organisations',
    },
    {
      pl: 'Sprawy przechodzące przez kilka komórek lub instytucji są prowadzone bez przerw i powtórzeń.',
      en: 'Cases that pass through several units or institutions run without gaps or repetition.',
    },
  ),
  sub('6.1', PERCEPTION, perception({ pl: 'klienci i obywatele', en: 'citizens and customers' })),
  sub('6.2', PERFORMANCE, performance({ pl: 'klientów i obywateli', en: 'citizens and customers' })),
  sub('7.1', PERCEPTION, perception({ pl: 'pracownicy', en: 'its people' })),
  sub('7.2', PERFORMANCE, performance({ pl: 'pracowników', en: 'its people' })),
  sub('8.1', PERCEPTION, perception({ pl: 'społeczność lokalna i partnerzy', en: 'the local community and partners' })),
  sub('8.2', PERFORMANCE, performance({ pl: 'społeczności i środowiska', en: 'society and the environment' })),
  sub(
    '9.1',
    { pl: 'Wyniki zewnętrzne: produkty i wartość publiczna', en: 'External results: outputs and public value' },
    {
      pl: 'Czy urząd osiąga cele swoich zadań publicznych: liczby, jakość i skutki usług.',
      en: 'Whether the office reaches the objectives of its public tasks: the volume, quality and effects of its services.',
    },
  ),
  sub(
    '9.2',
    { pl: 'Wyniki wewnętrzne: poziom efektywności', en: 'Internal results: level of efficiency' },
    {
      pl: 'Koszty, czas załatwiania spraw, wyniki audytów i wykorzystanie zasobów.',
      en: 'Costs, case-handling times, audit findings and the use of resources.',
    },
  ),
];

/** One band of a scoring panel: the scores from `from` to `to` and what reaching them means. */
export interface ScoringBand {
  from: number;
  to: number;
  label: Wording;
  meaning: Wording;
}

/** Both panels' bands: 0-10, then five bands of 20 points. */
const BOUNDS = [
  [0, 10],
  [11, 30],
  [31, 50],
  [51, 70],
  [71, 90],
  [91, 100],
] as const;

/** A panel from the label and meaning of each band, Polish then English, in the order of BOUNDS. */
const panel = (bands: ReadonlyArray<readonly [string, string, string, string]>): ScoringBand[] =>
  bands.map(([labelPl, labelEn, meaningPl, meaningEn], i) => ({
    from: BOUNDS[i][0],
    to: BOUNDS[i][1],
    label: { pl: labelPl, en: labelEn },
    meaning: { pl: meaningPl, en: meaningEn },
  }));

/** The classical panel for enablers (criteria 1-5): the phase of the PDCA cycle reached. */
export const ENABLER_PANEL: readonly ScoringBand[] = panel([
  ['Brak działań', 'Nothing yet', 'Brak działań w tym obszarze albo tylko pomysły.', 'No evidence or just some ideas.'],
  ['Planuj', 'Plan', 'Działania są zaplanowane.', 'Actions are planned.'],
  ['Wykonaj', 'Do', 'Działania są realizowane.', 'Actions are being carried out.'],
  [
    'Sprawdź',
    'Check',
    'Sprawdzamy, czy robimy właściwe rzeczy we właściwy sposób.',
    'We check whether we do the right things in the right way.',
  ],
  ['Działaj', 'Act', 'Na podstawie tych przeglądów wprowadzamy potrzebne zmiany.', 'On the basis of the checks we adjust where needed.'],
  [
    'Pełny cykl PDCA',
    'Full PDCA cycle',
    'Wszystko, co robimy, planujemy, wykonujemy, sprawdzamy i poprawiamy regularnie, ucząc się od innych.',
    'Everything we do, we plan, carry out, check and adjust regularly, and we learn from others.',
  ],
]);

/** The classical panel for results (criteria 6-9): the trend and the targets reached. */
export const RESULT_PANEL: readonly ScoringBand[] = panel([
  [
    'Brak pomiaru',
    'Not measured',
    'Wyniki nie są mierzone albo brak o nich informacji.',
    'No results are measured or no information is available.',
  ],
  [
    'Trend spadkowy',
    'Falling',
    'Wyniki są mierzone i spadają albo nie osiągają celów.',
    'Results are measured and show a negative trend or miss their targets.',
  ],
  ['Bez zmian', 'Flat', 'Wyniki są stałe albo osiągnięto niektóre cele.', 'Results are flat or some of the relevant targets are met.'],
  [
    'Poprawa',
    'Improving',
    'Wyniki się poprawiają albo osiągnięto większość celów.',
    'Results are improving or most of the relevant targets are met.',
  ],
  [
    'Wyraźny postęp',
    'Substantial progress',
    'Wyraźny postęp albo osiągnięto wszystkie cele.',
    'Results show substantial progress or all the relevant targets are met.',
  ],
  [
    'Doskonałe i trwałe',
    'Excellent and sustained',
    'Doskonałe i trwałe wyniki, wszystkie cele osiągnięte, korzystne porównania z innymi urzędami.',
    'Excellent and sustained results, all targets met, positive comparisons with other organisations.',
  ],
]);

/** The panel an assessor reads for a criterion's sub-criteria. */
export function scoringPanel(criterion: CafCriterion): readonly ScoringBand[] {
  return criterion.kind === 'ENABLER' ? ENABLER_PANEL : RESULT_PANEL;
}

/** The band a score falls in (null for a score outside 0-100 or not whole). */
export function scoringBand(panel: readonly ScoringBand[], score: number): ScoringBand | null {
  return isCafScore(score) ? (panel.find((b) => score >= b.from && score <= b.to) ?? null) : null;
}

/** A sub-criterion's score: a whole number from 0 to 100. */
export function isCafScore(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= 100;
}

export function subCriteriaOf(criterion: number): readonly CafSubCriterion[] {
  return CAF_SUB_CRITERIA.filter((s) => s.criterion === criterion);
}

export interface CafScores {
  /** Per criterion 1-9, the mean of its sub-criteria's scores. */
  criteria: number[];
  /** The sum of the criterion scores, 0-900. */
  total: number;
}

/**
 * The criterion scores and the total of a complete self-assessment (a score for each of the 28
 * sub-criteria, by code). Unrounded: rounding is the display's business. Throws on a missing, unknown or
 * invalid score, so that a cycle cannot close incomplete.
 */
export function cafScores(scores: ReadonlyMap<string, number>): CafScores {
  for (const [code, score] of scores) {
    if (!CAF_SUB_CRITERIA.some((s) => s.code === code)) throw new Error(`unknown CAF sub-criterion ${code}`);
    if (!isCafScore(score)) throw new Error(`CAF score of ${code} must be a whole number from 0 to 100, not ${score}`);
  }
  const criteria = CAF_CRITERIA.map(({ number }) => {
    const parts = subCriteriaOf(number).map(({ code }) => {
      const score = scores.get(code);
      if (score === undefined) throw new Error(`CAF sub-criterion ${code} has no score`);
      return score;
    });
    return parts.reduce((sum, score) => sum + score, 0) / parts.length;
  });
  return { criteria, total: criteria.reduce((sum, score) => sum + score, 0) };
}
