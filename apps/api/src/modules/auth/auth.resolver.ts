import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { Access } from '../../common/access/access.decorator';
import { clientIp, requestAuth, setRequestAuth } from '../../common/access/request-auth';
import { AppError } from '../../common/errors';
import { message } from '../../common/messages';
import { currentLanguage } from '../../common/request-context';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/app-config.token';
import { AccountsService } from './accounts.service';
import { AuthService } from './auth.service';
import { UserModel } from './models/user.model';
import { clearSessionCookie, setSessionCookie } from './session-cookie';
import { SessionsService } from './sessions.service';

/** Signing in and out, and the set-password links. */
@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly accounts: AccountsService,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => UserModel, { nullable: true, description: 'The signed-in user, or null' })
  @Access.public()
  async me(@Context('req') req: Request): Promise<UserModel | null> {
    const auth = requestAuth(req);
    return auth && (await this.signedInUser(auth.user.id));
  }

  @Mutation(() => UserModel, { description: 'Sets the httpOnly session cookie' })
  @Access.public()
  async login(
    @Args('email') email: string,
    @Args('password') password: string,
    @Context('req') req: Request,
    @Context('res') res: Response,
  ): Promise<UserModel> {
    const previous = requestAuth(req);
    const { userId, token } = await this.auth.login(email, password, clientIp(req));
    if (previous) await this.sessions.end(previous.sessionHash);
    return this.startSession(req, res, userId, token);
  }

  @Mutation(() => Boolean, { description: 'Ends the session on the server and clears the cookie' })
  @Access.public()
  async logout(@Context('req') req: Request, @Context('res') res: Response): Promise<boolean> {
    const auth = requestAuth(req);
    if (auth) await this.sessions.end(auth.sessionHash);
    clearSessionCookie(res, this.config.cookieSecure);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Sends a set-password link if the account exists; the answer is the same either way' })
  @Access.public()
  async requestPasswordReset(@Args('email') email: string, @Context('req') req: Request): Promise<boolean> {
    await this.accounts.requestPasswordReset(email, clientIp(req));
    return true;
  }

  @Mutation(() => UserModel, { description: 'Uses an invitation or reset link once and signs the user in' })
  @Access.public()
  async setPassword(
    @Args('token') token: string,
    @Args('password') password: string,
    @Context('req') req: Request,
    @Context('res') res: Response,
  ): Promise<UserModel> {
    const { userId, sessionToken } = await this.accounts.setPassword(token, password, clientIp(req));
    return this.startSession(req, res, userId, sessionToken);
  }

  /** Sets the cookie, and lets the rest of this request (e.g. the returned user's roles) run as the new user. */
  private async startSession(req: Request, res: Response, userId: string, token: string): Promise<UserModel> {
    setSessionCookie(res, token, this.config.cookieSecure);
    const auth = await this.sessions.resolve(token);
    if (auth) setRequestAuth(req, auth);
    return this.signedInUser(userId);
  }

  private async signedInUser(userId: string): Promise<UserModel> {
    const [user] = await this.accounts.findUsers([userId]);
    if (!user) throw new AppError('UNAUTHENTICATED', message('auth.accountGone', currentLanguage()));
    return user;
  }
}
