/** Stable error codes the API reports in `extensions.code`. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL_SERVER_ERROR'
  | 'SERVICE_UNAVAILABLE'
  | (string & {});

/**
 * An error meant for the client: a stable code, a message, and where known the offending
 * input field(s). Thrown by services; mapped to a GraphQL error in one place.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: readonly string[] = [],
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** Not found, or hidden by row-level security: the client cannot tell which. */
export function notFound(what: string, field?: string): AppError {
  return new AppError('NOT_FOUND', `${what} was not found`, field ? [field] : []);
}

interface PgErrorLike {
  code?: string;
  message?: string;
  detail?: string;
  constraint?: string;
  column?: string;
}

/** Seconds a client is asked to wait (Retry-After) when the database is unavailable. */
export const DATABASE_RETRY_AFTER_SECONDS = 2;

// SQLSTATEs of a database that is going away or not there yet: 57P01 admin_shutdown (a
// restart), 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up), 53300
// too_many_connections; class 08 is every connection exception, PgBouncer's included
// ("server login has been failing, try again later (server_login_retry)" is 08P01).
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300']);
// Socket errors of the driver, and node-postgres's and pg-pool's own messages.
const UNAVAILABLE_SOCKET = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect/,
  /^Client has encountered a connection error and is not queryable/,
  /^Connection ended unexpectedly/,
  /server_login_retry|server login has been failing/,
];

const RELEASED = new Set(['QueryRunnerProviderAlreadyReleasedError', 'QueryRunnerAlreadyReleasedError']);

/**
 * True when an error means the database cannot be reached right now (refused, reset, a
 * restart, a pool time-out, PgBouncer waiting to log in again): the request may succeed if
 * retried, so it answers SERVICE_UNAVAILABLE (HTTP 503, Retry-After) rather than a masked 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  // Wrapped by TypeORM (driverError), by a cause, or by graphql-js when a plain object was
  // thrown (NonErrorThrown's thrownValue).
  for (let e = error as (PgErrorLike & { driverError?: unknown; cause?: unknown; thrownValue?: unknown }) | undefined, depth = 0; e && depth < 4; depth++) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (UNAVAILABLE_STATES.has(code) || code.startsWith('08') || UNAVAILABLE_SOCKET.has(code)) return true;
    if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.some((m) => m.test(e!.message!))) return true;
    // TypeORM releases a transaction's connection when it breaks; the next statement meets this.
    if (RELEASED.has(String((e as { name?: string }).name))) return true;
    e = (e.driverError ?? e.cause ?? e.thrownValue) as typeof e;
  }
  return false;
}

/** The client error of an unavailable database. */
export function databaseUnavailable(): AppError {
  return new AppError('SERVICE_UNAVAILABLE', `The database is unavailable: retry in ${DATABASE_RETRY_AFTER_SECONDS} seconds`, [], {
    retryAfter: DATABASE_RETRY_AFTER_SECONDS,
  });
}

/** Maps a PostgreSQL error (by SQLSTATE) to a client error, or null when it is not one. */
export function mapDatabaseError(error: unknown): AppError | null {
  if (isDatabaseUnavailable(error)) return databaseUnavailable();
  const pg = ((error as { driverError?: PgErrorLike }).driverError ?? error) as PgErrorLike;
  switch (pg.code) {
    case '23505':
      return new AppError('CONFLICT', 'A record with the same key already exists', pg.column ? [pg.column] : [], {
        constraint: pg.constraint,
      });
    case '23503':
      return new AppError('BAD_USER_INPUT', 'A referenced record does not exist', pg.column ? [pg.column] : [], {
        constraint: pg.constraint,
      });
    case '23514':
    case '22P02':
    case '22003':
    // Defence in depth behind the GraphQL input check: NUL or text the database cannot
    // encode, a value too long for its column, a date or time out of range.
    case '22021':
    case '22P05':
    case '22001':
    case '22007':
    case '22008':
      return new AppError('BAD_USER_INPUT', 'A value is not acceptable', pg.column ? [pg.column] : [], {
        constraint: pg.constraint,
      });
    case '42501':
      return new AppError('FORBIDDEN', 'Not allowed');
    case '25006':
      // An API key's transaction is read-only in the database itself.
      return new AppError('FORBIDDEN', 'This credential is read-only');
    default:
      return null;
  }
}
