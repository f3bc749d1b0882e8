import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { RequestContext, RequestEnvelope } from './request-context';

/** The request (as the middleware made it) behind a GraphQL field or an HTTP handler. */
export function requestEnvelopeOf(context: ExecutionContext): RequestEnvelope {
  const req =
    context.getType<string>() === 'graphql'
      ? GqlExecutionContext.create(context).getContext<{ req: { rapor?: RequestEnvelope } }>().req
      : context.switchToHttp().getRequest<{ rapor?: RequestEnvelope }>();
  if (!req?.rapor) throw new Error('Request context missing: is the request-context middleware installed?');
  return req.rapor;
}

/** The request's context, as its guards established it (read after them). */
export function requestContextOf(context: ExecutionContext): RequestContext {
  return requestEnvelopeOf(context).context();
}

/**
 * Parameter decorator: the current `RequestContext`, passed first to every service method.
 * Nest resolves it when the handler is called (after the guards, inside the interceptor), so a
 * handler rerun after a stale credentials check gets the confirmed context.
 */
export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext) => requestContextOf(context));
