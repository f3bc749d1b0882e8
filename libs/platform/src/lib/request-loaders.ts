import type { RequestContext } from './request-context';

/**
 * The key of a per-request loader: typed by the loader it makes, compared by identity (two keys
 * never collide, whatever they load), and carrying the factory that makes a context's loader
 * on first use. Define one per loader, e.g. as a field of the service that batches with it.
 */
export interface LoaderKey<L> {
  readonly create: (ctx: RequestContext) => L;
}

/** A new loader key: `create` makes the loader of one request context (it may use its principal). */
export function defineLoader<L>(create: (ctx: RequestContext) => L): LoaderKey<L> {
  return Object.freeze({ create });
}

/**
 * A request context's loaders, made on first use. Per context, never shared: a loader caches
 * what its context's principal may see, and a cache shared between requests would cross tenants.
 */
export class RequestLoaders {
  private readonly made = new Map<LoaderKey<unknown>, unknown>();

  constructor(private readonly ctx: RequestContext) {}

  /** The loader of `key`, made on first use. */
  get<L>(key: LoaderKey<L>): L {
    if (!this.made.has(key)) this.made.set(key, key.create(this.ctx));
    // The map holds, under each key, what that key's own `create` made.
    return this.made.get(key) as L;
  }
}
