import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError } from '@rapor/db';
import { requestContextOf } from '@rapor/platform';
import { sessionOf } from '../auth-session';
import { formatScope, scopeOfGrant } from '../policy/scope';
import { ACCESS_RULE, type AccessRule } from './access.metadata';

/** Checks `@Roles(...)` and `@RequireUser()` against the principal the authentication guard set. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const rule = this.reflector.get<AccessRule | undefined>(ACCESS_RULE, context.getHandler());
    if (!rule) return true;
    const ctx = requestContextOf(context);
    const session = sessionOf(ctx);
    if (!session) throw new AppError('UNAUTHENTICATED', 'Sign in first');
    if (session.kind === 'api_key') {
      if (rule.kind === 'roles' && rule.roles.includes('api_key')) return true;
      throw new AppError('FORBIDDEN', 'API keys are read-only: they cannot do this');
    }
    if (rule.kind === 'user') return true;
    if (session.mustChangePassword) {
      throw new AppError('PASSWORD_CHANGE_REQUIRED', 'Change your temporary password first (changePassword)');
    }
    const role = ctx.principal.role;
    if (!role || !rule.roles.includes(role)) {
      const acting = session.activeGrant
        ? `you act as ${role} in ${formatScope(scopeOfGrant(session.activeGrant))}`
        : 'you hold no role in this scope';
      throw new AppError('FORBIDDEN', `This needs the role ${rule.roles.join(', ')}; ${acting}`);
    }
    return true;
  }
}
