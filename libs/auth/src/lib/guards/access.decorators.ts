import { applyDecorators, SetMetadata, UseGuards } from '@nestjs/common';
import type { Role } from '@rapor/db';
import { AccessGuard } from './access.guard';
import { ACCESS_RULE, IGNORE_CREDENTIALS, type AccessRule } from './access.metadata';

/**
 * Only principals acting in one of `roles`: anonymous callers get UNAUTHENTICATED, others
 * FORBIDDEN (PASSWORD_CHANGE_REQUIRED while a temporary password is in use).
 */
export const Roles = (...roles: Role[]) =>
  applyDecorators(SetMetadata(ACCESS_RULE, { kind: 'roles', roles } satisfies AccessRule), UseGuards(AccessGuard));

/** Any signed-in person, in any scope or none, even with a temporary password; not API keys. */
export const RequireUser = () =>
  applyDecorators(SetMetadata(ACCESS_RULE, { kind: 'user' } satisfies AccessRule), UseGuards(AccessGuard));

/**
 * The handler authenticates by its own arguments (password, refresh token): the request's
 * Authorization or x-api-key header is not read, so a stale access token cannot get in the way.
 */
export const IgnoreCredentials = () => SetMetadata(IGNORE_CREDENTIALS, true);
