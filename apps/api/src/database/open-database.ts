import type { DataSource } from 'typeorm';
import { type AppConfig, describeDatabase } from '../config/config';
import { createDataSource } from './data-source';
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

/**
 * Connects, applies pending migrations and (when asked) loads the demo data. A failure is one line
 * saying which server (never its password) and why.
 */
export async function openDatabase(config: Pick<AppConfig, 'databaseUrl' | 'demoData'>): Promise<DataSource> {
  const dataSource = createDataSource(config.databaseUrl);
  const where = describeDatabase(config.databaseUrl);
  try {
    await dataSource.initialize();
  } catch (error) {
    throw new Error(`cannot connect to PostgreSQL at ${where}: ${reasonOf(error)}. Check DATABASE_URL.`);
  }
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    if (config.demoData) await seedDemoData(dataSource);
  } catch (error) {
    await dataSource.destroy();
    throw new Error(`cannot prepare the database at ${where}: ${reasonOf(error)}.`);
  }
  return dataSource;
}
