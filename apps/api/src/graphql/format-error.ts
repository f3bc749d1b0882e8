import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException, type ValidationError } from '@nestjs/common';
import { AppError, mapDatabaseError } from '@rapor/db';
import { currentRequest, logger } from '@rapor/platform';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unsafeInputErrorOf } from './input-safety';
import { limitErrorOf, tokenLimitErrorOf } from './limits';

// Codes Apollo itself produces for malformed documents; they pass through as they are.
const APOLLO_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

// Apollo's and graphql-js's own refusals of a request that carry no code: client errors all.
const UNCODED_REQUEST_ERRORS: [RegExp, string][] = [
  [/^provided sha does not match query/, 'PERSISTED_QUERY_HASH_MISMATCH'],
  [/^Unsupported persisted query version/, 'PERSISTED_QUERY_VERSION_NOT_SUPPORTED'],
  [/^Too many errors processing variables/, 'BAD_USER_INPUT'],
];

/**
 * A GraphQL error raised about the request itself (parsing, validation, variables, persisted
 * queries), before any resolver ran: it has no path and wraps no other error. Such errors are
 * the client's by construction; anything thrown by our code has an original error or a path.
 */
function requestErrorCode(error: unknown): string | null {
  if (!(error instanceof GraphQLError) || error.originalError || error.path) return null;
  const code = error.extensions?.['code'];
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') return code;
  return UNCODED_REQUEST_ERRORS.find(([pattern]) => pattern.test(error.message))?.[1] ?? 'BAD_REQUEST';
}

// Rejections by the rate limit (graphql/limits.ts): their code, `limit` and `retryAfter` pass through.
const PASSED_THROUGH = new Set(['RATE_LIMITED']);

const HTTP_CODES: Record<number, string> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'TOO_MANY_REQUESTS',
};

/** Flattens class-validator errors into field paths ("input.rows.0.value"). */
export function validationFields(errors: readonly ValidationError[], prefix = ''): { field: string; message: string }[] {
  return errors.flatMap((e) => {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field: path, message }));
    return [...own, ...validationFields(e.children ?? [], path)];
  });
}

/** Builds the BAD_USER_INPUT error the global ValidationPipe throws. */
export function validationError(errors: readonly ValidationError[]): AppError {
  const problems = validationFields(errors);
  return new AppError(
    'BAD_USER_INPUT',
    problems.map((p) => p.message).join('; ') || 'Invalid input',
    [...new Set(problems.map((p) => p.field))],
    { problems },
  );
}

function fromAppError(formatted: GraphQLFormattedError, e: AppError): GraphQLFormattedError {
  return {
    message: e.message,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: e.code, ...(e.fields.length ? { fields: e.fields } : {}), ...(e.details ?? {}) },
  };
}

/**
 * The one place that turns errors into what clients see: stable `extensions.code`, the
 * offending fields, and for anything unexpected a masked message logged with the request id.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const limit =
    limitErrorOf(error) ??
    (formatted.extensions?.['code'] === 'GRAPHQL_PARSE_FAILED' ? tokenLimitErrorOf(formatted.message) : null);
  if (limit) return { message: limit.message, locations: formatted.locations, extensions: { ...limit.extensions } };
  if (PASSED_THROUGH.has(String(formatted.extensions?.['code'])))
    return { message: formatted.message, extensions: formatted.extensions };
  const unsafe = unsafeInputErrorOf(error);
  if (unsafe) return { message: unsafe.message, extensions: { code: 'BAD_USER_INPUT', fields: unsafe.fields } };
  const original = unwrapResolverError(error);
  if (original instanceof AppError) {
    if (original.code === 'FORBIDDEN') logger().warn({ security: true, path: formatted.path }, original.message);
    return fromAppError(formatted, original);
  }
  const mapped = mapDatabaseError(original);
  if (mapped?.code === 'SERVICE_UNAVAILABLE') logger().warn({ err: String(original), path: formatted.path }, 'database unavailable');
  if (mapped) {
    if (mapped.code === 'FORBIDDEN') {
      logger().warn({ security: true, path: formatted.path, err: String(original) }, 'row-level security check refused a write');
    }
    return fromAppError(formatted, mapped);
  }
  if (original instanceof HttpException) {
    const code = HTTP_CODES[original.getStatus()] ?? 'INTERNAL_SERVER_ERROR';
    if (code !== 'INTERNAL_SERVER_ERROR') {
      return { message: original.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
  }
  const code = formatted.extensions?.['code'];
  if (typeof code === 'string' && APOLLO_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, extensions: { code } };
  }
  const requestCode = requestErrorCode(error);
  if (requestCode) return { message: formatted.message, locations: formatted.locations, extensions: { code: requestCode } };
  const requestId = currentRequest()?.requestId;
  logger().error({ err: original, path: formatted.path }, 'unexpected error in a GraphQL operation');
  return {
    message: `Internal server error${requestId ? ` (request ${requestId})` : ''}`,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', ...(requestId ? { requestId } : {}) },
  };
}
