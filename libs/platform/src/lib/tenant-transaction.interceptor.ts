import { Injectable, SetMetadata, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { TenantTransactionRunner, type OpeningCheck } from '@rapor/db';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { requestContextOf } from './ctx.decorator';
import { StaleCredentialsError, type RequestContext } from './request-context';

const ROOT_TYPES = new Set(['Query', 'Mutation']);
const TENANT_TRANSACTION = Symbol('rapor:tenant-transaction');

/**
 * Marks an HTTP controller (or route) whose handler runs in one tenant transaction, like a
 * GraphQL root field. Guards (access, an upload's read) run before it takes a connection; the
 * response (a file) is sent after it commits.
 */
export const TenantTransaction = () => SetMetadata(TENANT_TRANSACTION, true);

/**
 * One tenant transaction per GraphQL root field and per HTTP route marked `@TenantTransaction()`:
 * the handler and everything it calls run inside it, with the principal's settings as its first
 * statement; a failure rolls all of it back. Field resolvers below the root go through
 * per-request loaders, which open short transactions of their own.
 */
@Injectable()
export class TenantTransactionInterceptor implements NestInterceptor {
  constructor(
    private readonly runner: TenantTransactionRunner,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (!this.opensTransaction(context)) return next.handle();
    const ctx = requestContextOf(context);
    const run = ({ principal, requestId }: RequestContext, check?: OpeningCheck) =>
      this.runner.run(principal, () => lastValueFrom(next.handle(), { defaultValue: null }), { requestId, check });
    const deferred = ctx.deferredCheck;
    if (!deferred) return from(run(ctx));
    // The credentials check travels with BEGIN and the settings; when the database disagrees
    // with the claims, nothing of this attempt is kept: authenticate again, then run once more
    // as the confirmed context (the handler's `@Ctx()` is resolved inside `next.handle()`).
    return from(
      run(ctx, deferred).catch(async (error: unknown) => {
        if (!(error instanceof StaleCredentialsError)) throw error;
        return run(await deferred.revalidate(context));
      }),
    );
  }

  private opensTransaction(context: ExecutionContext): boolean {
    const type = context.getType<string>();
    if (type === 'http') return this.reflector.getAllAndOverride<boolean>(TENANT_TRANSACTION, [context.getHandler(), context.getClass()]) === true;
    if (type !== 'graphql') return false;
    const info = GqlExecutionContext.create(context).getInfo<{ parentType: { name: string } }>();
    return ROOT_TYPES.has(info.parentType.name);
  }
}
