/** Stable error codes the API reports in `extensions.code`. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL_SERVER_ERROR'
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
  detail?: string;
  constraint?: string;
  column?: string;
}

/** Maps a PostgreSQL error (by SQLSTATE) to a client error, or null when it is not one. */
export function mapDatabaseError(error: unknown): AppError | null {
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
