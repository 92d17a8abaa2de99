import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, type Grant, isRole, isWellScoped, mayDeactivateUser, mayGrant, mayListUsers, mayRevokeGrant } from '@officebench/domain';
import type { DataSource } from 'typeorm';
import { groupedLoader } from '../../common/dataloaders';
import { AppError, badInput, forbidden, notFound } from '../../common/errors';
import { RateLimiter } from '../../common/rate-limit';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/app-config.token';
import { writeAudit } from '../audit/audit';
import { ACCOUNT_LINK_VALID_HOURS, ensureUserWithGrant, issueAccountToken } from './account-records';
import { normaliseEmail } from './auth.service';
import type { InviteUserInput } from './dto/invite-user.input';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './dto/password';
import { LinkMailerService } from './link-mailer.service';
import { InvitationModel, RoleGrantModel, UserModel } from './models/user.model';
import { hashPassword } from './password-hashing';
import { SessionsService } from './sessions.service';
import { hashToken, isTokenShaped } from './tokens';
import { isUuid } from '../../common/ids';


const USER_COLUMNS = `u.id, u.email, u.display_name AS "displayName", u.is_active AS "isActive", u.password_hash IS NOT NULL AS "hasPassword"`;

const invalidToken = () => new AppError('INVALID_TOKEN', 'This link is invalid, already used or expired: ask for a new one.');

