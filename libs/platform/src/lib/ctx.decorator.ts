import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { RequestContext } from './request-context';

/** Extracts the request's context from GraphQL or HTTP handlers. */
export function requestContextOf(context: ExecutionContext): RequestContext {
  const req =
    context.getType<string>() === 'graphql'
      ? GqlExecutionContext.create(context).getContext<{ req: { rapor?: RequestContext } }>().req
      : context.switchToHttp().getRequest<{ rapor?: RequestContext }>();
  if (!req?.rapor) throw new Error('Request context missing: is the request-context middleware installed?');
  return req.rapor;
}

/** Parameter decorator: the current `RequestContext`, passed first to every service method. */
export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext) => requestContextOf(context));
