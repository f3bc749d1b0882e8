import { SetMetadata } from '@nestjs/common';

export const IGNORE_CREDENTIALS = 'rapor:ignore-credentials';

/**
 * The handler authenticates by its own arguments (password, refresh token): the request's
 * Authorization or x-api-key header is not read, so a stale access token cannot get in the way.
 */
export const IgnoreCredentials = () => SetMetadata(IGNORE_CREDENTIALS, true);
