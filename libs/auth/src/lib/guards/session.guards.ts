import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { AppError } from '@rapor/db';
import { requestContextOf, requestEnvelopeOf } from '@rapor/platform';
import { Authentication, userSessionOf } from '../auth-session';
import type { LoginArgs, RefreshTokenArgs, ChangePasswordInput } from '../dto/session.args';
import { SessionsService } from '../sessions.service';
import { LocalStrategy } from '../strategies/local.strategy';
import { graphqlArgsOf, httpRequestOf, requireSoleRootField, verifyCredentials } from './execution';
import { sessionCookieOf } from '../session-cookie';

/**
 * `login`: passport-local verifies the email and password (throttled), then the request
 * acts as that person (no scope yet) for the rest of the field.
 */
@Injectable()
export class LoginGuard implements CanActivate {
  constructor(private readonly local: LocalStrategy) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    requireSoleRootField(context);
    const args = graphqlArgsOf<LoginArgs>(context);
    const { userId } = await verifyCredentials(this.local, context, args.email, args.password);
    requestEnvelopeOf(context).attach(Authentication.signedIn(userId));
    return true;
  }
}

/**
 * `changePassword`: the current password is verified like a sign-in (passport-local, with
 * the same throttling), before the request's transaction so that failures are counted.
 */
@Injectable()
export class CurrentPasswordGuard implements CanActivate {
  constructor(private readonly local: LocalStrategy) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const session = userSessionOf(requestContextOf(context));
    const input = graphqlArgsOf<{ input: ChangePasswordInput }>(context).input;
    try {
      await verifyCredentials(this.local, context, session.email, input?.currentPassword);
    } catch (error) {
      if (error instanceof AppError && error.code === 'UNAUTHENTICATED') {
        throw new AppError('BAD_USER_INPUT', 'currentPassword is not the current password', ['currentPassword']);
      }
      throw error;
    }
    return true;
  }
}

/**
 * `refreshToken`: rotates the presented token before the request's transaction, so that a
 * reused token's family stays revoked although the request fails; then the request acts as
 * the token's owner.
 */
@Injectable()
export class RefreshTokenGuard implements CanActivate {
  constructor(private readonly sessions: SessionsService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    requireSoleRootField(context);
    const argument = graphqlArgsOf<RefreshTokenArgs>(context).token;
    // Without a token argument the browser's HttpOnly session cookie carries it.
    const token = typeof argument === 'string' ? argument : (sessionCookieOf(httpRequestOf(context)) ?? '');
    const rotated = await this.sessions.rotate(token);
    requestEnvelopeOf(context).attach(Authentication.ofRotation(rotated));
    return true;
  }
}
