/** CAF 2020: 9 criteria (5 enablers, 4 results) and their 28 sub-criteria. */
export interface CafCriterion {
  number: number;
  kind: 'ENABLER' | 'RESULT';
  name: { pl: string; en: string };
  subCriteria: number;
}

export const CAF_CRITERIA: readonly CafCriterion[] = [
  { number: 1, kind: 'ENABLER', name: { pl: 'Przywództwo', en: 'Leadership' }, subCriteria: 4 },
  { number: 2, kind: 'ENABLER', name: { pl: 'Strategia i planowanie', en: 'Strategy and planning' }, subCriteria: 4 },
  { number: 3, kind: 'ENABLER', name: { pl: 'Pracownicy', en: 'People' }, subCriteria: 3 },
  { number: 4, kind: 'ENABLER', name: { pl: 'Partnerstwo i zasoby', en: 'Partnerships and resources' }, subCriteria: 6 },
  { number: 5, kind: 'ENABLER', name: { pl: 'Procesy', en: 'Processes' }, subCriteria: 3 },
  {
    number: 6,
    kind: 'RESULT',
    name: { pl: 'Wyniki dotyczące klientów/obywateli', en: 'Citizen/customer-oriented results' },
    subCriteria: 2,
  },
  { number: 7, kind: 'RESULT', name: { pl: 'Wyniki dotyczące pracowników', en: 'People results' }, subCriteria: 2 },
  {
    number: 8,
    kind: 'RESULT',
    name: { pl: 'Wyniki dotyczące odpowiedzialności społecznej', en: 'Social responsibility results' },
    subCriteria: 2,
  },
  { number: 9, kind: 'RESULT', name: { pl: 'Kluczowe wyniki działalności', en: 'Key performance results' }, subCriteria: 2 },
];

export const CAF_MAX_TOTAL = CAF_CRITERIA.length * 100;

export function isCafCriterion(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= CAF_CRITERIA.length;
}
