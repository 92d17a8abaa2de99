import type { Practice } from '../graphql/practice-fields.fragment';

/** For specs: a published practice as the API gives it, with what a spec needs changed. */
export const practiceFixture = (overrides: Partial<Practice> = {}): Practice => ({
  id: '9f1b2c3d-0000-4000-8000-000000000001',
  title: 'Samoocena CAF w 10 krokach',
  summary: 'Urząd przeprowadził samoocenę.',
  year: 2011,
  cafCriteria: [2],
  tags: ['CAF', 'samoocena CAF'],
  featured: false,
  status: 'PUBLISHED',
  publishedAt: '2024-03-01T10:00:00Z',
  fromSources: false,
  updatedAt: '2024-03-02T10:00:00Z',
  office: { id: 'office-1', name: 'Związek Powiatów Polskich', kind: 'ASSOCIATION', region: 'małopolskie' },
  body: '## Co zrobiono\n\n- krok pierwszy',
  problem: '',
  actions: '',
  results: '',
  resources: '',
  contact: null,
  createdAt: '2024-03-01T09:00:00Z',
  version: 3,
  canEdit: false,
  indicators: [],
  ...overrides,
});
