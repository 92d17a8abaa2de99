import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { DataSource } from 'typeorm';
import { AppModule, type LimitOverrides } from '../../src/app.module';
import { configureHttp } from '../../src/common/configure-app';
import { type AppConfig, loadConfig } from '../../src/config/config';

/**
 * The real application on a test database, with its HTTP server ready for supertest. `dataSource` should
 * be the API role's (see connectAsApp), as in production.
 */
export async function createTestApp(
  dataSource: DataSource,
  options: LimitOverrides & { env?: Record<string, string> } = {},
): Promise<INestApplication> {
  const config: AppConfig = loadConfig({
    DATABASE_URL: 'postgres://unused@localhost/unused',
    RELEASE_SWEEP_MINUTES: '0',
    REMINDER_SWEEP_MINUTES: '0',
    ...options.env,
  });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, dataSource, options), { logger: false });
  configureHttp(app, config);
  await app.init();
  return app;
}
