import { Injectable } from '@nestjs/common';
import { isRole, type Grant } from '@officebench/domain';
import type { EntityManager } from 'typeorm';
import type { RequestAuth } from '../../common/access/request-auth';
import { SessionRepository } from './session.repository';
import { hashToken, isTokenShaped, newToken } from './tokens';

/** A session ends after this long without a request... */
export const SESSION_IDLE_MINUTES = 30;
/** ...and this long after sign-in in any case. */
export const SESSION_ABSOLUTE_HOURS = 12;
/** last_seen_at is written at most this often, so that reading pages does not mean a write per request. */
const TOUCH_AFTER_SECONDS = 60;

/** Server-side sessions: the cookie holds a random token, the database its hash and the times. */
@Injectable()
export class SessionsService {
  constructor(private readonly sessions: SessionRepository) {}

  /** Starts a session for a user and returns the token for the cookie. */
  async start(userId: string, manager?: EntityManager): Promise<string> {
    const { token, hash } = newToken();
    await this.sessions.insert(hash, userId, SESSION_ABSOLUTE_HOURS, manager);
    return token;
  }

  /**
   * The user behind a session token, or null when the token is unknown, altered, idle too long, past its
   * 12 hours, or its user is gone or deactivated. A valid session's idle clock restarts.
   */
  async resolve(token: string): Promise<RequestAuth | null> {
    if (!isTokenShaped(token)) return null;
    const sessionHash = hashToken(token);
    const row = await this.sessions.findLive(sessionHash, TOUCH_AFTER_SECONDS, SESSION_IDLE_MINUTES);
    if (!row) return null;
    if (row.stale) await this.sessions.touch(sessionHash);
    return {
      user: { id: row.id, email: row.email, displayName: row.display_name },
      actor: {
        userId: row.id,
        grants: row.grants.flatMap((g): Grant[] =>
          isRole(g.role) ? [{ role: g.role, programmeId: g.programme_id, officeId: g.office_id }] : [],
        ),
      },
      sessionHash,
    };
  }

  async end(sessionHash: Buffer): Promise<void> {
    await this.sessions.delete(sessionHash);
  }

  /** Ends every session of a user (password changed, account deactivated). */
  async endAll(userId: string, manager?: EntityManager): Promise<void> {
    await this.sessions.deleteAllOf(userId, manager);
  }

  /** Housekeeping: sessions that can no longer be used. */
  purgeExpired(): Promise<number> {
    return this.sessions.purgeExpired(SESSION_IDLE_MINUTES);
  }
}
