import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isRole, type Grant } from '@officebench/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { RequestAuth } from '../../common/access/request-auth';
import { hashToken, isTokenShaped, newToken } from './tokens';

/** A session ends after this long without a request... */
export const SESSION_IDLE_MINUTES = 30;
/** ...and this long after sign-in in any case. */
export const SESSION_ABSOLUTE_HOURS = 12;
/** last_seen_at is written at most this often, so that reading pages does not mean a write per request. */
const TOUCH_AFTER_SECONDS = 60;

interface SessionRow {
  id: string;
  email: string;
  display_name: string;
  stale: boolean;
}

/** Server-side sessions: the cookie holds a random token, the database its hash and the times. */
@Injectable()
export class SessionsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Starts a session for a user and returns the token for the cookie. */
  async start(userId: string, manager: EntityManager = this.dataSource.manager): Promise<string> {
    const { token, hash } = newToken();
    await manager.query(
      `INSERT INTO user_session (token_hash, user_id, expires_at) VALUES ($1, $2, now() + make_interval(hours => $3))`,
      [hash, userId, SESSION_ABSOLUTE_HOURS],
    );
    return token;
  }

  /**
   * The user behind a session token, or null when the token is unknown, altered, idle too long, past its
   * 12 hours, or its user is gone or deactivated. A valid session's idle clock restarts.
   */
  async resolve(token: string): Promise<RequestAuth | null> {
    if (!isTokenShaped(token)) return null;
    const sessionHash = hashToken(token);
    const [row]: SessionRow[] = await this.dataSource.query(
      `SELECT u.id, u.email, u.display_name, s.last_seen_at < now() - make_interval(secs => $2) AS stale
         FROM user_session s JOIN app_user u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND u.is_active
          AND s.expires_at > now() AND s.last_seen_at > now() - make_interval(mins => $3)`,
      [sessionHash, TOUCH_AFTER_SECONDS, SESSION_IDLE_MINUTES],
    );
    if (!row) return null;
    if (row.stale) await this.dataSource.query(`UPDATE user_session SET last_seen_at = now() WHERE token_hash = $1`, [sessionHash]);
    const grants: Array<{ role: string; programme_id: string | null; office_id: string | null }> = await this.dataSource.query(
      `SELECT role, programme_id, office_id FROM role_grant WHERE user_id = $1 ORDER BY created_at, id`,
      [row.id],
    );
    return {
      user: { id: row.id, email: row.email, displayName: row.display_name },
      actor: {
        userId: row.id,
        grants: grants.flatMap((g): Grant[] => (isRole(g.role) ? [{ role: g.role, programmeId: g.programme_id, officeId: g.office_id }] : [])),
      },
      sessionHash,
    };
  }

  async end(sessionHash: Buffer): Promise<void> {
    await this.dataSource.query(`DELETE FROM user_session WHERE token_hash = $1`, [sessionHash]);
  }

  /** Ends every session of a user (password changed, account deactivated). */
  async endAll(userId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(`DELETE FROM user_session WHERE user_id = $1`, [userId]);
  }

  /** Housekeeping: sessions that can no longer be used. */
  async purgeExpired(): Promise<number> {
    const [, count] = await this.dataSource.query(
      `DELETE FROM user_session WHERE expires_at <= now() OR last_seen_at <= now() - make_interval(mins => $1)`,
      [SESSION_IDLE_MINUTES],
    );
    return count as number;
  }
}
