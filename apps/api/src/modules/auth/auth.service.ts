import { Injectable } from '@nestjs/common';
import { AppError } from '../../common/errors';
import { message } from '../../common/messages';
import { currentLanguage } from '../../common/request-context';
import { RateLimiter } from '../../common/rate-limit';
import { AccountRepository } from './account.repository';
import { hashPassword, verifyPassword } from './password-hashing';
import { SessionsService } from './sessions.service';

/** Failed logins that lock an account, and for how long. */
export const LOCKOUT_AFTER_FAILURES = 5;
export const LOCKOUT_MINUTES = 15;

/** The one answer to every failed login: it never says whether the e-mail exists or the account is locked. */
export const invalidCredentials = () => new AppError('INVALID_CREDENTIALS', message('auth.invalidCredentials', currentLanguage()));

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

@Injectable()
export class AuthService {
  /** Verified against when there is no real hash, so that a wrong e-mail costs the same time as a wrong password. */
  private readonly dummyHash = hashPassword(`dummy-${Math.random()}`);

  constructor(
    private readonly accounts: AccountRepository,
    private readonly sessions: SessionsService,
    private readonly limiter: RateLimiter,
  ) {}

  /** Checks the password and starts a session; returns the user id and the session token. */
  async login(email: string, password: string, ip: string): Promise<{ userId: string; token: string }> {
    const address = normaliseEmail(email);
    await this.limiter.hit([
      [`login:ip:${ip}`, this.limiter.limits.loginPerIp],
      [`login:account:${address}`, this.limiter.limits.loginPerAccount],
    ]);
    const user = await this.accounts.loginRow(address);
    const usable = user?.password_hash && user.is_active && !user.locked;
    const matches = await verifyPassword(usable ? (user.password_hash as string) : await this.dummyHash, password.slice(0, 1000));
    if (!usable || !matches) {
      if (user && !user.locked) await this.recordFailure(user.id);
      throw invalidCredentials();
    }
    await this.accounts.clearLoginFailures(user.id);
    await this.sessions.purgeExpired();
    return { userId: user.id, token: await this.sessions.start(user.id) };
  }

  /** One more failure; the fifth locks the account and starts the count again. Atomic under concurrency. */
  private recordFailure(userId: string): Promise<void> {
    return this.accounts.recordLoginFailure(userId, LOCKOUT_AFTER_FAILURES, LOCKOUT_MINUTES);
  }
}
