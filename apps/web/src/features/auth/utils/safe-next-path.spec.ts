import { loginPath, safeNextPath } from './safe-next-path';

describe('safeNextPath', () => {
  it.each(['/programmes/p1', '/programmes/p1/accounts', '/programmes/p1/offices/o2?period=x', '/accounts#invite', '/'])(
    'keeps the same-site path %p',
    (path) => {
      expect(safeNextPath(path)).toBe(path);
    },
  );

  it.each([
    [null],
    [undefined],
    [''],
    ['programmes/p1'],
    ['//evil.example/path'],
    ['///evil.example'],
    ['/\\evil.example'],
    ['/\\/evil.example'],
    ['https://evil.example/'],
    ['javascript:alert(1)'],
    [' /programmes'],
    ['/\tevil'],
    ['/\nevil'],
  ])('sends %p to the start page', (next) => {
    expect(safeNextPath(next)).toBe('/');
  });

  it('does not come back to the log-in pages themselves', () => {
    expect(safeNextPath('/login?next=/accounts')).toBe('/');
    expect(safeNextPath('/set-password#token=abc')).toBe('/');
    expect(safeNextPath('/forgot-password')).toBe('/');
  });

  it('normalises dot segments without leaving the site', () => {
    expect(safeNextPath('/a/../accounts')).toBe('/accounts');
    expect(safeNextPath('/../../accounts')).toBe('/accounts');
  });
});

describe('loginPath', () => {
  it('carries the current path and query, encoded', () => {
    expect(loginPath('/programmes/p1/accounts?tab=2')).toBe('/login?next=%2Fprogrammes%2Fp1%2Faccounts%3Ftab%3D2');
    expect(safeNextPath(new URLSearchParams(loginPath('/a?b=c&d=e').split('?')[1]).get('next'))).toBe('/a?b=c&d=e');
  });

  it('leaves out a next that would lead to the start page anyway', () => {
    expect(loginPath('/')).toBe('/login');
    expect(loginPath('/login?next=%2Faccounts')).toBe('/login');
    expect(loginPath('//evil.example')).toBe('/login');
  });
});
