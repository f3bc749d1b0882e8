import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, ValidationPipe, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { DbModule } from '@rapor/db';
import { TenantTransactionInterceptor } from '@rapor/platform';
import { AssessmentsModule } from '@rapor/assessments';
import { AuthModule } from '@rapor/auth';
import { FrameworksModule } from '@rapor/frameworks';
import { ImportsModule } from '@rapor/imports';
import { LeaderboardsModule } from '@rapor/leaderboards';
import { ApiKeyRateLimiter, ReportsModule } from '@rapor/reports';
import { RegionsModule } from '@rapor/regions';
import { AuditModule } from '@rapor/audit';
import { InnovationsModule } from '@rapor/innovations';
import { TargetsModule } from '@rapor/targets';
import { UnitsModule } from '@rapor/units';
import { NotificationsModule } from '@rapor/notifications';
import type { Request, Response } from 'express';
import type { AppConfig } from './config/config';
import { formatGraphQLError, validationError } from './graphql/format-error';
import { graphqlHardening, limitValidationRules } from './graphql/limits';
import { outagePlugin } from './graphql/outage';
import { boardEtagPlugin } from './graphql/board-etag';
import { describeRootTypes } from './graphql/root-types';
import { HealthController } from './health/health.controller';
import { HttpExceptionFilter } from './http-exception.filter';
import { UnsafeTextPipe } from './unsafe-text.pipe';

/** Composition root: wires the feature libraries, GraphQL and the database. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, options: { logQuery?: (sql: string) => void } = {}): DynamicModule {
    // One limiter per application: the GraphQL endpoint and the report exports share it.
    const rateLimiter = new ApiKeyRateLimiter(config.apiKeyRateLimitPerMinute);
    const hardening = graphqlHardening(config.graphqlLimits, { production: config.env === 'production', rateLimiter });
    return {
      module: AppModule,
      imports: [
        DbModule.forRoot({ url: config.databaseUrl, poolSize: config.databasePoolSize, logQuery: options.logQuery }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          transformSchema: describeRootTypes,
          introspection: config.graphqlIntrospection,
          includeStacktraceInErrorResponses: false,
          context: ({ req, res }: { req: Request; res: Response }) => ({ req, res }),
          formatError: formatGraphQLError,
          ...hardening,
          plugins: [...hardening.plugins!, outagePlugin(), boardEtagPlugin({ keptResponses: config.leaderboardCacheSize })],
          // outagePlugin sets the status of executed operations (503 when the database is down).
          preserveHttpStatusForExecutionErrors: false,
        }),
        AuthModule.forRoot({ jwtSecret: config.jwtSecret, secureCookies: config.cookieSecure }),
        RegionsModule,
        FrameworksModule,
        UnitsModule,
        TargetsModule,
        InnovationsModule,
        AuditModule,
        AssessmentsModule,
        LeaderboardsModule.forRoot({ cacheSize: config.leaderboardCacheSize }),
        ImportsModule,
        NotificationsModule.forRoot(config.notifications),
        ReportsModule.forRoot({
          documentRules: limitValidationRules(config.graphqlLimits),
          maxTokens: config.graphqlLimits.maxTokens,
          hideSuggestions: config.env === 'production',
          rateLimiter,
        }),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_PIPE, useClass: UnsafeTextPipe },
        {
          provide: APP_PIPE,
          useValue: new ValidationPipe({
            transform: true,
            whitelist: true,
            forbidUnknownValues: false,
            exceptionFactory: validationError,
          }),
        },
        { provide: APP_INTERCEPTOR, useClass: TenantTransactionInterceptor },
        { provide: APP_FILTER, useClass: HttpExceptionFilter },
      ],
    };
  }
}
