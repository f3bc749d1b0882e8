import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AppError } from '@rapor/db';
import type { RequestEnvelope } from '@rapor/platform';
import type { Request } from 'express';
import type { GraphQLResolveInfo } from 'graphql';
import type { LocalStrategy, LocalCredentialsRequest } from '../strategies/local.strategy';
import { runStrategy } from '../strategies/run-strategy';

export type RaporRequest = Request & { rapor?: RequestEnvelope };

/** The HTTP request behind a GraphQL field or an HTTP handler. */
export function httpRequestOf(context: ExecutionContext): RaporRequest {
  return context.getType<string>() === 'graphql'
    ? GqlExecutionContext.create(context).getContext<{ req: RaporRequest }>().req
    : context.switchToHttp().getRequest<RaporRequest>();
}

export function graphqlArgsOf<T>(context: ExecutionContext): Partial<T> {
  return GqlExecutionContext.create(context).getArgs<Partial<T>>();
}

/** The caller's address (behind trusted proxies, the forwarded one). */
export function clientAddress(req: Request): string {
  return req.ip ?? req.socket?.remoteAddress ?? 'unknown';
}

/** A header's single value, or null when absent or empty. */
export function headerValue(value: string | string[] | undefined): string | null {
  const v = Array.isArray(value) ? value[0] : value;
  return v === undefined || v.trim() === '' ? null : v.trim();
}

/**
 * Operations that establish who the request is (login, refreshToken) must be alone in their
 * operation: the request's principal becomes the signed-in person for that one field.
 */
export function requireSoleRootField(context: ExecutionContext): void {
  const info = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>();
  const fields = info.operation.selectionSet.selections.filter((s) => !(s.kind === 'Field' && s.name.value === '__typename'));
  if (fields.length !== 1) {
    throw new AppError('BAD_USER_INPUT', `${info.fieldName} must be the only field of its operation`, [info.fieldName]);
  }
}

/**
 * Verifies an email and password with the passport-local strategy, the GraphQL arguments
 * standing in for a form body. TOO_MANY_REQUESTS also sets the Retry-After header.
 */
export async function verifyCredentials(
  strategy: LocalStrategy,
  context: ExecutionContext,
  email: unknown,
  password: unknown,
): Promise<{ userId: string }> {
  const req = httpRequestOf(context);
  const localRequest: LocalCredentialsRequest = {
    body: { email, password },
    query: {},
    address: clientAddress(req),
  };
  try {
    const outcome = await runStrategy<{ userId: string }>(strategy, localRequest);
    if (!outcome.user) throw new AppError('UNAUTHENTICATED', 'Invalid email or password');
    return outcome.user;
  } catch (error) {
    if (error instanceof AppError && error.code === 'TOO_MANY_REQUESTS') {
      req.res?.setHeader('Retry-After', String(error.details?.['retryAfter'] ?? 60));
    }
    throw error;
  }
}
