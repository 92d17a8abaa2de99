import { constants as zlib } from 'node:zlib';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import type { Request, Response } from 'express';
import helmet from 'helmet';
import type { AppConfig } from '../config/config';
import { requestIdMiddleware } from './request-context';

/** JSON bodies above this are refused with 413 before any parsing (GraphQL requests are small). */
export const JSON_BODY_LIMIT = '100kb';
/** A survey form's answers: at most 22 questions, open answers of 2,000 characters. */
export const URLENCODED_BODY_LIMIT = '64kb';

/**
 * The security headers of every page and answer. The dashboard is built by Vite into files: no inline
 * script or style element, so 'self' is enough (React's style props are set through the DOM, which CSP
 * allows). No page may frame it; nothing is sent as Referer (set-password links carry their token in
 * the URL fragment anyway). HSTS only where cookies are Secure, i.e. the installation is served over HTTPS.
 */
export function securityHeaders(config: Pick<AppConfig, 'cookieSecure'>) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: config.cookieSecure ? { maxAge: 31_536_000 } : false,
  });
}

/**
 * Answers compressed for clients that ask (Accept-Encoding): brotli or gzip, above 1 KB, for compressible
 * types only (JSON, JavaScript, CSS, HTML; not XLSX, which is a zip already). Brotli at quality 5: the
 * dashboard's scripts come out 6 % smaller than with gzip for about three times gzip's CPU (the package's
 * default, 4, is no smaller than gzip; 7 and above cost five times more for under 1 % less). A streamed answer (`text/event-stream`, none yet) is never
 * compressed, so that each event reaches the client when it is written.
 */
export function compressAnswers() {
  return compression({
    brotli: { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } },
    filter: (request: Request, response: Response) => {
      if (String(response.getHeader('Content-Type') ?? '').startsWith('text/event-stream')) return false;
      return compression.filter(request, response);
    },
  });
}

/** HTTP settings shared by the server and the tests: request ids, security headers, compression, body size limit, trusted proxies. */
export function configureHttp(app: NestExpressApplication, config: Pick<AppConfig, 'trustProxy' | 'cookieSecure'>): void {
  app.use(requestIdMiddleware);
  app.use(securityHeaders(config));
  app.use(compressAnswers());
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT });
  // The survey answering page's form (it works without JavaScript): small, flat fields.
  app.useBodyParser('urlencoded', { limit: URLENCODED_BODY_LIMIT, extended: false, parameterLimit: 100 });
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
}
