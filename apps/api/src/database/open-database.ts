import type { DataSource } from 'typeorm';
import { type AppConfig, DEFAULT_DATABASE_SETTINGS, type DatabaseSettings, describeDatabase } from '../config/config';
import { runInTurn } from './advisory-lock';
import { assertUnprivileged, derivedAppUrl, enableAppLogin } from './app-role';
import { createDataSource, type PoolBudgets } from './data-source';
import { seedDemoData } from './seed/demo-seed';

const REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused (is PostgreSQL running there?)',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name could not be resolved',
  ETIMEDOUT: 'connection timed out',
  '28P01': 'password authentication failed',
  '28000': 'this user may not connect',
  '3D000': 'the database does not exist',
};

function reasonOf(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  return (code && REASONS[code]) ?? message?.split('\n')[0] ?? String(error);
}

async function connect(url: string, poolSize: number, setting: string, budgets?: PoolBudgets): Promise<DataSource> {
  const dataSource = createDataSource(url, poolSize, budgets);
  try {
    await dataSource.initialize();
  } catch (error) {
    throw new Error(`cannot connect to PostgreSQL at ${describeDatabase(url)}: ${reasonOf(error)}. Check ${setting}.`);
  }
  return dataSource;
}

/**
 * As the tables' owner: applies pending migrations, loads the demo data when asked, and makes sure the
 * API's own role can log in. Returns the URL the API is to connect with. API processes started together
 * on one database take turns (an advisory lock): the first migrates and loads, the others then find
 * nothing left to do.
 */
export async function prepareDatabase(config: Pick<AppConfig, 'databaseUrl' | 'appDatabaseUrl' | 'demoData'>): Promise<string> {
  // Two connections: one holds the lock while the other migrates.
  const owner = await connect(config.databaseUrl, 2, 'DATABASE_URL');
  try {
    await runInTurn(owner, 'prepare-database', async () => {
      await owner.runMigrations({ transaction: 'each' });
      if (config.demoData) await seedDemoData(owner);
    });
    if (config.appDatabaseUrl) return config.appDatabaseUrl;
    const appUrl = derivedAppUrl(config.databaseUrl);
    await enableAppLogin(owner, appUrl);
    return appUrl;
  } catch (error) {
    throw new Error(`cannot prepare the database at ${describeDatabase(config.databaseUrl)}: ${reasonOf(error)}.`);
  } finally {
    await owner.destroy();
  }
}

/** The API's connection pool, as a role that row-level security applies to (checked, not assumed), with its time budgets. */
export async function connectAsApp(appUrl: string, settings: Partial<DatabaseSettings> = {}): Promise<DataSource> {
  const { poolSize, ...budgets } = { ...DEFAULT_DATABASE_SETTINGS, ...settings };
  const dataSource = await connect(appUrl, poolSize, 'APP_DATABASE_URL', budgets);
  try {
    await assertUnprivileged(dataSource);
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}

/** Migrations and demo data as the owner, then the API's pool as its own unprivileged role. */
export async function openDatabase(
  config: Pick<AppConfig, 'databaseUrl' | 'appDatabaseUrl' | 'demoData' | 'database'>,
): Promise<DataSource> {
  return connectAsApp(await prepareDatabase(config), config.database);
}
