import type { Grant } from '@officebench/domain';
import type { EntityManager } from 'typeorm';
import type { AccountTokenPurpose } from './entities/account-token.entity';
import { newToken } from './tokens';

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
