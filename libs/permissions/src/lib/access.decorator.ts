import { SetMetadata } from '@nestjs/common';
import type { Permission } from './permissions';

/** Metadata key of the permission a GraphQL root field or HTTP route declares. */
export const ACCESS_PERMISSION = 'rapor:permission';

/**
 * Declares what a GraphQL root field or HTTP route needs. The one permission guard checks it
 * before the handler runs; a handler without it is refused (and fails the declarations test).
 */
export const Access = (permission: Permission) => SetMetadata(ACCESS_PERMISSION, permission);
