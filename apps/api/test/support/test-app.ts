import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { AppModule } from '../../src/app.module';
import { loadConfig } from '../../src/config/config';

/** The real application on a test database, with its HTTP server ready for supertest. */
export async function createTestApp(dataSource: DataSource): Promise<INestApplication> {
  const config = loadConfig({ DATABASE_URL: (dataSource.options as PostgresConnectionOptions).url });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, dataSource), { logger: false });
  await app.init();
  return app;
}
