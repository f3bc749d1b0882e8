import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { ExecutionContext } from '@nestjs/common';
import { ANONYMOUS, type OpeningCheck, type Principal } from '@rapor/db';
import { RequestLoaders } from './request-loaders';

/**
 * A check of the caller's credentials that the authentication guard deferred into the root
 * field's transaction (its first statement, in the same write as `BEGIN` and the settings).
 * When the database disagrees with what the principal was built from, `verify` throws
 * `StaleCredentialsError`; `revalidate` then authenticates the request the slow way (its own
 * round trip, refusing exactly as before), checks the root field's permission again and
 * answers the confirmed context, which replaces the provisional one for the rest of the request.
 */
export interface DeferredCredentialsCheck extends OpeningCheck {
  revalidate(context: ExecutionContext): Promise<RequestContext>;
}

/** The deferred credentials check found the claims out of date: authenticate again, then rerun. */
export class StaleCredentialsError extends Error {
  constructor() {
    super('The credentials changed since they were last checked');
    this.name = 'StaleCredentialsError';
  }
}

/** Who calls, as the auth layer established it: the principal, and the auth library's record of how. */
export interface Caller {
  readonly principal: Principal;
  /** The session, a signed-in user or a rotated refresh token; read through `@rapor/auth`'s accessors. */
  readonly authentication: object | null;
}

export const ANONYMOUS_CALLER: Caller = Object.freeze({ principal: ANONYMOUS, authentication: null });

/**
 * What a request's answers note as they are built, for the response to say (append-only, one per
 * HTTP request, whichever of its contexts noted it).
 */
interface AnswerNotes {
  /** Generated demo datasets (e.g. "SAKIP 2024, province 35") that answers were built from. */
  readonly demoData: Set<string>;
  /** Versions of the immutable answers served (a published board's version). */
  readonly versions: string[];
}

const newNotes = (): AnswerNotes => ({ demoData: new Set(), versions: [] });

export interface RequestContextOptions {
  readonly authentication?: object | null;
  readonly deferredCheck?: DeferredCredentialsCheck | null;
  /** The notes of the HTTP request this context serves (fresh ones outside a request). */
  readonly notes?: AnswerNotes;
}

/**
 * What a request carries from the auth layer to the services: who calls, in which scope, how
 * they authenticated, the request id every log line of the request repeats, and the request's
 * loaders. Built complete, once, and frozen: nothing changes it afterwards (a stale deferred check
 * leads to a new context, see `RequestEnvelope.confirm`).
 */
export class RequestContext {
  /** How the caller authenticated (the auth library's record), null for anonymous callers. */
  readonly authentication: object | null;
  /** Set when the credentials check rides in the root field's transaction. */
  readonly deferredCheck: DeferredCredentialsCheck | null;
  /** Loaders are per request: a shared cache would cross tenants. */
  readonly loaders: RequestLoaders;
  private readonly notes: AnswerNotes;

  constructor(
    readonly requestId: string,
    readonly principal: Principal = ANONYMOUS,
    options: RequestContextOptions = {},
  ) {
    this.authentication = options.authentication ?? null;
    this.deferredCheck = options.deferredCheck ?? null;
    this.notes = options.notes ?? newNotes();
    this.loaders = new RequestLoaders(this);
    Object.freeze(this);
  }

  /**
   * Generated demo datasets that answers of this request were built from: services note them,
   * so an export or a saved report's file can say so even when its document did not select a
   * `demo` field.
   */
  get demoData(): ReadonlySet<string> {
    return this.notes.demoData;
  }

  /**
   * Versions of the immutable answers this request served: when every root field noted one, a
   * GET answers with an ETag of them and 304 when it matches.
   */
  get versions(): readonly string[] {
    return this.notes.versions;
  }

  /** Notes that an answer was built from these demo datasets (labels). */
  noteDemoData(labels: Iterable<string>): void {
    for (const label of labels) this.notes.demoData.add(label);
  }

  /** Notes that a root field's answer is the published, immutable `version` of what it shows. */
  noteVersion(version: string): void {
    this.notes.versions.push(version);
  }
}

/**
 * One HTTP request before anyone knows who calls (the middleware makes it): its id, the notes
 * its answers leave, and the context the guards establish for it. The context is established
 * once, by the authentication guard or by a guard that signs someone in; a provisional context
 * whose deferred credentials check turned out stale is replaced, once, by the confirmed one,
 * which every later reader (other root fields, field resolvers below them) then sees.
 */
export class RequestEnvelope {
  private readonly notes = newNotes();
  private established: Promise<RequestContext> | null = null;
  private confirmed: Promise<RequestContext> | null = null;
  private current: RequestContext | null = null;
  private anonymous: RequestContext | null = null;

  constructor(readonly requestId: string) {}

  /** A context of this request for `caller` (not yet the request's: see `establish`, `confirm`). */
  contextFor(caller: Caller, deferredCheck: DeferredCredentialsCheck | null = null): RequestContext {
    return new RequestContext(this.requestId, caller.principal, {
      authentication: caller.authentication,
      deferredCheck,
      notes: this.notes,
    });
  }

  /**
   * Establishes the request's context with `build`, once: the guard of every further root field
   * of the request awaits the first one's (and its refusal).
   */
  establish(build: () => Promise<RequestContext>): Promise<RequestContext> {
    this.established ??= build().then((ctx) => (this.current = ctx));
    return this.established;
  }

  /** Makes a context for `caller` the request's (a guard that signs someone in); throws when the request has one already. */
  attach(caller: Caller): RequestContext {
    if (this.established) throw new Error(`Request ${this.requestId} has its context already`);
    const ctx = this.contextFor(caller);
    this.established = Promise.resolve(ctx);
    this.current = ctx;
    return ctx;
  }

  /**
   * Replaces the provisional context (the one whose deferred check turned out stale) with the
   * one `build` makes from the database's answer, once for the request; a failure stays the answer.
   */
  confirm(provisional: RequestContext, build: () => Promise<RequestContext>): Promise<RequestContext> {
    if (!this.confirmed) {
      if (this.current !== provisional || !provisional.deferredCheck) {
        throw new Error(`Only the provisional context of request ${this.requestId} can be confirmed`);
      }
      this.confirmed = build().then((ctx) => (this.current = ctx));
    }
    return this.confirmed;
  }

  /**
   * The request's context. Read it after the guards: a request (so far) authenticated by none of
   * them, as in a handler that ignores credentials and signs no one in (logout), acts anonymously;
   * a later root field of the same operation is still authenticated by its guard.
   */
  context(): RequestContext {
    if (this.current) return this.current;
    if (this.established) throw new Error(`Request ${this.requestId}: its context is read before it was established`);
    return (this.anonymous ??= this.contextFor(ANONYMOUS_CALLER));
  }
}

const requestStorage = new AsyncLocalStorage<RequestEnvelope>();

/** Runs `fn` as part of the request `envelope` (used by the HTTP middleware). */
export function runInRequest<T>(envelope: RequestEnvelope, fn: () => T): T {
  return requestStorage.run(envelope, fn);
}

/** The current request, or undefined outside a request (boot, jobs). */
export function currentRequest(): RequestEnvelope | undefined {
  return requestStorage.getStore();
}

/** Accepts a client-sent request id when it is a sane token, otherwise makes one. */
export function requestIdFrom(header: unknown): string {
  return typeof header === 'string' && /^[A-Za-z0-9._:-]{8,128}$/.test(header) ? header : randomUUID();
}