/** Accounts: invitations, set-password links, deactivation and grants. */
@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mailer: LinkMailerService,
    private readonly sessions: SessionsService,
    private readonly limiter: RateLimiter,
  ) {}

  async findUsers(ids: readonly string[]): Promise<UserModel[]> {
    const rows: UserModel[] = await this.dataSource.query(`SELECT ${USER_COLUMNS} FROM app_user u WHERE u.id = ANY($1)`, [ids]);
    return rows.map((row) => Object.assign(new UserModel(), row));
  }

  /** Per-request loaders for User.roles. */
  createLoaders() {
    return { grants: groupedLoader((ids) => this.grantsOf(ids), (grant) => grant.userId, (grant) => grant as RoleGrantModel) };
  }

  async grantsOf(userIds: readonly string[]): Promise<Array<RoleGrantModel & { userId: string }>> {
    const rows: Array<RoleGrantModel & { userId: string }> = await this.dataSource.query(
      `SELECT id, user_id AS "userId", role, programme_id AS "programmeId", office_id AS "officeId"
         FROM role_grant WHERE user_id = ANY($1) ORDER BY created_at, id`,
      [userIds],
    );
    return rows.map((row) => Object.assign(new RoleGrantModel(), row));
  }

  /** The admin: everyone (or one programme's people); a lead: the people of a programme it leads. */
  async listUsers(actor: Actor, programmeId: string | null): Promise<UserModel[]> {
    if (programmeId !== null && !isUuid(programmeId)) throw notFound('Programme');
    if (!mayListUsers(actor, programmeId)) throw forbidden();
    const rows: UserModel[] = await this.dataSource.query(
      `SELECT ${USER_COLUMNS} FROM app_user u
        WHERE $1::uuid IS NULL OR EXISTS (SELECT 1 FROM role_grant g WHERE g.user_id = u.id AND g.programme_id = $1)
        ORDER BY u.display_name, u.email`,
      [programmeId],
    );
    return rows.map((row) => Object.assign(new UserModel(), row));
  }

  /**
   * Gives an account (created when missing) a grant. A new account, or one still without a password,
   * gets a single-use set-password link valid 72 hours: e-mailed when SMTP is set, printed to the server
   * log otherwise, and returned to the inviter outside production.
   */
  async invite(actor: Actor, input: InviteUserInput): Promise<InvitationModel> {
    const grant: Grant = { role: input.role, programmeId: input.programmeId ?? null, officeId: input.officeId ?? null };
    if (!isWellScoped(grant)) {
      throw badInput('A platform admin has no programme or office; a lead needs a programme; a coordinator a programme and an office.', 'role');
    }
    if (!mayGrant(actor, grant)) throw forbidden();
    const email = normaliseEmail(input.email);
    const result = await this.dataSource.transaction(async (manager) => {
      if (grant.officeId) {
        const [member] = await manager.query(`SELECT 1 FROM programme_office WHERE programme_id = $1 AND office_id = $2`, [grant.programmeId, grant.officeId]);
        if (!member) throw badInput('This office does not take part in the programme.', 'officeId');
      }
      const user = await ensureUserWithGrant(manager, email, input.displayName, grant);
      if (!user.isActive) throw badInput('This account is deactivated; only the platform admin can restore it.', 'email');
      await writeAudit(manager, { actorUserId: actor.userId, action: 'INVITE', entity: 'app_user', entityId: user.userId, newValue: { email, ...grant } });
      const link = user.hasPassword ? null : await issueAccountToken(manager, user.userId, 'INVITATION', actor.userId);
      return { user, link };
    });
    const [user] = await this.findUsers([result.user.userId]);
    const link = result.link && this.mailer.linkFor(result.link.token);
    if (link) await this.mailer.deliver('INVITATION', email, link, ACCOUNT_LINK_VALID_HOURS);
    return Object.assign(new InvitationModel(), {
      user,
      expiresAt: result.link?.expiresAt ?? null,
      link: this.config.production ? null : link,
    });
  }

  /** Always answers the same, whether or not the address has an account. */
  async requestPasswordReset(email: string, ip: string): Promise<void> {
    this.limiter.hit([[`login:ip:${ip}`, this.limiter.limits.loginPerIp]]);
    const address = normaliseEmail(email);
    const issued = await this.dataSource.transaction(async (manager) => {
      const [user]: Array<{ id: string }> = await manager.query(`SELECT id FROM app_user WHERE email = $1 AND is_active`, [address]);
      return user ? issueAccountToken(manager, user.id, 'PASSWORD_RESET', null) : null;
    });
    if (issued) {
      // Not awaited: the answer must not take longer, or fail, because the address exists.
      void this.mailer.deliver('PASSWORD_RESET', address, this.mailer.linkFor(issued.token), ACCOUNT_LINK_VALID_HOURS).catch(() => undefined);
    }
  }

  /** Uses a set-password link once: sets the password, ends every other session and starts a new one. */
  async setPassword(token: string, password: string, ip: string): Promise<{ userId: string; sessionToken: string }> {
    this.limiter.hit([[`login:ip:${ip}`, this.limiter.limits.loginPerIp]]);
    if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
      throw badInput(`The password must have ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters.`, 'password');
    }
    if (!isTokenShaped(token)) throw invalidToken();
    const passwordHash = await hashPassword(password);
    return this.dataSource.transaction(async (manager) => {
      // TypeORM answers an UPDATE with [rows, count].
      const [[link]]: [Array<{ user_id: string; purpose: string }>, number] = await manager.query(
        `UPDATE account_token t SET used_at = now()
           FROM app_user u
          WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > now() AND u.id = t.user_id AND u.is_active
          RETURNING t.user_id, t.purpose`,
        [hashToken(token)],
      );
      if (!link) throw invalidToken();
      await manager.query(`UPDATE app_user SET password_hash = $2, failed_logins = 0, locked_until = NULL WHERE id = $1`, [link.user_id, passwordHash]);
      await manager.query(`UPDATE account_token SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [link.user_id]);
      await this.sessions.endAll(link.user_id, manager);
      await writeAudit(manager, { actorUserId: link.user_id, action: `SET_PASSWORD_${link.purpose}`, entity: 'app_user', entityId: link.user_id });
      return { userId: link.user_id, sessionToken: await this.sessions.start(link.user_id, manager) };
    });
  }

  /** The admin closes an account: it can no longer sign in and its sessions end now. */
  async deactivate(actor: Actor, userId: string): Promise<UserModel> {
    if (!isUuid(userId)) throw notFound('User');
    if (!mayDeactivateUser(actor, userId)) throw forbidden();
    await this.dataSource.transaction(async (manager) => {
      const [, updated] = await manager.query(`UPDATE app_user SET is_active = false WHERE id = $1 AND is_active`, [userId]);
      if (updated === 0) {
        const [exists] = await manager.query(`SELECT 1 FROM app_user WHERE id = $1`, [userId]);
        if (!exists) throw notFound('User');
        return;
      }
      await this.sessions.endAll(userId, manager);
      await writeAudit(manager, { actorUserId: actor.userId, action: 'DEACTIVATE', entity: 'app_user', entityId: userId });
    });
    const [user] = await this.findUsers([userId]);
    return user;
  }

  /** The admin any grant but their own admin one; a lead the programme-level grants of a programme it leads. */
  async revokeGrant(actor: Actor, grantId: string): Promise<void> {
    if (!isUuid(grantId)) throw notFound('Role grant');
    await this.dataSource.transaction(async (manager) => {
      const [grant]: Array<{ user_id: string; role: string; programme_id: string | null; office_id: string | null }> = await manager.query(
        `SELECT user_id, role, programme_id, office_id FROM role_grant WHERE id = $1`,
        [grantId],
      );
      if (!grant) throw notFound('Role grant');
      if (!isRole(grant.role) || !mayRevokeGrant(actor, grant.user_id, { role: grant.role, programmeId: grant.programme_id, officeId: grant.office_id })) {
        throw forbidden();
      }
      await manager.query(`DELETE FROM role_grant WHERE id = $1`, [grantId]);
      await writeAudit(manager, { actorUserId: actor.userId, action: 'REVOKE_GRANT', entity: 'role_grant', entityId: grantId, oldValue: grant });
    });
  }
}
