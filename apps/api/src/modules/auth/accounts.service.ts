import { Inject, Injectable } from '@nestjs/common';
import {
  type Actor,
  type Grant,
  isRole,
  isWellScoped,
  mayDeactivateUser,
  mayGrant,
  mayListUsers,
  mayRevokeGrant,
  isUuid,
} from '@officebench/domain';
import { groupedLoader } from '../../common/dataloaders';
import { AppError, badInput, forbidden, notFound } from '../../common/errors';
import { message } from '../../common/messages';
import { currentLanguage } from '../../common/request-context';
import { RateLimiter } from '../../common/rate-limit';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/app-config.token';
import { auditBy, writeAudit } from '../audit/audit.repository';
import { ACCOUNT_LINK_VALID_HOURS, AccountRepository } from './account.repository';
import { normaliseEmail } from './auth.service';
import type { InviteUserInput } from './dto/invite-user.input';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './dto/password';
import { LinkMailerService } from './link-mailer.service';
import { InvitationModel, RoleGrantModel, UserModel } from './models/user.model';
import { hashPassword } from './password-hashing';
import { SessionsService } from './sessions.service';
import { hashToken, isTokenShaped } from './tokens';

const invalidToken = () => new AppError('INVALID_TOKEN', message('auth.invalidToken', currentLanguage()));

/** Accounts: invitations, set-password links, deactivation and grants. */
@Injectable()
export class AccountsService {
  constructor(
    private readonly accounts: AccountRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mailer: LinkMailerService,
    private readonly sessions: SessionsService,
    private readonly limiter: RateLimiter,
  ) {}

  async findUsers(ids: readonly string[]): Promise<UserModel[]> {
    const rows = await this.accounts.usersByIds(ids);
    return rows.map((row) => Object.assign(new UserModel(), row));
  }

  /** Per-request loaders for User.roles. */
  createLoaders() {
    return {
      grants: groupedLoader(
        (ids) => this.grantsOf(ids),
        (grant) => grant.userId,
        (grant) => grant as RoleGrantModel,
      ),
    };
  }

  async grantsOf(userIds: readonly string[]): Promise<Array<RoleGrantModel & { userId: string }>> {
    const rows = await this.accounts.grantsOfUsers(userIds);
    return rows.map((row) => Object.assign(new RoleGrantModel(), row));
  }

  /** The admin: everyone (or one programme's people); a lead: the people of a programme it leads. */
  async listUsers(actor: Actor, programmeId: string | null): Promise<UserModel[]> {
    if (programmeId !== null && !isUuid(programmeId)) throw notFound('Programme');
    if (!mayListUsers(actor, programmeId)) throw forbidden();
    const rows = await this.accounts.listUsers(programmeId);
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
      throw badInput(message('auth.grantScope', currentLanguage()), 'role');
    }
    if (!mayGrant(actor, grant)) throw forbidden();
    const email = normaliseEmail(input.email);
    const result = await this.accounts.transaction(async (manager) => {
      if (grant.officeId) {
        if (!(await this.accounts.isProgrammeOffice(manager, grant.programmeId, grant.officeId)))
          throw badInput(message('auth.officeNotInProgramme', currentLanguage()), 'officeId');
      }
      const user = await this.accounts.ensureUserWithGrant(manager, email, input.displayName, grant);
      if (!user.isActive) throw badInput(message('auth.accountDeactivated', currentLanguage()), 'email');
      await auditBy(manager, actor, 'INVITE', ['app_user', user.userId], { newValue: { email, ...grant } });
      const link = user.hasPassword ? null : await this.accounts.issueToken(manager, user.userId, 'INVITATION', actor.userId);
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
    await this.limiter.hit([[`login:ip:${ip}`, this.limiter.limits.loginPerIp]]);
    const address = normaliseEmail(email);
    const issued = await this.accounts.transaction(async (manager) => {
      const userId = await this.accounts.activeUserIdByEmail(manager, address);
      return userId ? this.accounts.issueToken(manager, userId, 'PASSWORD_RESET', null) : null;
    });
    if (issued) {
      // Not awaited: the answer must not take longer, or fail, because the address exists.
      void this.mailer
        .deliver('PASSWORD_RESET', address, this.mailer.linkFor(issued.token), ACCOUNT_LINK_VALID_HOURS)
        .catch(() => undefined);
    }
  }

  /** Uses a set-password link once: sets the password, ends every other session and starts a new one. */
  async setPassword(token: string, password: string, ip: string): Promise<{ userId: string; sessionToken: string }> {
    await this.limiter.hit([[`login:ip:${ip}`, this.limiter.limits.loginPerIp]]);
    if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
      throw badInput(
        message('auth.passwordLength', currentLanguage(), { min: String(PASSWORD_MIN_LENGTH), max: String(PASSWORD_MAX_LENGTH) }),
        'password',
      );
    }
    if (!isTokenShaped(token)) throw invalidToken();
    const passwordHash = await hashPassword(password);
    return this.accounts.transaction(async (manager) => {
      const link = await this.accounts.useToken(manager, hashToken(token));
      if (!link) throw invalidToken();
      await this.accounts.setPassword(manager, link.user_id, passwordHash);
      await this.accounts.retireTokens(manager, link.user_id);
      await this.sessions.endAll(link.user_id, manager);
      await writeAudit(manager, {
        actorUserId: link.user_id,
        action: `SET_PASSWORD_${link.purpose}`,
        entity: 'app_user',
        entityId: link.user_id,
      });
      return { userId: link.user_id, sessionToken: await this.sessions.start(link.user_id, manager) };
    });
  }

  /** The admin closes an account: it can no longer sign in and its sessions end now. */
  async deactivate(actor: Actor, userId: string): Promise<UserModel> {
    if (!isUuid(userId)) throw notFound('User');
    if (!mayDeactivateUser(actor, userId)) throw forbidden();
    await this.accounts.transaction(async (manager) => {
      if (!(await this.accounts.deactivate(manager, userId))) {
        if (!(await this.accounts.userExists(manager, userId))) throw notFound('User');
        return;
      }
      await this.sessions.endAll(userId, manager);
      await auditBy(manager, actor, 'DEACTIVATE', ['app_user', userId]);
    });
    const [user] = await this.findUsers([userId]);
    return user;
  }

  /** The admin any grant but their own admin one; a lead the programme-level grants of a programme it leads. */
  async revokeGrant(actor: Actor, grantId: string): Promise<void> {
    if (!isUuid(grantId)) throw notFound('Role grant');
    await this.accounts.transaction(async (manager) => {
      const grant = await this.accounts.grantById(manager, grantId);
      if (!grant) throw notFound('Role grant');
      if (
        !isRole(grant.role) ||
        !mayRevokeGrant(actor, grant.user_id, { role: grant.role, programmeId: grant.programme_id, officeId: grant.office_id })
      ) {
        throw forbidden();
      }
      await this.accounts.deleteGrant(manager, grantId);
      await auditBy(manager, actor, 'REVOKE_GRANT', ['role_grant', grantId], { oldValue: grant });
    });
  }
}
