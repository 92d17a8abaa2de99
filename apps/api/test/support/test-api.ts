import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { LimitOverrides } from '../../src/app.module';
import { createDataSource } from '../../src/database/data-source';
import { connectAsApp, prepareDatabase } from '../../src/database/open-database';
import { DEMO_PASSWORD } from '../../src/database/seed/demo-seed';
import { createTestApp } from './test-app';
import { createTestDatabase } from './test-database';

export interface TestApi {
  /** The tables' owner (a superuser on the test server): for setting up and inspecting, past row-level security. */
  owner: DataSource;
  /** The API's own pool, as officebench_app. */
  appDataSource: DataSource;
  app: INestApplication;
  /** POST /graphql, optionally with a session cookie; resolves to the supertest response. */
  graphql(query: string, variables?: Record<string, unknown>, cookie?: string): request.Test;
  /** Logs in and returns the Cookie header value of the new session. */
  signIn(email: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

export interface TestApiOptions extends LimitOverrides {
  demoData?: boolean;
  poolSize?: number;
  env?: Record<string, string>;
  /** Run on this existing database (left in place on close) instead of a fresh one. */
  databaseUrl?: string;
}

/** The session cookie (name=value) a response set, or throws. */
export function sessionCookieOf(response: request.Response): string {
  const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const session = cookies.find((cookie) => cookie.startsWith('officebench_session=') && !cookie.startsWith('officebench_session=;'));
  if (!session) throw new Error(`no session cookie in ${JSON.stringify(response.body)}`);
  return session.split(';')[0];
}

/**
 * A fresh database prepared as in production (migrations and optionally the demo data as the owner, the
 * API connected as officebench_app) and the real application over HTTP.
 */
export async function startTestApi(options: TestApiOptions = {}): Promise<TestApi> {
  const database = options.databaseUrl ? { url: options.databaseUrl, drop: async () => undefined } : await createTestDatabase();
  const appUrl = await prepareDatabase({ databaseUrl: database.url, appDatabaseUrl: null, demoData: options.demoData ?? true });
  const owner = createDataSource(database.url, 2);
  await owner.initialize();
  const appDataSource = await connectAsApp(appUrl, { poolSize: options.poolSize ?? 4 });
  const app = await createTestApp(appDataSource, options);
  const graphql = (query: string, variables: Record<string, unknown> = {}, cookie?: string) => {
    const post = request(app.getHttpServer()).post('/graphql');
    return (cookie ? post.set('Cookie', cookie) : post).send({ query, variables });
  };
  return {
    owner,
    appDataSource,
    app,
    graphql,
    async signIn(email, password = DEMO_PASSWORD) {
      const response = await graphql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', {
        e: email,
        p: password,
      });
      return sessionCookieOf(response);
    },
    async close() {
      await app.close();
      if (appDataSource.isInitialized) await appDataSource.destroy();
      await owner.destroy();
      await database.drop();
    },
  };
}
