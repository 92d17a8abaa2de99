import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface AppConfig {
  port: number;
  databaseUrl: string;
  /** Load the demo programme and its demo accounts at start (never in a production installation). */
  demoData: boolean;
  /** Folder of the built dashboard to serve on the same port, or null (API only). */
  webDist: string | null;
  production: boolean;
}

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

function parseDatabaseUrl(raw: string | undefined): string {
  if (!raw) {
    throw new ConfigError('DATABASE_URL is not set: give a postgres:// URL, or start with `npm start` to use the embedded database.');
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('DATABASE_URL is not a valid URL: expected postgres://user:password@host:port/database.');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(`DATABASE_URL must start with postgres:// or postgresql:// (got "${url.protocol}//").`);
  }
  if (!url.hostname || url.pathname.length <= 1) {
    throw new ConfigError('DATABASE_URL must name a host and a database: postgres://user:password@host:port/database.');
  }
  return raw;
}

function parseBoolean(name: string, raw: string | undefined): boolean {
  if (raw === undefined || raw === '') return false;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(`${name} must be true or false (got "${raw}").`);
}

function parseWebDist(raw: string | undefined): string | null {
  if (!raw) return null;
  if (!existsSync(join(raw, 'index.html'))) {
    throw new ConfigError(`WEB_DIST must be a folder holding the built dashboard (no index.html in "${raw}"); build it with \`npx nx run web:build\`.`);
  }
  return raw;
}

/** Reads and checks every setting at once, so that a wrong one stops the process before anything starts. */
export function loadConfig(env: Env = process.env): AppConfig {
  return {
    port: parsePort(env.PORT),
    databaseUrl: parseDatabaseUrl(env.DATABASE_URL),
    demoData: parseBoolean('DEMO_DATA', env.DEMO_DATA),
    webDist: parseWebDist(env.WEB_DIST),
    production: env.NODE_ENV === 'production',
  };
}

/** host:port/database of a database URL, without the password, for messages. */
export function describeDatabase(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  return `${url.hostname}:${url.port || '5432'}${url.pathname}`;
}
