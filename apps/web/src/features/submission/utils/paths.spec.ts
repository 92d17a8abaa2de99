import { officePath, reviewListPath, reviewPath, submissionPath } from './paths';

describe('paths', () => {
  it('builds the pages of a submission, encoding the identifiers', () => {
    expect(officePath('p1', 'o 2')).toBe('/programmes/p1/offices/o%202');
    expect(submissionPath('p1', 'o2', 'q/3')).toBe('/programmes/p1/offices/o2/periods/q%2F3');
    expect(reviewPath('p1', 'o2', 'q3')).toBe('/programmes/p1/offices/o2/periods/q3/review');
    expect(reviewListPath('p1')).toBe('/programmes/p1/review');
  });
});
