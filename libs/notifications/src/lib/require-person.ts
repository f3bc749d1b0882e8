import { AppError } from '@rapor/db';
import type { RequestContext } from '@rapor/platform';

/** Notifications and webhooks belong to a person: API keys and anonymous callers have none. */
export function requirePerson(ctx: RequestContext): void {
  if (!ctx.principal.userId) throw new AppError('UNAUTHENTICATED', 'Sign in as a person: notifications and webhooks belong to people');
}
