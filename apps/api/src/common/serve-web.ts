import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

const SERVER_PATHS = /^\/(graphql|api|health)(\/|$)/;

/** Serves the built dashboard on the API's port; unknown page paths get index.html (client-side routes). */
export function serveWeb(app: NestExpressApplication, webDist: string): void {
  app.useStaticAssets(webDist, { index: false, maxAge: '1h' });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' || SERVER_PATHS.test(request.path) || !request.accepts('html')) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(join(webDist, 'index.html'));
  });
}
