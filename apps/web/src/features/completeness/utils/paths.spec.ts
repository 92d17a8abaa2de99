import { cellPath } from './paths';

describe('cellPath', () => {
  it('opens the review of a handed-in submission and the submission page of the others', () => {
    expect(cellPath('p', 'o', 'q', 'SUBMITTED')).toBe('/programmes/p/offices/o/periods/q/review');
    expect(cellPath('p', 'o', 'q', 'APPROVED')).toBe('/programmes/p/offices/o/periods/q/review');
    expect(cellPath('p', 'o', 'q', 'DRAFT')).toBe('/programmes/p/offices/o/periods/q');
    expect(cellPath('p 1', 'o', 'q', null)).toBe('/programmes/p%201/offices/o/periods/q');
  });
});
