import { createHash, randomBytes } from 'node:crypto';

/** Every API key starts with this, so that a leaked key is recognisable (secret scanners). */
export const API_KEY_PREFIX = 'rpk_';

const API_KEY_SHAPE = /^rpk_[A-Za-z0-9_-]{43}$/;
const REFRESH_TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** SHA-256, enough for high-entropy secrets (no salt or slow hash needed at 256 bits). */
export function sha256(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}

/** A new API key: `rpk_` and 32 random bytes, base64url. */
export function generateApiKeySecret(): string {
  return API_KEY_PREFIX + randomBytes(32).toString('base64url');
}

export function looksLikeApiKey(value: string): boolean {
  return API_KEY_SHAPE.test(value);
}

/** What lists show of a key: enough to recognise it, useless to use it. */
export function apiKeyDisplayPrefix(secret: string): string {
  return secret.slice(0, API_KEY_PREFIX.length + 8);
}

/** A new refresh token: 32 random bytes, base64url. */
export function generateRefreshToken(): string {
  return randomBytes(32).toString('base64url');
}

export function looksLikeRefreshToken(value: string): boolean {
  return REFRESH_TOKEN_SHAPE.test(value);
}
