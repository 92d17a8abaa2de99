import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Grant } from '@officebench/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { AccountTokenPurpose } from './entities/account-token.entity';
import type { RoleGrantModel, UserModel } from './models/user.model';
import { newToken } from './tokens';

/** The SQL of accounts: users, their grants, set-password links and the sign-in counters. */

/** Set-password links (invitations and resets) work for this long, once. */
export const ACCOUNT_LINK_VALID_HOURS = 72;

export interface EnsuredUser {
  userId: string;
  created: boolean;
  hasPassword: boolean;
  isActive: boolean;
}

/**
 * The account with this e-mail (created when missing) holding this grant (added when missing). Shared by
 * invitations and the `create-admin` command.
 */
export async function ensureUserWithGrant(manager: EntityManager, email: string, displayName: string, grant: Grant): Promise<EnsuredUser> {
  const inserted: Array<{ id: string }> = await manager.query(
    `INSERT INTO app_user (email, display_name) VALUES ($1, $2) ON CONFLICT (email) DO NOTHING RETURNING id`,
    [email, displayName.trim()],
  );
  const [user]: Array<{ id: string; has_password: boolean; is_active: boolean }> = await manager.query(
    `SELECT id, password_hash IS NOT NULL AS has_password, is_active FROM app_user WHERE email = $1`,
    [email],
  );
  await manager.query(
    `INSERT INTO role_grant (user_id, role, programme_id, office_id) VALUES ($1, $2, $3, $4) ON CONFLICT ON CONSTRAINT role_grant_unique DO NOTHING`,
    [user.id, grant.role, grant.programmeId, grant.officeId],
  );
  return { userId: user.id, created: inserted.length > 0, hasPassword: user.has_password, isActive: user.is_active };
}

