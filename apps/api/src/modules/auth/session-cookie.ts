import type { Request, Response } from 'express';
import { SESSION_ABSOLUTE_HOURS } from './sessions.service';

export const SESSION_COOKIE = 'officebench_session';

/** The session token from the Cookie header, or null. */
export function readSessionCookie(req: Request): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=');
  }
  return null;
}

/** httpOnly (no script can read it), SameSite=Lax (not sent on cross-site posts), Secure outside development. */
export function setSessionCookie(res: Response, token: string, secure: boolean): void {
  res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: SESSION_ABSOLUTE_HOURS * 3_600_000 });
}

export function clearSessionCookie(res: Response, secure: boolean): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}
