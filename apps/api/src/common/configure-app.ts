import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '../config/config';

/** JSON bodies above this are refused with 413 before any parsing (GraphQL requests are small). */
export const JSON_BODY_LIMIT = '100kb';

/** HTTP settings shared by the server and the tests: body size limit and which proxies to trust. */
export function configureHttp(app: NestExpressApplication, config: Pick<AppConfig, 'trustProxy'>): void {
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT });
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
}
