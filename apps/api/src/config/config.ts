import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_RELEASE_GRACE_DAYS, DEFAULT_REMINDER_DAYS_BEFORE } from '@officebench/domain';
import { DEFAULT_RATE_LIMITS, type RateLimits } from '../common/rate-limit';

export interface AppConfig {
  port: number;
  /** The tables' owner: runs migrations and the demo load. */
  databaseUrl: string;
  /** The API's own role (officebench_app or a member of it), or null to derive it from databaseUrl. */
  appDatabaseUrl: string | null;
  /** Where set-password links point: the dashboard as users reach it. */
  publicUrl: string;
  /** smtp(s)://user:password@host:port to e-mail invitation and reset links, or null (server log only). */
  smtpUrl: string | null;
  mailFrom: string;
  /** Load the demo programme and its demo accounts at start (never in a production installation). */
  demoData: boolean;
  /** Folder of the built dashboard to serve on the same port, or null (API only). */
  webDist: string | null;
  production: boolean;
  /** Session cookie only over HTTPS: on in production unless COOKIE_SECURE=false (a plain-HTTP trial). */
  cookieSecure: boolean;
  /** Proxies in front of the API whose X-Forwarded-For to believe (for per-IP rate limits); 0 = none. */
  trustProxy: number;
  /** Per minute: login, reset and set-password attempts per client IP; GraphQL queries and mutations per account and per IP; survey answers per IP. */
  rateLimits: Pick<
    RateLimits,
    | 'loginPerIp'
    | 'loginPerAccount'
    | 'queriesPerAccount'
    | 'queriesPerIp'
    | 'mutationsPerAccount'
    | 'mutationsPerIp'
    | 'surveyAnswersPerIp'
  >;
  /** The API's connection pool and its time budgets. */
  database: DatabaseSettings;
  /** Days after a period's deadline when its results are released automatically. */
  releaseGraceDays: number;
  /** How often (minutes) to look for periods due for automatic release; 0 turns it off. */
  releaseSweepMinutes: number;
  /** Days before a deadline when offices that have not handed in are e-mailed a reminder; 0: none before the deadline. */
  reminderDaysBefore: number;
  /** How often (minutes) to look for offices due a scheduled reminder; 0 turns scheduled reminders off. */
  reminderSweepMinutes: number;
  /** How often (minutes) survey answers move from the ballot box to the responses (docs/surveys.md); 0 only when a round closes. */
  surveySweepMinutes: number;
}

export interface DatabaseSettings {
  /** Connections in the API's pool. */
  poolSize: number;
  /** Longest a statement of the API's may run (PostgreSQL statement_timeout); past it the request answers 503. */
  statementTimeoutMs: number;
  /** Longest a request waits for a free pool connection; past it the request answers 503. */
  poolWaitMs: number;
}

export const DEFAULT_DATABASE_SETTINGS: DatabaseSettings = { poolSize: 10, statementTimeoutMs: 10_000, poolWaitMs: 3_000 };

/** A setting is missing or wrong: the message names it and says what is expected, in one line. */
export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 3000;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port < 1 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 1 to 65535 (got "${raw}").`);
  }
  return port;
}

function parseUrl(name: string, raw: string, example: string, protocols: string[]): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is not a valid URL: expected ${example}.`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')} (got "${url.protocol}//").`);
  }
  return url;
}

const POSTGRES_EXAMPLE = 'postgres://user:password@host:port/database';

function parseDatabaseUrl(name: string, raw: string): string {
  const url = parseUrl(name, raw, POSTGRES_EXAMPLE, ['postgres:', 'postgresql:']);
  if (!url.hostname || url.pathname.length <= 1) {
    throw new ConfigError(`${name} must name a host and a database: ${POSTGRES_EXAMPLE}.`);
  }
  return raw;
}

function requireDatabaseUrl(raw: string | undefined): string {
  if (!raw) {
    throw new ConfigError('DATABASE_URL is not set: give a postgres:// URL, or start with `npm start` to use the embedded database.');
  }
  return parseDatabaseUrl('DATABASE_URL', raw);
}

function parseBoolean(name: string, raw: string | undefined): boolean {
  if (raw === undefined || raw === '') return false;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(`${name} must be true or false (got "${raw}").`);
}

function parseCount(name: string, raw: string | undefined, max: number, min = 0): number {
  if (raw === undefined || raw === '') return min;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max)
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max} (got "${raw}").`);
  return value;
}

/** A whole number setting with a default when unset. */
function countOr(name: string, raw: string | undefined, fallback: number, max: number, min = 1): number {
  return raw === undefined || raw === '' ? fallback : parseCount(name, raw, max, min);
}

function parseWebDist(raw: string | undefined): string | null {
  if (!raw) return null;
  if (!existsSync(join(raw, 'index.html'))) {
    throw new ConfigError(
      `WEB_DIST must be a folder holding the built dashboard (no index.html in "${raw}"); build it with \`npx nx run web:build\`.`,
    );
  }
  return raw;
}

