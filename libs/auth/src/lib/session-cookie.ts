import type { Request, Response } from 'express';

/**
 * The browser variant of the refresh flow: the refresh token lives in an HttpOnly,
 * SameSite=Strict cookie limited to the GraphQL path, so page scripts never see it (the web
 * app keeps only the short-lived access token, in memory).
 */
export const SESSION_COOKIE = 'rapor_refresh';
const COOKIE_PATH = '/graphql';

/** The refresh token sent in the session cookie, or null. */
export function sessionCookieOf(req: Pick<Request, 'headers'>): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === SESSION_COOKIE) {
      const value = part.slice(eq + 1).trim();
      return value === '' ? null : decodeURIComponent(value);
    }
  }
  return null;
}

/** Sets (or, with a null token, clears) the session cookie on the response. */
export function writeSessionCookie(res: Response, token: string | null, expiresAt: Date | null, secure: boolean): void {
  res.cookie(SESSION_COOKIE, token ?? '', {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: COOKIE_PATH,
    ...(token && expiresAt ? { expires: expiresAt } : { expires: new Date(0) }),
  });
}
