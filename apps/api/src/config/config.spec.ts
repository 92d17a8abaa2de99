import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, describeDatabase, loadConfig } from './config';

const url = 'postgres://app:secret@db.example:6543/officebench';

describe('loadConfig', () => {
  it('defaults PORT to 3000 and DEMO_DATA to off', () => {
    expect(loadConfig({ DATABASE_URL: url })).toEqual({
      port: 3000,
      databaseUrl: url,
      appDatabaseUrl: null,
      publicUrl: 'http://localhost:3000',
      smtpUrl: null,
      mailFrom: 'OfficeBench <no-reply@officebench.local>',
      demoData: false,
      webDist: null,
      production: false,
      cookieSecure: false,
      trustProxy: 0,
      rateLimits: {
        loginPerIp: 30,
        loginPerAccount: 10,
        queriesPerAccount: 600,
        queriesPerIp: 3000,
        mutationsPerAccount: 120,
        mutationsPerIp: 600,
        surveyAnswersPerIp: 30,
      },
      database: { poolSize: 10, statementTimeoutMs: 10_000, poolWaitMs: 3000 },
      releaseGraceDays: 14,
      releaseSweepMinutes: 60,
      reminderDaysBefore: 3,
      reminderSweepMinutes: 60,
      surveySweepMinutes: 5,
    });
  });

  it('reads every setting', () => {
    const web = mkdtempSync(join(tmpdir(), 'web-'));
    writeFileSync(join(web, 'index.html'), '<!doctype html>');
    const appUrl = 'postgres://officebench_app:x@db.example/officebench';
    const config = loadConfig({
      DATABASE_URL: url,
      APP_DATABASE_URL: appUrl,
      PORT: '8080',
      PUBLIC_URL: 'https://bench.example.pl/',
      SMTP_URL: 'smtp://mailer:pw@mail.example:587',
      MAIL_FROM: 'Bench <bench@example.pl>',
      DEMO_DATA: 'true',
      WEB_DIST: web,
      NODE_ENV: 'production',
      TRUST_PROXY: '1',
      LOGIN_ATTEMPTS_PER_IP: '300',
      LOGIN_ATTEMPTS_PER_ACCOUNT: '20',
      QUERIES_PER_ACCOUNT: '1000',
      QUERIES_PER_IP: '5000',
      MUTATIONS_PER_ACCOUNT: '200',
      MUTATIONS_PER_IP: '900',
      SURVEY_ANSWERS_PER_IP: '120',
      DATABASE_POOL_SIZE: '20',
      DATABASE_STATEMENT_TIMEOUT_MS: '5000',
      DATABASE_POOL_WAIT_MS: '1000',
      RELEASE_GRACE_DAYS: '0',
      RELEASE_SWEEP_MINUTES: '0',
      REMINDER_DAYS_BEFORE: '5',
      REMINDER_SWEEP_MINUTES: '0',
      SURVEY_SWEEP_MINUTES: '1',
    });
    expect(config).toEqual({
      port: 8080,
      databaseUrl: url,
      appDatabaseUrl: appUrl,
      publicUrl: 'https://bench.example.pl',
      smtpUrl: 'smtp://mailer:pw@mail.example:587',
      mailFrom: 'Bench <bench@example.pl>',
      demoData: true,
      webDist: web,
      production: true,
      cookieSecure: true,
      trustProxy: 1,
      rateLimits: {
        loginPerIp: 300,
        loginPerAccount: 20,
        queriesPerAccount: 1000,
        queriesPerIp: 5000,
        mutationsPerAccount: 200,
        mutationsPerIp: 900,
        surveyAnswersPerIp: 120,
      },
      database: { poolSize: 20, statementTimeoutMs: 5000, poolWaitMs: 1000 },
      releaseGraceDays: 0,
      releaseSweepMinutes: 0,
      reminderDaysBefore: 5,
      reminderSweepMinutes: 0,
      surveySweepMinutes: 1,
    });
    expect(loadConfig({ DATABASE_URL: url, NODE_ENV: 'production', COOKIE_SECURE: 'false' }).cookieSecure).toBe(false);
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
    [{ APP_DATABASE_URL: 'http://x/y' }, 'APP_DATABASE_URL must start with postgres://'],
    [{ PUBLIC_URL: 'ftp://x' }, 'PUBLIC_URL must start with http:// or https://'],
    [{ SMTP_URL: 'mail.example' }, 'SMTP_URL is not a valid URL'],
    [{ COOKIE_SECURE: 'maybe' }, 'COOKIE_SECURE must be true or false'],
    [{ TRUST_PROXY: 'all' }, 'TRUST_PROXY must be a whole number from 0 to 99'],
    [{ LOGIN_ATTEMPTS_PER_IP: '0' }, 'LOGIN_ATTEMPTS_PER_IP must be a whole number from 1 to 100000'],
    [{ QUERIES_PER_IP: 'lots' }, 'QUERIES_PER_IP must be a whole number from 1 to 10000000'],
    [{ DATABASE_POOL_SIZE: '0' }, 'DATABASE_POOL_SIZE must be a whole number from 1 to 1000'],
    [{ DATABASE_STATEMENT_TIMEOUT_MS: '10' }, 'DATABASE_STATEMENT_TIMEOUT_MS must be a whole number from 100 to 3600000'],
    [{ RELEASE_GRACE_DAYS: '-1' }, 'RELEASE_GRACE_DAYS must be a whole number from 0 to 365'],
    [{ RELEASE_SWEEP_MINUTES: 'hourly' }, 'RELEASE_SWEEP_MINUTES must be a whole number from 0 to 10080'],
    [{ REMINDER_DAYS_BEFORE: '91' }, 'REMINDER_DAYS_BEFORE must be a whole number from 0 to 90'],
    [{ REMINDER_SWEEP_MINUTES: '-5' }, 'REMINDER_SWEEP_MINUTES must be a whole number from 0 to 10080'],
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