/** A new single-use link token for a user; earlier unused links of theirs stop working. */
export async function issueAccountToken(
  manager: EntityManager,
  userId: string,
  purpose: AccountTokenPurpose,
  createdBy: string | null,
): Promise<{ token: string; expiresAt: Date }> {
  await manager.query(`UPDATE account_token SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [userId]);
  const { token, hash } = newToken();
  const [row]: Array<{ expires_at: Date }> = await manager.query(
    `INSERT INTO account_token (token_hash, user_id, purpose, created_by, expires_at)
     VALUES ($1, $2, $3, $4, now() + make_interval(hours => $5)) RETURNING expires_at`,
    [hash, userId, purpose, createdBy, ACCOUNT_LINK_VALID_HOURS],
  );
  return { token, expiresAt: row.expires_at };
}

const USER_COLUMNS = `u.id, u.email, u.display_name AS "displayName", u.is_active AS "isActive", u.password_hash IS NOT NULL AS "hasPassword"`;

export interface LoginRow {
  id: string;
  password_hash: string | null;
  is_active: boolean;
  locked: boolean;
}

export interface StoredGrant {
  user_id: string;
  role: string;
  programme_id: string | null;
  office_id: string | null;
}

@Injectable()
export class AccountRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Runs work in one transaction (no row-level security scope: these tables are not under it). */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  usersByIds(ids: readonly string[]): Promise<UserModel[]> {
    return this.dataSource.query(`SELECT ${USER_COLUMNS} FROM app_user u WHERE u.id = ANY($1)`, [ids]);
  }

  grantsOfUsers(userIds: readonly string[]): Promise<Array<RoleGrantModel & { userId: string }>> {
    return this.dataSource.query(
      `SELECT id, user_id AS "userId", role, programme_id AS "programmeId", office_id AS "officeId"
         FROM role_grant WHERE user_id = ANY($1) ORDER BY created_at, id`,
      [userIds],
    );
  }

  /** Everyone, or the people holding a grant in one programme, by name. */
  listUsers(programmeId: string | null): Promise<UserModel[]> {
    return this.dataSource.query(
      `SELECT ${USER_COLUMNS} FROM app_user u
        WHERE $1::uuid IS NULL OR EXISTS (SELECT 1 FROM role_grant g WHERE g.user_id = u.id AND g.programme_id = $1)
        ORDER BY u.display_name, u.email`,
      [programmeId],
    );
  }

  async isProgrammeOffice(manager: EntityManager, programmeId: string | null, officeId: string): Promise<boolean> {
    const [member] = await manager.query(`SELECT 1 FROM programme_office WHERE programme_id = $1 AND office_id = $2`, [
      programmeId,
      officeId,
    ]);
    return Boolean(member);
  }

  ensureUserWithGrant(manager: EntityManager, email: string, displayName: string, grant: Grant): Promise<EnsuredUser> {
    return ensureUserWithGrant(manager, email, displayName, grant);
  }

  issueToken(
    manager: EntityManager,
    userId: string,
    purpose: AccountTokenPurpose,
    createdBy: string | null,
  ): Promise<{ token: string; expiresAt: Date }> {
    return issueAccountToken(manager, userId, purpose, createdBy);
  }

  async activeUserIdByEmail(manager: EntityManager, email: string): Promise<string | null> {
    const [user]: Array<{ id: string }> = await manager.query(`SELECT id FROM app_user WHERE email = $1 AND is_active`, [email]);
    return user?.id ?? null;
  }

  /** Marks a valid, unused link of an active account used; its user and purpose, or null. */
  async useToken(manager: EntityManager, tokenHash: Buffer): Promise<{ user_id: string; purpose: string } | null> {
    // TypeORM answers an UPDATE with [rows, count].
    const [[link]]: [Array<{ user_id: string; purpose: string }>, number] = await manager.query(
      `UPDATE account_token t SET used_at = now()
         FROM app_user u
        WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > now() AND u.id = t.user_id AND u.is_active
        RETURNING t.user_id, t.purpose`,
      [tokenHash],
    );
    return link ?? null;
  }

  /** A new password, and the failure count and lock cleared. */
  async setPassword(manager: EntityManager, userId: string, passwordHash: string): Promise<void> {
    await manager.query(`UPDATE app_user SET password_hash = $2, failed_logins = 0, locked_until = NULL WHERE id = $1`, [
      userId,
      passwordHash,
    ]);
  }

  /** Every unused link of the user stops working. */
  async retireTokens(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`UPDATE account_token SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [userId]);
  }

  /** Deactivates an active account; false when there was none to deactivate. */
  async deactivate(manager: EntityManager, userId: string): Promise<boolean> {
    const [, updated] = await manager.query(`UPDATE app_user SET is_active = false WHERE id = $1 AND is_active`, [userId]);
    return updated !== 0;
  }

  async userExists(manager: EntityManager, userId: string): Promise<boolean> {
    const [exists] = await manager.query(`SELECT 1 FROM app_user WHERE id = $1`, [userId]);
    return Boolean(exists);
  }

  async grantById(manager: EntityManager, grantId: string): Promise<StoredGrant | null> {
    const [grant]: StoredGrant[] = await manager.query(`SELECT user_id, role, programme_id, office_id FROM role_grant WHERE id = $1`, [
      grantId,
    ]);
    return grant ?? null;
  }

  async deleteGrant(manager: EntityManager, grantId: string): Promise<void> {
    await manager.query(`DELETE FROM role_grant WHERE id = $1`, [grantId]);
  }

  async loginRow(email: string): Promise<LoginRow | null> {
    const [user]: LoginRow[] = await this.dataSource.query(
      `SELECT id, password_hash, is_active, coalesce(locked_until > now(), false) AS locked FROM app_user WHERE email = $1`,
      [email],
    );
    return user ?? null;
  }

  async clearLoginFailures(userId: string): Promise<void> {
    await this.dataSource.query(`UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE id = $1`, [userId]);
  }

  /** One more failure; the `lockAfter`th locks the account for `lockMinutes` and starts the count again. Atomic under concurrency. */
  async recordLoginFailure(userId: string, lockAfter: number, lockMinutes: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE app_user
          SET failed_logins = CASE WHEN failed_logins + 1 >= $2 THEN 0 ELSE failed_logins + 1 END,
              locked_until = CASE WHEN failed_logins + 1 >= $2 THEN now() + make_interval(mins => $3) ELSE locked_until END
        WHERE id = $1`,
      [userId, lockAfter, lockMinutes],
    );
  }
}
