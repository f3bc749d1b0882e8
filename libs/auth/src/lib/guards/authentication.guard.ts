import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError } from '@rapor/db';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ANONYMOUS_CALLER, requestEnvelopeOf, type RequestContext, type RequestEnvelope } from '@rapor/platform';
import type { GraphQLResolveInfo } from 'graphql';
import { ApiKeysService } from '../api-keys.service';
import type { AccessClaims } from '../credentials/access-token';
import { API_KEY_PREFIX } from '../credentials/secrets';
import { SessionsService } from '../sessions.service';
import { JwtStrategy } from '../strategies/jwt.strategy';
import { runStrategy } from '../strategies/run-strategy';
import { IGNORE_CREDENTIALS } from './access.decorators';
import { decideAccess } from './access.guard';
import { headerValue, httpRequestOf, type RaporRequest } from './execution';

type Credentials = { kind: 'none' } | { kind: 'api_key'; secret: string } | { kind: 'jwt' };

function credentialsOf(req: RaporRequest): Credentials {
  const authorization = headerValue(req.headers.authorization);
  const apiKey = headerValue(req.headers['x-api-key']);
  if (authorization && apiKey) throw new AppError('UNAUTHENTICATED', 'Send either Authorization or x-api-key, not both');
  if (apiKey) return { kind: 'api_key', secret: apiKey };
  if (!authorization) return { kind: 'none' };
  const bearer = /^Bearer\s+(\S+)$/i.exec(authorization);
  if (!bearer) throw new AppError('UNAUTHENTICATED', 'Authorization must be "Bearer <token>"');
  return bearer[1].startsWith(API_KEY_PREFIX) ? { kind: 'api_key', secret: bearer[1] } : { kind: 'jwt' };
}

function tokenFailure(info: unknown): AppError {
  if (info instanceof Error && info.name === 'TokenExpiredError') {
    return new AppError('UNAUTHENTICATED', 'The access token has expired; refresh it', [], { reason: 'TOKEN_EXPIRED' });
  }
  return new AppError('UNAUTHENTICATED', 'Invalid access token', [], { reason: 'TOKEN_INVALID' });
}

/** A GraphQL query (reads only): its credentials check may ride in its root fields' transactions. */
function isQuery(context: ExecutionContext): boolean {
  if (context.getType<string>() !== 'graphql') return false;
  return GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>().operation.operation === 'query';
}

/**
 * Global guard: builds the request's context from its credentials, once per request however
 * many root fields it has, before the tenant transaction opens (guards run before
 * interceptors). `Authorization: Bearer <jwt>` (passport-jwt, then the account and scope are
 * checked in the database: for a GraphQL query whose sign-in was checked before, the principal
 * is built from that remembered state and the check becomes the first statement of each root
 * field's transaction, sent with `BEGIN` and the settings), `Authorization: Bearer rpk_...` or
 * `x-api-key: rpk_...`; no credentials leave the caller anonymous (public data stays readable).
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
    private readonly apiKeys: ApiKeysService,
    private readonly jwt: JwtStrategy,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IGNORE_CREDENTIALS, [context.getHandler(), context.getClass()])) return true;
    const envelope = requestEnvelopeOf(context);
    await envelope.establish(() => this.authenticate(envelope, httpRequestOf(context), isQuery(context)));
    return true;
  }

  private async authenticate(envelope: RequestEnvelope, req: RaporRequest, deferrable: boolean): Promise<RequestContext> {
    const credentials = credentialsOf(req);
    const scope = headerValue(req.headers['x-rapor-scope']);
    switch (credentials.kind) {
      case 'none':
        if (scope !== null) throw new AppError('UNAUTHENTICATED', 'Sign in to choose a scope');
        return envelope.contextFor(ANONYMOUS_CALLER);
      case 'api_key':
        return envelope.contextFor(await this.apiKeys.authenticate(credentials.secret, scope));
      case 'jwt': {
        const outcome = await runStrategy<AccessClaims>(this.jwt, { headers: req.headers });
        if (!outcome.user) throw tokenFailure(outcome.info);
        const claims = outcome.user;
        const confirmed = async () => envelope.contextFor(await this.sessions.authenticate(claims, scope));
        const deferred = deferrable && this.sessions.authenticateDeferred(claims, scope);
        if (!deferred) return confirmed();
        // The session check becomes the first statement of each root field's transaction; when
        // it finds the remembered state stale, the confirmed context replaces this one.
        const provisional: RequestContext = envelope.contextFor(deferred.caller, {
          ...deferred.check,
          revalidate: async (context) => {
            const ctx = await envelope.confirm(provisional, confirmed);
            decideAccess(this.reflector, context);
            return ctx;
          },
        });
        return provisional;
      }
    }
  }
}
