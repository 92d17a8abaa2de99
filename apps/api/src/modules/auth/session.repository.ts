import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

export interface GrantRow {
  role: string;
  programme_id: string | null;
  office_id: string | null;
}

export interface SessionRow {
  id: string;
  email: string;
  display_name: string;
  stale: boolean;
  /** The user's grants, oldest first. */
  grants: GrantRow[];
}

/** The SQL of server-side sessions: the token's hash with its times, and the grants of its user. */
@Injectable()
export class SessionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(tokenHash: Buffer, userId: string, absoluteHours: number, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(`INSERT INTO user_session (token_hash, user_id, expires_at) VALUES ($1, $2, now() + make_interval(hours => $3))`, [
      tokenHash,
      userId,
      absoluteHours,
    ]);
  }

  /**
   * The live session's user (active, within both expiries) with its grants, in one statement (every request
   * asks this first); `stale` when last_seen_at is older than `touchAfterSeconds`.
   */
  async findLive(tokenHash: Buffer, touchAfterSeconds: number, idleMinutes: number): Promise<SessionRow | null> {
    const [row]: SessionRow[] = await this.dataSource.query(
      `SELECT u.id, u.email, u.display_name, s.last_seen_at < now() - make_interval(secs => $2) AS stale,
              (SELECT coalesce(json_agg(json_build_object('role', g.role, 'programme_id', g.programme_id, 'office_id', g.office_id)
                                        ORDER BY g.created_at, g.id), '[]')
                 FROM role_grant g WHERE g.user_id = u.id) AS grants
         FROM user_session s JOIN app_user u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND u.is_active
          AND s.expires_at > now() AND s.last_seen_at > now() - make_interval(mins => $3)`,
      [tokenHash, touchAfterSeconds, idleMinutes],
    );
    return row ?? null;
  }

  async touch(tokenHash: Buffer): Promise<void> {
    await this.dataSource.query(`UPDATE user_session SET last_seen_at = now() WHERE token_hash = $1`, [tokenHash]);
  }

  async delete(tokenHash: Buffer): Promise<void> {
    await this.dataSource.query(`DELETE FROM user_session WHERE token_hash = $1`, [tokenHash]);
  }

  async deleteAllOf(userId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(`DELETE FROM user_session WHERE user_id = $1`, [userId]);
  }

  /** Sessions past their absolute expiry or idle too long; how many were deleted. */
  async purgeExpired(idleMinutes: number): Promise<number> {
    const [, count] = await this.dataSource.query(
      `DELETE FROM user_session WHERE expires_at <= now() OR last_seen_at <= now() - make_interval(mins => $1)`,
      [idleMinutes],
    );
    return count as number;
  }
}
