import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ENTITIES } from './entities';
import { InitialSchema1763800000000 } from './migrations/1763800000000-initial-schema';
import { AccountsAndIsolation1763900000000 } from './migrations/1763900000000-accounts-and-isolation';
import { SubmissionWorkflow1764000000000 } from './migrations/1764000000000-submission-workflow';
import { Imports1764100000000 } from './migrations/1764100000000-imports';
import { Benchmark1764200000000 } from './migrations/1764200000000-benchmark';
import { ReleaseHistory1764300000000 } from './migrations/1764300000000-release-history';
import { GoodPractices1764400000000 } from './migrations/1764400000000-good-practices';
import { Reminders1764500000000 } from './migrations/1764500000000-reminders';
import { RelativeChangeTargets1764600000000 } from './migrations/1764600000000-relative-change-targets';
import { PolishRatioLabels1764700000000 } from './migrations/1764700000000-polish-ratio-labels';
import { PracticeSearchForms1764800000000 } from './migrations/1764800000000-practice-search-forms';
import { PublishedCacheEvents1765100000000 } from './migrations/1765100000000-published-cache-events';
import { ScopeOncePerStatement1765200000000 } from './migrations/1765200000000-scope-once-per-statement';
import { PublishedPracticeSearch1765300000000 } from './migrations/1765300000000-published-practice-search';
import { SharedRateLimits1765400000000 } from './migrations/1765400000000-shared-rate-limits';
import { CafSelfAssessment1765500000000 } from './migrations/1765500000000-caf-self-assessment';
import { ProgrammeReports1765600000000 } from './migrations/1765600000000-programme-reports';
import { SatisfactionSurveys1765700000000 } from './migrations/1765700000000-satisfaction-surveys';

/** Every migration, in order. A new migration is added here (and never edited once it has landed). */
export const MIGRATIONS = [
  InitialSchema1763800000000,
  AccountsAndIsolation1763900000000,
  SubmissionWorkflow1764000000000,
  Imports1764100000000,
  Benchmark1764200000000,
  ReleaseHistory1764300000000,
  GoodPractices1764400000000,
  Reminders1764500000000,
  RelativeChangeTargets1764600000000,
  PolishRatioLabels1764700000000,
  PracticeSearchForms1764800000000,
  PublishedCacheEvents1765100000000,
  ScopeOncePerStatement1765200000000,
  PublishedPracticeSearch1765300000000,
  SharedRateLimits1765400000000,
  CafSelfAssessment1765500000000,
  ProgrammeReports1765600000000,
  SatisfactionSurveys1765700000000,
];

/** Time budgets of the API's own pool (the owner's, for migrations and the demo load, has none). */
export interface PoolBudgets {
  /** PostgreSQL statement_timeout and lock_timeout of every session, in ms. */
  statementTimeoutMs: number;
  /** Longest wait for a free pool connection (or a new one to open), in ms. */
  poolWaitMs: number;
}

/** The one DataSource definition, used by the API, the tests and the TypeORM CLI. */
export function createDataSource(databaseUrl: string, poolSize = 10, budgets?: PoolBudgets): DataSource {
  return new DataSource({
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    // pg sends statement_timeout and lock_timeout as session settings when it connects; a transaction left
    // idle (a crashed request) is ended after a few statement budgets, so that its locks cannot outlive it.
    extra: budgets
      ? {
          max: poolSize,
          connectionTimeoutMillis: budgets.poolWaitMs,
          statement_timeout: budgets.statementTimeoutMs,
          lock_timeout: budgets.statementTimeoutMs,
          idle_in_transaction_session_timeout: budgets.statementTimeoutMs * 6,
        }
      : { max: poolSize, connectionTimeoutMillis: 5000 },
  });
}

/** For the TypeORM CLI: `npx typeorm -d dist/apps/api/database/data-source.js migration:show`. */
export default createDataSource(process.env.DATABASE_URL ?? 'postgres://localhost/officebench');