/** Reads and checks every setting at once, so that a wrong one stops the process before anything starts. */
export function loadConfig(env: Env = process.env): AppConfig {
  const port = parsePort(env.PORT);
  const production = env.NODE_ENV === 'production';
  return {
    port,
    databaseUrl: requireDatabaseUrl(env.DATABASE_URL),
    appDatabaseUrl: env.APP_DATABASE_URL ? parseDatabaseUrl('APP_DATABASE_URL', env.APP_DATABASE_URL) : null,
    publicUrl: env.PUBLIC_URL
      ? parseUrl('PUBLIC_URL', env.PUBLIC_URL, 'https://officebench.example.pl', ['http:', 'https:']).origin
      : `http://localhost:${port}`,
    smtpUrl: env.SMTP_URL ? parseUrl('SMTP_URL', env.SMTP_URL, 'smtp://user:password@host:587', ['smtp:', 'smtps:']).toString() : null,
    mailFrom: env.MAIL_FROM || 'OfficeBench <no-reply@officebench.local>',
    demoData: parseBoolean('DEMO_DATA', env.DEMO_DATA),
    webDist: parseWebDist(env.WEB_DIST),
    production,
    cookieSecure: env.COOKIE_SECURE ? parseBoolean('COOKIE_SECURE', env.COOKIE_SECURE) : production,
    trustProxy: parseCount('TRUST_PROXY', env.TRUST_PROXY, 99),
    rateLimits: {
      loginPerIp: countOr('LOGIN_ATTEMPTS_PER_IP', env.LOGIN_ATTEMPTS_PER_IP, DEFAULT_RATE_LIMITS.loginPerIp, 100_000),
      loginPerAccount: countOr('LOGIN_ATTEMPTS_PER_ACCOUNT', env.LOGIN_ATTEMPTS_PER_ACCOUNT, DEFAULT_RATE_LIMITS.loginPerAccount, 100_000),
      queriesPerAccount: countOr('QUERIES_PER_ACCOUNT', env.QUERIES_PER_ACCOUNT, DEFAULT_RATE_LIMITS.queriesPerAccount, 10_000_000),
      queriesPerIp: countOr('QUERIES_PER_IP', env.QUERIES_PER_IP, DEFAULT_RATE_LIMITS.queriesPerIp, 10_000_000),
      mutationsPerAccount: countOr('MUTATIONS_PER_ACCOUNT', env.MUTATIONS_PER_ACCOUNT, DEFAULT_RATE_LIMITS.mutationsPerAccount, 10_000_000),
      mutationsPerIp: countOr('MUTATIONS_PER_IP', env.MUTATIONS_PER_IP, DEFAULT_RATE_LIMITS.mutationsPerIp, 10_000_000),
      surveyAnswersPerIp: countOr('SURVEY_ANSWERS_PER_IP', env.SURVEY_ANSWERS_PER_IP, DEFAULT_RATE_LIMITS.surveyAnswersPerIp, 10_000_000),
    },
    database: {
      poolSize: countOr('DATABASE_POOL_SIZE', env.DATABASE_POOL_SIZE, DEFAULT_DATABASE_SETTINGS.poolSize, 1_000),
      statementTimeoutMs: countOr(
        'DATABASE_STATEMENT_TIMEOUT_MS',
        env.DATABASE_STATEMENT_TIMEOUT_MS,
        DEFAULT_DATABASE_SETTINGS.statementTimeoutMs,
        3_600_000,
        100,
      ),
      poolWaitMs: countOr('DATABASE_POOL_WAIT_MS', env.DATABASE_POOL_WAIT_MS, DEFAULT_DATABASE_SETTINGS.poolWaitMs, 600_000, 10),
    },
    releaseGraceDays: env.RELEASE_GRACE_DAYS ? parseCount('RELEASE_GRACE_DAYS', env.RELEASE_GRACE_DAYS, 365) : DEFAULT_RELEASE_GRACE_DAYS,
    releaseSweepMinutes: env.RELEASE_SWEEP_MINUTES ? parseCount('RELEASE_SWEEP_MINUTES', env.RELEASE_SWEEP_MINUTES, 10_080) : 60,
    reminderDaysBefore: env.REMINDER_DAYS_BEFORE
      ? parseCount('REMINDER_DAYS_BEFORE', env.REMINDER_DAYS_BEFORE, 90)
      : DEFAULT_REMINDER_DAYS_BEFORE,
    reminderSweepMinutes: env.REMINDER_SWEEP_MINUTES ? parseCount('REMINDER_SWEEP_MINUTES', env.REMINDER_SWEEP_MINUTES, 10_080) : 60,
    surveySweepMinutes: env.SURVEY_SWEEP_MINUTES ? parseCount('SURVEY_SWEEP_MINUTES', env.SURVEY_SWEEP_MINUTES, 1_440) : 5,
  };
}

/** host:port/database of a database URL, without the password, for messages. */
export function describeDatabase(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  return `${url.hostname}:${url.port || '5432'}${url.pathname}`;
}
