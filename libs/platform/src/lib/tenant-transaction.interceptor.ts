import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { TenantTransactionRunner } from '@rapor/db';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { requestContextOf } from './ctx.decorator';

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
    return from(
      this.runner.run(ctx.principal, () => lastValueFrom(next.handle(), { defaultValue: null }), { requestId: ctx.requestId }),
    );
  }
}
