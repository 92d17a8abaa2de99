import { handedIn, homePaths, shareOnTrack } from './lead-home';

describe('the lead home’s links', () => {
  const paths = homePaths('p 1');

  it('point at the pages that hold each figure, with the period or indicator chosen', () => {
    expect(paths.completeness('q/3')).toBe('/programmes/p%201/completeness?period=q%2F3');
    expect(paths.review()).toBe('/programmes/p%201/review');
    expect(paths.review('q3')).toBe('/programmes/p%201/review?period=q3');
    expect(paths.distribution('q3', 'CASE_HANDLING_DAYS')).toBe('/programmes/p%201/distribution?period=q3&indicator=CASE_HANDLING_DAYS');
    expect(paths.publish('q3')).toBe('/programmes/p%201/distribution?period=q3');
    expect(paths.targets).toBe('/programmes/p%201/targets');
    expect(paths.periodSettings).toBe('/programmes/p%201/settings/periods');
    expect(paths.about).toBe('/programmes/p%201/about');
    expect(paths.reports).toBe('/programmes/p%201/reports');
    expect(paths.practice('a b')).toBe('/praktyki/a%20b');
  });
});

describe('shareOnTrack', () => {
  it('divides the offices on track by those with data, and has no share without data', () => {
    expect(shareOnTrack({ officesOnTrack: 3, officesWithData: 12 })).toBe(0.25);
    expect(shareOnTrack({ officesOnTrack: 0, officesWithData: 0 })).toBeNull();
  });
});

describe('handedIn', () => {
  it('counts submitted and approved offices', () => {
    expect(handedIn({ submitted: 4, approved: 10 })).toBe(14);
  });
});
