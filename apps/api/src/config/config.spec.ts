import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, describeDatabase, loadConfig } from './config';

const url = 'postgres://app:secret@db.example:6543/officebench';

describe('loadConfig', () => {
  it('defaults PORT to 3000 and DEMO_DATA to off', () => {
    expect(loadConfig({ DATABASE_URL: url })).toEqual({ port: 3000, databaseUrl: url, demoData: false, webDist: null, production: false });
  });

  it('reads every setting', () => {
    const web = mkdtempSync(join(tmpdir(), 'web-'));
    writeFileSync(join(web, 'index.html'), '<!doctype html>');
    const config = loadConfig({ DATABASE_URL: url, PORT: '8080', DEMO_DATA: 'true', WEB_DIST: web, NODE_ENV: 'production' });
    expect(config).toEqual({ port: 8080, databaseUrl: url, demoData: true, webDist: web, production: true });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be a whole number from 1 to 65535 (got "abc").'],
    [{ PORT: '70000' }, 'PORT must be a whole number'],
    [{ PORT: '-1' }, 'PORT must be a whole number'],
    [{ DATABASE_URL: '' }, 'DATABASE_URL is not set'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL is not a valid URL'],
    [{ DATABASE_URL: 'mysql://u:p@h/db' }, 'DATABASE_URL must start with postgres://'],
    [{ DATABASE_URL: 'postgres://u:p@host' }, 'DATABASE_URL must name a host and a database'],
    [{ DEMO_DATA: 'yes' }, 'DEMO_DATA must be true or false (got "yes").'],
    [{ WEB_DIST: '/nonexistent/web' }, 'WEB_DIST must be a folder holding the built dashboard'],
  ])('refuses %j with a message naming the setting', (override, message) => {
    const load = () => loadConfig({ DATABASE_URL: url, ...override });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(message);
  });

  it('never repeats the database password in a message', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://u:hunter2@h/db' })).not.toThrow(/hunter2/);
    expect(describeDatabase(url)).toBe('db.example:6543/officebench');
  });
});
