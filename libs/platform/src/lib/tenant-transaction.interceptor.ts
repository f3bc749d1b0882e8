import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { TenantTransactionRunner, type OpeningCheck } from '@rapor/db';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { requestContextOf } from './ctx.decorator';
import { StaleCredentialsError } from './request-context';

const ROOT_TYPES = new Set(['Query', 'Mutation']);

/**
 * One tenant transaction per GraphQL root field: the resolver and everything it calls
 * run inside it, with the principal's settings as its first statement. Field resolvers
 * below the root go through per-request loaders, which open short transactions of their own.
 */
@Injectable()
export class TenantTransactionInterceptor implements NestInterceptor {
  constructor(private readonly runner: TenantTransactionRunner) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const info = GqlExecutionContext.create(context).getInfo<{ parentType: { name: string } }>();
    if (!ROOT_TYPES.has(info.parentType.name)) return next.handle();
    const ctx = requestContextOf(context);
    const run = (check?: OpeningCheck) =>
      this.runner.run(ctx.principal, () => lastValueFrom(next.handle(), { defaultValue: null }), { requestId: ctx.requestId, check });
    const deferred = ctx.deferredCheck;
    if (!deferred) return from(run());
    // The credentials check travels with BEGIN and the settings; when the database disagrees
    // with the claims, nothing of this attempt is kept: authenticate again, then run once more.
    return from(
      run(deferred).catch(async (error: unknown) => {
        if (!(error instanceof StaleCredentialsError)) throw error;
        await deferred.revalidate(context);
        return run();
      }),
    );
  }
}
