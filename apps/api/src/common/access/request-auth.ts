import type { Actor } from '@officebench/domain';
import type { Request } from 'express';

/** The signed-in user of a request as the session middleware found them. */
export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
}

export interface RequestAuth {
  user: SessionUser;
  actor: Actor;
  /** SHA-256 of the session token (what logout deletes). */
  sessionHash: Buffer;
}

const AUTH = Symbol('officebench.auth');
type WithAuth = Request & { [AUTH]?: RequestAuth };

export function setRequestAuth(req: Request, auth: RequestAuth): void {
  (req as WithAuth)[AUTH] = auth;
}

/** The request's signed-in user, or null for an anonymous caller. */
export function requestAuth(req: Request): RequestAuth | null {
  return (req as WithAuth)[AUTH] ?? null;
}

/** Client address for per-IP limits (Express's req.ip honours TRUST_PROXY). */
export function clientIp(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}
