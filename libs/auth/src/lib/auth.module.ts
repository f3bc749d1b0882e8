import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AccountsRepository } from './accounts.repository';
import { AccountsService } from './accounts.service';
import { ApiKeysRepository } from './api-keys.repository';
import { ApiKeysResolver } from './api-keys.resolver';
import { ApiKeysService } from './api-keys.service';
import { AUTH_OPTIONS, resolveAuthOptions, type AuthOptions } from './auth.options';
import { TOKEN_AUDIENCE, TOKEN_ISSUER } from './credentials/access-token';
import { CredentialsService } from './credentials/credentials.service';
import { AccessGuard } from './guards/access.guard';
import { AuthenticationGuard } from './guards/authentication.guard';
import { CurrentPasswordGuard, LoginGuard, RefreshTokenGuard } from './guards/session.guards';
import { SessionsRepository } from './sessions.repository';
import { SessionsResolver } from './sessions.resolver';
import { SessionsService } from './sessions.service';
import { JwtStrategy } from './strategies/jwt.strategy';
import { LocalStrategy } from './strategies/local.strategy';
import { UsersResolver } from './users.resolver';

/**
 * Accounts, memberships, sessions and API keys. Installs the global authentication guard
 * that turns each request's credentials into its principal.
 */
@Module({})
export class AuthModule {
  static forRoot(options: AuthOptions): DynamicModule {
    const resolved = resolveAuthOptions(options);
    return {
      module: AuthModule,
      imports: [
        JwtModule.register({
          // jsonwebtoken takes a KeyObject; Nest's type says string | Buffer.
          secret: resolved.jwtKey as unknown as string,
          signOptions: {
            algorithm: 'HS256',
            expiresIn: resolved.accessTokenTtlSeconds,
            issuer: TOKEN_ISSUER,
            audience: TOKEN_AUDIENCE,
          },
          verifyOptions: { algorithms: ['HS256'], issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE },
        }),
      ],
      providers: [
        { provide: AUTH_OPTIONS, useValue: resolved },
        AccountsRepository,
        SessionsRepository,
        ApiKeysRepository,
        CredentialsService,
        SessionsService,
        AccountsService,
        ApiKeysService,
        LocalStrategy,
        JwtStrategy,
        LoginGuard,
        CurrentPasswordGuard,
        RefreshTokenGuard,
        SessionsResolver,
        UsersResolver,
        ApiKeysResolver,
        // Global guards run in this order: who the caller is, then what they may reach.
        { provide: APP_GUARD, useClass: AuthenticationGuard },
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
    };
  }
}
