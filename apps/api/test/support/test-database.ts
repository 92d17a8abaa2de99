import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../src/database/data-source';

/** A fresh, empty database on the test server; `drop` removes it. */
export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

function serverUrl(): URL {
  const raw = process.env.DATABASE_URL;
  if (!raw) throw new Error('DATABASE_URL is not set: the jest global setup should have started a database.');
  return new URL(raw);
}

async function asAdmin(sql: string): Promise<void> {
  const admin = serverUrl();
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `officebench_test_${randomBytes(6).toString('hex')}`;
  await asAdmin(`CREATE DATABASE ${name}`);
  const url = serverUrl();
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => asAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** A fresh, empty database and a DataSource on it (initialised); `close` ends the DataSource and drops the database. */
export async function createDatabaseWithDataSource(): Promise<{ database: TestDatabase; dataSource: DataSource; close(): Promise<void> }> {
  const database = await createTestDatabase();
  const dataSource = createDataSource(database.url, 4);
  await dataSource.initialize();
  return {
    database,
    dataSource,
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await database.drop();
    },
  };
}

/** A fresh database with every migration applied, and a DataSource on it. */
export async function createMigratedDatabase(): ReturnType<typeof createDatabaseWithDataSource> {
  const opened = await createDatabaseWithDataSource();
  await opened.dataSource.runMigrations({ transaction: 'each' });
  return opened;
}

/** The tables the demo data fills. */
export const DEMO_TABLES = [
  'office',
  'programme',
  'programme_office',
  'peer_group',
  'peer_group_member',
  'app_user',
  'role_grant',
  'indicator',
  'programme_indicator',
  'period',
  'submission',
  'submission_value',
  'programme_target',
  'release_snapshot',
  'released_cell',
  'benchmark_cell',
  'survey_round',
  'survey_question_cell',
  'audit_log',
];
