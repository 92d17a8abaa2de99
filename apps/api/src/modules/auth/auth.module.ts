import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { Mailer } from '../../common/mailer';
import { AccountRepository } from './account.repository';
import { AccountsService } from './accounts.service';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LinkMailerService } from './link-mailer.service';
import { SessionRepository } from './session.repository';
import { SessionMiddleware } from './session.middleware';
import { SessionsService } from './sessions.service';
import { RoleGrantResolver } from './role-grant.resolver';
import { UsersResolver } from './users.resolver';

@Module({
  providers: [
    AccountRepository,
    SessionRepository,
    SessionsService,
    AuthService,
    AccountsService,
    Mailer,
    LinkMailerService,
    AuthResolver,
    UsersResolver,
    RoleGrantResolver,
  ],
  exports: [AccountsService],
})
export class AuthModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SessionMiddleware).forRoutes('*path');
  }
}
