import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { AccessGuard } from './common/access/access.guard';
import { AppExceptionFilter } from './common/app-exception.filter';
import { formatGraphQLError } from './common/graphql-errors';
import { httpStatusPlugin } from './common/graphql-http-status';
import { inputChecksPlugin } from './common/graphql-input-checks';
import { DEFAULT_QUERY_LIMITS, type QueryLimits, queryLimitRules } from './common/graphql-limits';
import { MutationRateLimitGuard } from './common/mutation-rate-limit.guard';
import { SweepLock } from './common/periodic-sweep';
import { queryRateLimitPlugin } from './common/query-rate-limit';
import { DEFAULT_RATE_LIMITS, RATE_LIMITS, RateLimiter, type RateLimits } from './common/rate-limit';
import { RateLimitRepository } from './common/rate-limit.repository';
import { validationRefusal } from './common/validation-messages';
import { APP_CONFIG } from './config/app-config.token';
import type { AppConfig } from './config/config';
import { AccountsService } from './modules/auth/accounts.service';
import { AuthModule } from './modules/auth/auth.module';
import { BenchmarkModule } from './modules/benchmark/benchmark.module';
import { GoodPracticesModule } from './modules/good-practices/good-practices.module';
import { HealthModule } from './modules/health/health.module';
import { ImportsModule } from './modules/imports/imports.module';
import { LeadHomeModule } from './modules/lead-home/lead-home.module';
import { OfficeHomeModule } from './modules/office-home/office-home.module';
import { PeerGroupsModule } from './modules/peer-groups/peer-groups.module';
import { ProgrammesModule } from './modules/programmes/programmes.module';
import { ProgrammesService } from './modules/programmes/programmes.service';
import { PeriodsModule } from './modules/periods/periods.module';
import { ReleasesModule } from './modules/releases/releases.module';
import { RemindersModule } from './modules/reminders/reminders.module';
import { SubmissionsModule } from './modules/submissions/submissions.module';
import { TargetsModule } from './modules/targets/targets.module';
import { CafModule } from './modules/caf/caf.module';
import { ReportsModule } from './modules/reports/reports.module';
import { SurveysModule } from './modules/surveys/surveys.module';
import { ExportsModule } from './modules/exports/exports.module';
import { ReportJobsModule } from './modules/reports/report-jobs.module';

/** Limits a test may lower to reach them quickly. */
export interface LimitOverrides {
  rateLimits?: Partial<RateLimits>;
  queryLimits?: Partial<QueryLimits>;
}

/** Input validation errors become BAD_USER_INPUT naming the first problem and its field. */
const validationPipe = new ValidationPipe({
  whitelist: true,
  forbidUnknownValues: true,
  exceptionFactory: validationRefusal,
});

/** The application, on a DataSource already connected and migrated (see database/open-database.ts). */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, dataSource: DataSource, overrides: LimitOverrides = {}): DynamicModule {
    const queryLimits = { ...DEFAULT_QUERY_LIMITS, ...overrides.queryLimits };
    return {
      module: AppModule,
      global: true,
      imports: [
        // Timers (the automatic release, the scheduled reminders) registered with SchedulerRegistry and cleared at shutdown.
        ScheduleModule.forRoot(),
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSource.options,
          dataSourceFactory: async () => dataSource,
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [ProgrammesModule, AuthModule],
          inject: [ProgrammesService, AccountsService, RateLimiter],
          useFactory: (programmes: ProgrammesService, accounts: AccountsService, limiter: RateLimiter) => ({
            autoSchemaFile: true,
            sortSchema: true,
            // Guards (the access rules) run on resolved fields too, not only on queries and mutations.
            fieldResolverEnhancers: ['guards'],
            introspection: !config.production,
            hideSchemaDetailsFromClientErrors: config.production,
            includeStacktraceInErrorResponses: false,
            allowBatchedHttpRequests: false,
            // Operations are sent whole; a persisted-query hash is refused (PERSISTED_QUERY_NOT_SUPPORTED, 400).
            persistedQueries: false,
            playground: false,
            // The parser stops at this many tokens: no huge documents, no deep recursion on nested literals.
            parseOptions: { maxTokens: queryLimits.maxTokens },
            validationRules: queryLimitRules(queryLimits),
            formatError: formatGraphQLError,
            // The status comes from httpStatusPlugin (503 for the database away, 401, 500 for a bug), not Nest's reset to 200.
            preserveHttpStatusForExecutionErrors: false,
            plugins: [
              inputChecksPlugin(),
              queryRateLimitPlugin(limiter),
              httpStatusPlugin(),
              // No HTTP caching of answers here: the cache-control plugin would only cost a hook per resolved field.
              ApolloServerPluginCacheControlDisabled(),
            ],
            context: ({ req, res }: { req: Request; res: Response }) => ({
              req,
              res,
              loaders: { ...programmes.createLoaders(), ...accounts.createLoaders() },
            }),
          }),
        }),
        HealthModule,
        AuthModule,
        ProgrammesModule,
        SubmissionsModule,
        PeriodsModule,
        ImportsModule,
        BenchmarkModule,
        ReleasesModule,
        TargetsModule,
        PeerGroupsModule,
        GoodPracticesModule,
        RemindersModule,
        LeadHomeModule,
        OfficeHomeModule,
        CafModule,
        ReportsModule,
        SurveysModule,
        ExportsModule,
        ReportJobsModule,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: RATE_LIMITS, useValue: { ...DEFAULT_RATE_LIMITS, ...config.rateLimits, ...overrides.rateLimits } },
        RateLimitRepository,
        RateLimiter,
        SweepLock,
        { provide: APP_GUARD, useClass: AccessGuard },
        // After AccessGuard: global guards run in the order they are registered.
        { provide: APP_GUARD, useClass: MutationRateLimitGuard },
        { provide: APP_FILTER, useClass: AppExceptionFilter },
        { provide: APP_PIPE, useValue: validationPipe },
      ],
      exports: [APP_CONFIG, RateLimiter, SweepLock],
    };
  }
}
