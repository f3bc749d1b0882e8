import 'reflect-metadata';
import { Controller, Get } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { ANONYMOUS, type OpeningCheck, type Principal, type TenantTransactionRunner } from '@rapor/db';
import { defer, lastValueFrom, of } from 'rxjs';
import { requestContextOf } from './ctx.decorator';
import { RequestContext, RequestEnvelope, StaleCredentialsError, type Caller } from './request-context';
import { defineLoader } from './request-loaders';
import { TenantTransaction, TenantTransactionInterceptor } from './tenant-transaction.interceptor';

const reviewer: Principal = { userId: 'u-1', role: 'reviewer', provinceId: '35', regionId: null };
const viewer: Principal = { userId: 'u-1', role: 'region_viewer', provinceId: '35', regionId: '35.78' };
const callerOf = (principal: Principal): Caller => ({ principal, authentication: { of: principal.role } });

describe('the request context', () => {
  it('is complete when built and cannot be changed afterwards', () => {
    const ctx = new RequestContext('req-frozen', reviewer, { authentication: { session: 's' } });
    expect(Object.isFrozen(ctx)).toBe(true);
    expect(() => {
      // @ts-expect-error the principal is readonly
      ctx.principal = ANONYMOUS;
    }).toThrow(TypeError);
    expect(() => {
      // @ts-expect-error so is the authentication
      ctx.authentication = null;
    }).toThrow(TypeError);
    expect(() => Object.assign(ctx, { deferredCheck: null })).toThrow(TypeError);
    expect(ctx.principal).toBe(reviewer);
    expect(ctx.authentication).toEqual({ session: 's' });
  });

  it('makes each typed loader once per context, keyed by the key object', () => {
    const made: string[] = [];
    const byRegion = defineLoader((ctx) => {
      made.push(ctx.requestId);
      return new Map<string, number>();
    });
    const sameShape = defineLoader(() => new Map<string, number>());
    const a = new RequestContext('req-a', reviewer);
    const b = new RequestContext('req-b', reviewer);
    expect(a.loaders.get(byRegion)).toBe(a.loaders.get(byRegion));
    expect(a.loaders.get(sameShape)).not.toBe(a.loaders.get(byRegion));
    expect(b.loaders.get(byRegion)).not.toBe(a.loaders.get(byRegion));
    expect(made).toEqual(['req-a', 'req-b']);
  });

  it('keeps the notes of a request across its contexts', () => {
    const envelope = new RequestEnvelope('req-notes');
    const first = envelope.contextFor(callerOf(reviewer));
    first.noteDemoData(['SAKIP 2024, province 35']);
    first.noteVersion('leaderboard:7');
    const second = envelope.contextFor(callerOf(viewer));
    expect([...second.demoData]).toEqual(['SAKIP 2024, province 35']);
    expect(second.versions).toEqual(['leaderboard:7']);
    expect(new RequestContext('req-other').versions).toEqual([]);
  });
});

describe('the request envelope', () => {
  it('establishes the context once for every root field, and refuses a second one', async () => {
    const envelope = new RequestEnvelope('req-once');
    let builds = 0;
    const build = async () => (builds++, envelope.contextFor(callerOf(reviewer)));
    const [a, b] = await Promise.all([envelope.establish(build), envelope.establish(build)]);
    expect(builds).toBe(1);
    expect(a).toBe(b);
    expect(envelope.context()).toBe(a);
    expect(() => envelope.attach(callerOf(viewer))).toThrow(/has its context already/);
  });

  it('leaves a request no guard authenticated anonymous, until a guard of a later root field authenticates it', async () => {
    const envelope = new RequestEnvelope('req-anonymous');
    const ctx = envelope.context();
    expect(ctx.principal).toBe(ANONYMOUS);
    expect(ctx.authentication).toBeNull();
    expect(envelope.context()).toBe(ctx);
    const signedIn = await envelope.establish(async () => envelope.contextFor(callerOf(reviewer)));
    expect(envelope.context()).toBe(signedIn);
    expect(ctx.principal).toBe(ANONYMOUS);
  });

  it('confirms only a provisional context, once, and a refusal stays the answer', async () => {
    const envelope = new RequestEnvelope('req-confirm');
    const settled = envelope.attach(callerOf(reviewer));
    expect(() => envelope.confirm(settled, async () => settled)).toThrow(/provisional/);

    const refused = new RequestEnvelope('req-refused');
    const check = { sql: 'select 1', params: [], verify: () => undefined, revalidate: () => Promise.reject(new Error('unused')) };
    const provisional = refused.contextFor(callerOf(reviewer), check);
    await refused.establish(async () => provisional);
    let builds = 0;
    const build = async (): Promise<RequestContext> => {
      builds++;
      throw new Error('session ended');
    };
    await expect(Promise.all([refused.confirm(provisional, build), refused.confirm(provisional, build)])).rejects.toThrow('session ended');
    await expect(refused.confirm(provisional, build)).rejects.toThrow('session ended');
    expect(builds).toBe(1);
    expect(refused.context()).toBe(provisional);
  });
});

@Controller()
class BoardController {
  @Get()
  @TenantTransaction()
  board(): void {}
}

describe('a root field whose deferred credentials check is stale', () => {
  it('is served again under the confirmed context, and the provisional one stays as it was', async () => {
    const envelope = new RequestEnvelope('req-stale');
    const check: OpeningCheck = {
      sql: 'select 1',
      params: [],
      verify: () => {
        throw new StaleCredentialsError();
      },
    };
    const provisional: RequestContext = envelope.contextFor(callerOf(reviewer), {
      ...check,
      revalidate: () => envelope.confirm(provisional, async () => envelope.contextFor(callerOf(viewer))),
    });
    await envelope.establish(async () => provisional);

    // The runner sends the opening check before the work, as the tenant transaction does.
    const runs: { principal: Principal; checked: boolean }[] = [];
    const runner = {
      run: async (principal: Principal, work: () => Promise<unknown>, options: { check?: OpeningCheck }) => {
        runs.push({ principal, checked: !!options.check });
        options.check?.verify([]);
        return work();
      },
    } as unknown as TenantTransactionRunner;
    const interceptor = new TenantTransactionInterceptor(runner, new Reflector());
    const context = new ExecutionContextHost([{ rapor: envelope }, {}], BoardController, BoardController.prototype.board);
    // The handler reads its context as `@Ctx()` does, when Nest calls it.
    const served = await lastValueFrom(interceptor.intercept(context, { handle: () => defer(() => of(requestContextOf(context))) }));

    expect(runs).toEqual([
      { principal: reviewer, checked: true },
      { principal: viewer, checked: false },
    ]);
    expect(served).not.toBe(provisional);
    expect((served as RequestContext).principal).toBe(viewer);
    expect((served as RequestContext).deferredCheck).toBeNull();
    expect(envelope.context()).toBe(served);
    expect(provisional.principal).toBe(reviewer);
  });
});
