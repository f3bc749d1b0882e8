import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { ANONYMOUS, AppError, TenantTransactionRunner } from '@rapor/db';
import { logger } from '@rapor/platform';
import { AUTH_OPTIONS, type ResolvedAuthOptions } from '../auth.options';
import { SessionsRepository } from '../sessions.repository';
import { generatePassword, hashPassword, normalizeEmail, verifyPassword } from './passwords';

/** The one message for an unknown email, a wrong password and a disabled account. */
export const INVALID_CREDENTIALS = 'Invalid email or password';

const MAX_PASSWORD_INPUT = 1024;

/**
 * Checks an email and password (the passport-local strategy's verify step), with login
 * throttling per account and per client address. Runs before the request's transaction:
 * a failure must be recorded even though the request then fails. The attempt is counted
 * and recorded before the password is checked, in one step in the database, so parallel
 * attempts (over any number of replicas) cannot all slip under the limit.
 */
@Injectable()
export class CredentialsService implements OnModuleInit {
  // Unknown emails are verified against this, so the answer takes as long as for a real account.
  private dummyHash: Promise<string> | null = null;

  constructor(
    private readonly runner: TenantTransactionRunner,
    private readonly sessions: SessionsRepository,
    @Inject(AUTH_OPTIONS) private readonly options: ResolvedAuthOptions,
  ) {}

  onModuleInit(): void {
    this.dummyHash = hashPassword(generatePassword());
  }

  /** The account id when `password` is right; otherwise UNAUTHENTICATED or TOO_MANY_REQUESTS. */
  async verify(rawEmail: string, password: string, address: string): Promise<{ userId: string }> {
    const email = normalizeEmail(rawEmail).slice(0, 254);
    const { retryAfter, attemptId, account } = await this.runner.run(ANONYMOUS, async () => ({
      ...(await this.sessions.beginLogin(email, address, this.options.loginThrottle)),
      account: await this.sessions.loginAccount(email),
    }));
    if (retryAfter > 0 || attemptId === null) {
      logger().warn({ security: true, event: 'login_throttled', address }, 'sign-in throttled');
      throw new AppError('TOO_MANY_REQUESTS', `Too many failed sign-ins; try again in ${retryAfter} seconds`, [], { retryAfter });
    }
    // The attempt is recorded as a failure already: a crash from here on counts against the caller.
    const hash = account?.passwordHash ?? (await (this.dummyHash ??= hashPassword(generatePassword())));
    const matches = password.length <= MAX_PASSWORD_INPUT && (await verifyPassword(hash, password));
    if (!account || account.disabled || !matches) {
      logger().warn({ security: true, event: 'login_failed', address }, 'sign-in failed');
      throw new AppError('UNAUTHENTICATED', INVALID_CREDENTIALS);
    }
    await this.runner.run(ANONYMOUS, () => this.sessions.forgetLoginAttempt(attemptId));
    return { userId: account.id };
  }
}
