import { FoundationSchema1795477221000 } from './1795477221000-foundation-schema';

/** Every migration, in order. Append only: a landed migration is never edited. */
export const MIGRATIONS = [FoundationSchema1795477221000];
