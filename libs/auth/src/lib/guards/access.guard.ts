import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError } from '@rapor/db';
import { requestContextOf } from '@rapor/platform';
import { ACCESS_PERMISSION, formatScope, may, PERMISSIONS, scopeOfGrant, type Permission } from '@rapor/permissions';
import { sessionOf } from '../auth-session';

/**
 * The one permission guard (global, after authentication): every GraphQL root field and HTTP
 * route declares `@Access(permission)`, checked here against the permission table by role.
 * Checks against a target (a region, a province) happen in the services with `requireAccess`.
 * Undeclared handlers are refused. A person with a temporary password gets
 * PASSWORD_CHANGE_REQUIRED for everything but their own account and public data.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    try {
      return decideAccess(this.reflector, context);
    } catch (error) {
      // A refusal built on remembered credentials is confirmed against the database first.
      // (The context is read only here and for a permission that needs a caller: the login
      // and refresh guards, which run after this one, establish theirs.)
      const deferred = requestContextOf(context).deferredCheck;
      if (!deferred) throw error;
      await deferred.revalidate(context);
      return true;
    }
  }
}

/** May the request's principal call this root field or route: true, or the refusal. */
export function decideAccess(reflector: Reflector, context: ExecutionContext): true {
  const permission = reflector.get<Permission | undefined>(ACCESS_PERMISSION, context.getHandler());
  if (!permission) {
    throw new AppError('FORBIDDEN', `${context.getClass().name}.${context.getHandler().name} declares no permission`);
  }
  const { audience, who } = PERMISSIONS[permission];
  if (audience === 'anyone') return true;
  const ctx = requestContextOf(context);
  const session = sessionOf(ctx);
  if (!session) throw new AppError('UNAUTHENTICATED', 'Sign in first');
  if (session.kind === 'api_key') {
    if (may(ctx.principal, permission)) return true;
    throw new AppError('FORBIDDEN', 'API keys are read-only: they cannot do this');
  }
  if (audience === 'account') return true;
  if (session.mustChangePassword) {
    throw new AppError('PASSWORD_CHANGE_REQUIRED', 'Change your temporary password first (changePassword)');
  }
  if (!may(ctx.principal, permission)) {
    const acting = session.activeGrant
      ? `you act as ${ctx.principal.role} in ${formatScope(scopeOfGrant(session.activeGrant))}`
      : 'you hold no role in this scope';
    throw new AppError('FORBIDDEN', `This needs ${who}; ${acting}`);
  }
  return true;
}
