import { createSecretKey, type KeyObject } from 'node:crypto';

/** Configuration of the auth module. */
export interface AuthOptions {
  /** HS256 secret of the access tokens (at least 32 characters, from JWT_SECRET). */
  jwtSecret: string;
  /** Access-token lifetime; 15 minutes by default. */
  accessTokenTtlSeconds?: number;
  /** Refresh-token lifetime, renewed at each rotation; 30 days by default. */
  refreshTokenTtlSeconds?: number;
  /** Failed sign-ins allowed per account and per client address within the window. */
  loginThrottle?: Partial<LoginThrottle>;
  /** Whether the browser's session cookie is marked `Secure` (served over HTTPS); true in production. */
  secureCookies?: boolean;
}

export interface LoginThrottle {
  /** Under a day: older failures are pruned. */
  windowSeconds: number;
  maxPerAccount: number;
  maxPerAddress: number;
}

export interface ResolvedAuthOptions {
  jwtSecret: string;
  /**
   * The secret as a KeyObject, made once: given a string, jsonwebtoken first tries it as a
   * public key on every verify (`createPublicKey`, 15% of the API's CPU on a cached board).
   */
  jwtKey: KeyObject;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  loginThrottle: LoginThrottle;
  secureCookies: boolean;
}

export const AUTH_OPTIONS = Symbol('AUTH_OPTIONS');

export const DEFAULT_LOGIN_THROTTLE: LoginThrottle = { windowSeconds: 15 * 60, maxPerAccount: 5, maxPerAddress: 20 };

export function resolveAuthOptions(options: AuthOptions): ResolvedAuthOptions {
  if (options.jwtSecret.length < 32) throw new Error('The JWT secret must have at least 32 characters');
  return {
    jwtSecret: options.jwtSecret,
    jwtKey: createSecretKey(Buffer.from(options.jwtSecret, 'utf8')),
    accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? 15 * 60,
    refreshTokenTtlSeconds: options.refreshTokenTtlSeconds ?? 30 * 24 * 3600,
    loginThrottle: { ...DEFAULT_LOGIN_THROTTLE, ...options.loginThrottle },
    secureCookies: options.secureCookies ?? false,
  };
}
