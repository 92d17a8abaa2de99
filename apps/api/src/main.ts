import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { configureHttp } from './common/configure-app';
import { serveWeb } from './common/serve-web';
import { loadConfig } from './config/config';
import { openDatabase } from './database/open-database';

const LISTEN_FAILURES: Record<string, (port: number) => string> = {
  EADDRINUSE: (port) => `port ${port} is already in use: stop the other program or set PORT to a free port.`,
  EACCES: (port) => `no permission to listen on port ${port}: choose a port above 1023 with PORT.`,
};

/**
 * A client that sends its request slowly holds only its own connection: headers must arrive within
 * 10 s and the whole request (a 10 MB import on a slow line included) within 2 minutes, then Node answers 408.
 */
const HEADERS_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 120_000;

/** Like app.listen, but a failure comes back to the caller as one readable line instead of Nest's log. */
function listen(app: NestExpressApplication, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = app.getHttpServer();
    server.headersTimeout = HEADERS_TIMEOUT_MS;
    server.requestTimeout = REQUEST_TIMEOUT_MS;
    const fail = (error: NodeJS.ErrnoException) => reject(new Error(LISTEN_FAILURES[error.code ?? '']?.(port) ?? error.message));
    server.once('error', fail);
    server.listen(port, () => {
      server.off('error', fail);
      resolve();
    });
  });
}

async function bootstrap(): Promise<void> {
  try {
    const config = loadConfig();
    const dataSource = await openDatabase(config);
    const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, dataSource), {
      logger: config.production ? ['error', 'warn'] : ['error', 'warn', 'log'],
      abortOnError: false,
    });
    configureHttp(app, config);
    if (config.webDist) serveWeb(app, config.webDist);
    await app.init();
    await listen(app, config.port);
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => void app.close().then(() => process.exit(0)));
    }
    console.log(`OfficeBench is running at http://localhost:${config.port}/`);
  } catch (error) {
    console.error(`OfficeBench could not start: ${(error as Error).message ?? String(error)}`);
    process.exit(1);
  }
}

void bootstrap();
