import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { setRequestAuth } from '../../common/access/request-auth';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/app-config.token';
import { clearSessionCookie, readSessionCookie } from './session-cookie';
import { SessionsService } from './sessions.service';

/** Finds the request's user from its session cookie; a cookie that opens nothing is cleared. */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  constructor(
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    try {
      const token = readSessionCookie(req);
      if (token !== null) {
        const auth = await this.sessions.resolve(token);
        if (auth) setRequestAuth(req, auth);
        else clearSessionCookie(res, this.config.cookieSecure);
      }
      next();
    } catch (error) {
      next(error);
    }
  }
}
