import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { Strategy } from 'passport-local';
import { CredentialsService } from '../credentials/credentials.service';

/** The request-like object the local strategy reads: GraphQL arguments as the body. */
export interface LocalCredentialsRequest {
  body: { email: unknown; password: unknown };
  query: Record<string, never>;
  address: string;
}

/** passport-local: email and password, verified by `CredentialsService` (throttled, argon2id). */
@Injectable()
export class LocalStrategy extends Strategy {
  constructor(credentials: CredentialsService) {
    super(
      { usernameField: 'email', passwordField: 'password', passReqToCallback: true, session: false },
      (req: Request, email, password, done) => {
        const r = req as unknown as LocalCredentialsRequest;
        credentials.verify(email, password, r.address).then(
          (user) => done(null, user),
          (error: unknown) => done(error),
        );
      },
    );
  }
}
