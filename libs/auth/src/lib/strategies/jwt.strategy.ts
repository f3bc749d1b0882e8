import { Inject, Injectable } from '@nestjs/common';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AUTH_OPTIONS, type ResolvedAuthOptions } from '../auth.options';
import { accessClaimsOf, TOKEN_AUDIENCE, TOKEN_ISSUER } from '../credentials/access-token';

/**
 * passport-jwt: `Authorization: Bearer <jwt>`, HS256 only, with Rapor's issuer and audience,
 * not expired. It checks the token alone; the session guard then checks the account.
 */
@Injectable()
export class JwtStrategy extends Strategy {
  constructor(@Inject(AUTH_OPTIONS) options: ResolvedAuthOptions) {
    super(
      {
        jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
        secretOrKey: options.jwtKey as unknown as string,
        algorithms: ['HS256'],
        issuer: TOKEN_ISSUER,
        audience: TOKEN_AUDIENCE,
        ignoreExpiration: false,
      },
      (payload: unknown, done: (error: unknown, user?: unknown, info?: unknown) => void) => {
        const claims = accessClaimsOf(payload);
        if (claims) done(null, claims);
        else done(null, false, new Error('not a Rapor access token'));
      },
    );
  }
}
