import { absoluteUrl, invitationsCsv, invitationsFileName, parseInvitationCount } from './links';

describe('the survey links', () => {
  it('are full addresses on the dashboard’s origin', () => {
    expect(absoluteUrl('https://officebench.example', '/ankieta/Ab3dEf7hJk')).toBe('https://officebench.example/ankieta/Ab3dEf7hJk');
    expect(absoluteUrl('http://localhost:4200', '/ankieta/Ab3dEf7hJk?t=x-Y_z')).toBe('http://localhost:4200/ankieta/Ab3dEf7hJk?t=x-Y_z');
  });

  it('make a CSV of numbered full links with a BOM and the header asked for', () => {
    const csv = invitationsCsv(['Nr', 'Link'], ['/ankieta/C?t=one', '/ankieta/C?t=two'], 'https://ob.example');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trim().split(/\r?\n/);
    expect(lines).toEqual(['Nr;Link', '1;https://ob.example/ankieta/C?t=one', '2;https://ob.example/ankieta/C?t=two']);
  });

  it('name the CSV file after its title', () => {
    expect(invitationsFileName('Linki do ankiety pracowników 2026')).toMatch(/2026\.csv$/);
  });

  it('take a count of links from 1 to 500, whole', () => {
    expect(parseInvitationCount(' 2 ')).toEqual({ count: 2 });
    expect(parseInvitationCount('500')).toEqual({ count: 500 });
    expect(parseInvitationCount('')).toEqual({ problem: 'required' });
    expect(['0', '501', '2.5', 'dwa', '-1'].map(parseInvitationCount)).toEqual(Array(5).fill({ problem: 'range' }));
  });
});
