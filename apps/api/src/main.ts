import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { serveWeb } from './common/serve-web';
import { ConfigError, loadConfig } from './config/config';
import { DatabaseStartupError, openDatabase } from './database/open-database';

function describeStartupError(error: unknown, port: number): string {
  if (error instanceof ConfigError || error instanceof DatabaseStartupError) return error.message;
  const code = (error as { code?: string }).code;
  if (code === 'EADDRINUSE') return `port ${port} is already in use: stop the other program or set PORT to a free port.`;
  if (code === 'EACCES') return `no permission to listen on port ${port}: choose a port above 1023 with PORT.`;
  return (error as Error).message ?? String(error);
}

/** Like app.listen, but a failure is returned to the caller instead of being logged by Nest. */
function listen(app: NestExpressApplication, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = app.getHttpServer();
    server.once('error', reject);
    server.listen(port, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

async function bootstrap(): Promise<void> {
  let port = Number(process.env.PORT) || 3000;
  try {
    const config = loadConfig();
    port = config.port;
    const dataSource = await openDatabase(config);
    const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, dataSource), {
      logger: config.production ? ['error', 'warn'] : ['error', 'warn', 'log'],
      abortOnError: false,
    });
    if (config.webDist) serveWeb(app, config.webDist);
    await app.init();
    await listen(app, config.port);
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => void app.close().then(() => process.exit(0)));
    }
    console.log(`OfficeBench is running at http://localhost:${config.port}/`);
  } catch (error) {
    console.error(`OfficeBench could not start: ${describeStartupError(error, port)}`);
    process.exit(1);
  }
}

void bootstrap();
