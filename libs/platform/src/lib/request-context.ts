import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { ExecutionContext } from '@nestjs/common';
import { ANONYMOUS, type OpeningCheck, type Principal } from '@rapor/db';

/**
 * A check of the caller's credentials that the authentication guard deferred into the root
 * field's transaction (its first statement, in the same write as `BEGIN` and the settings).
 * When the database disagrees with what the principal was built from, `verify` throws
 * `StaleCredentialsError`; `revalidate` then authenticates the request the slow way (its own
 * round trip, refusing exactly as before) and checks the root field's permission again.
 */
export interface DeferredCredentialsCheck extends OpeningCheck {
  revalidate(context: ExecutionContext): Promise<void>;
}

/** The deferred credentials check found the claims out of date: authenticate again, then rerun. */
export class StaleCredentialsError extends Error {
  constructor() {
    super('The credentials changed since they were last checked');
    this.name = 'StaleCredentialsError';
  }
}

/**
 * What a request carries from the auth layer to the services: who calls, in which scope,
 * and the request id every log line of the request repeats.
 */
export class RequestContext {
  /** Loaders are per request: a shared cache would cross tenants. */
  readonly loaders = new Map<string, unknown>();
  /**
   * Generated demo datasets (e.g. "SAKIP 2024, province 35") that answers of this request were
   * built from: services note them, so an export or a saved report's file can say so even when
   * its document did not select a `demo` field.
   */
  readonly demoData = new Set<string>();
  /**
   * Versions of the immutable answers this request served (a published board's version): when
   * every root field noted one, a GET answers with an ETag of them and 304 when it matches.
   */
  readonly versions: string[] = [];
  /** Set by the authentication guard when the credentials check rides in the root field's transaction. */
  deferredCheck: DeferredCredentialsCheck | null = null;

  constructor(
    readonly requestId: string,
    public principal: Principal = ANONYMOUS,
  ) {}

  /** Notes that an answer was built from these demo datasets (labels). */
  noteDemoData(labels: Iterable<string>): void {
    for (const label of labels) this.demoData.add(label);
  }

  /** Notes that a root field's answer is the published, immutable `version` of what it shows. */
  noteVersion(version: string): void {
    this.versions.push(version);
  }

  /** Returns the loader stored under `key`, creating it on first use. */
  loader<T>(key: string, create: () => T): T {
    let loader = this.loaders.get(key) as T | undefined;
    if (!loader) {
      loader = create();
      this.loaders.set(key, loader);
    }
    return loader;
  }
}

const requestStorage = new AsyncLocalStorage<RequestContext>();

/** Runs `fn` with `ctx` as the current request (used by the HTTP middleware). */
export function runInRequest<T>(ctx: RequestContext, fn: () => T): T {
  return requestStorage.run(ctx, fn);
}

/** The current request's context, or undefined outside a request (boot, jobs). */
export function currentRequest(): RequestContext | undefined {
  return requestStorage.getStore();
}

/** Accepts a client-sent request id when it is a sane token, otherwise makes one. */
export function requestIdFrom(header: unknown): string {
  return typeof header === 'string' && /^[A-Za-z0-9._:-]{8,128}$/.test(header) ? header : randomUUID();
}
