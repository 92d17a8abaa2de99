import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

const SERVER_PATHS = /^\/(graphql|api|health|ankieta)(\/|$)/;

/** Vite names every file under assets/ by a hash of its content: a file there never changes, so browsers keep it a year. */
export const ASSET_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/**
 * Serves the built dashboard on the API's port; unknown page paths get index.html (client-side routes).
 * index.html, which names the current assets, is revalidated on every load (`no-cache`); the hashed
 * assets are cached for a year, and a missing one is a 404 (not index.html, which a browser would try
 * to run as a script after a new version replaced it). Answers are compressed by configureHttp.
 */
export function serveWeb(app: NestExpressApplication, webDist: string): void {
  app.useStaticAssets(join(webDist, 'assets'), {
    prefix: '/assets/',
    index: false,
    immutable: true,
    maxAge: '365d',
  });
  app.use('/assets/', (request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    response.status(404).type('text/plain').send('Not found');
  });
  app.useStaticAssets(webDist, {
    index: false,
    maxAge: '1h',
    setHeaders: (response: Response, path: string) => {
      if (path.endsWith('index.html')) response.setHeader('Cache-Control', 'no-cache');
    },
  });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' || SERVER_PATHS.test(request.path) || !request.accepts('html')) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(join(webDist, 'index.html'));
  });
}
