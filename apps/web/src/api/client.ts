import type { TypedDocumentString } from '../gql/graphql';

/** A GraphQL error as the API answers it: a stable code and, for bad input, the fields. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly fields: string[] = [],
    readonly reason?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface Tokens {
  accessToken: string;
  expiresAt: number;
}

// The access token lives in memory only; the refresh token is an HttpOnly cookie that page
// scripts never see. A reload starts with no access token and asks for one with the cookie.
let tokens: Tokens | null = null;
let scope: string | null = null;
let refreshing: Promise<boolean> | null = null;
let onSignedOut: (() => void) | null = null;

export function setScope(next: string | null): void {
  scope = next;
}
export function currentScope(): string | null {
  return scope;
}
export function onSessionEnded(callback: () => void): void {
  onSignedOut = callback;
}
export function rememberTokens(accessToken: string, expiresIn: number): void {
  tokens = { accessToken, expiresAt: Date.now() + expiresIn * 1000 };
}
export function forgetTokens(): void {
  tokens = null;
}
export function accessToken(): string | null {
  return tokens?.accessToken ?? null;
}

interface RawResult<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; fields?: string[]; reason?: string } }[];
}

async function post<T>(query: string, variables: unknown, auth: boolean): Promise<RawResult<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (auth && tokens) headers['authorization'] = `Bearer ${tokens.accessToken}`;
  if (auth && scope) headers['x-rapor-scope'] = scope;
  const res = await fetch('/graphql', {
    method: 'POST',
    headers,
    credentials: 'same-origin',
    body: JSON.stringify({ query, variables }),
  });
  if (res.status >= 500 && res.headers.get('content-type')?.includes('json') !== true) {
    throw new ApiError(`Server error ${res.status}`, 'SERVICE_UNAVAILABLE');
  }
  return (await res.json()) as RawResult<T>;
}

function firstError<T>(result: RawResult<T>): ApiError | null {
  const e = result.errors?.[0];
  if (!e) return null;
  return new ApiError(e.message, e.extensions?.code ?? 'INTERNAL_SERVER_ERROR', e.extensions?.fields ?? [], e.extensions?.reason);
}

const REFRESH = `mutation Refresh { refreshToken { accessToken expiresIn scope } }`;

/** Asks for a new access token with the session cookie; false when there is no session. */
export function refreshWithCookie(): Promise<boolean> {
  refreshing ??= (async () => {
    try {
      const result = await post<{ refreshToken: { accessToken: string; expiresIn: number; scope: string | null } }>(
        REFRESH,
        {},
        false,
      );
      const payload = result.data?.refreshToken;
      if (!payload) {
        tokens = null;
        return false;
      }
      rememberTokens(payload.accessToken, payload.expiresIn);
      scope ??= payload.scope;
      return true;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

/**
 * Runs a typed document as the signed-in person in the active scope. An access token close
 * to expiry is renewed first; an expired one once more after the answer says so.
 */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TResult> {
  if (!tokens || tokens.expiresAt - Date.now() < 30_000) await refreshWithCookie();
  let result = await post<TResult>(document.toString(), variables ?? {}, true);
  let error = firstError(result);
  if (error?.code === 'UNAUTHENTICATED' && (await refreshWithCookie())) {
    result = await post<TResult>(document.toString(), variables ?? {}, true);
    error = firstError(result);
  }
  if (error) {
    if (error.code === 'UNAUTHENTICATED') {
      tokens = null;
      onSignedOut?.();
    }
    throw error;
  }
  if (!result.data) throw new ApiError('Empty answer', 'INTERNAL_SERVER_ERROR');
  return result.data;
}

/** Runs a document without the session (sign-in, sign-out). */
export async function requestAnonymous<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const result = await post<TResult>(document.toString(), variables, false);
  const error = firstError(result);
  if (error) throw error;
  if (!result.data) throw new ApiError('Empty answer', 'INTERNAL_SERVER_ERROR');
  return result.data;
}
