/** The fields of a PostgreSQL error that tell which rule a statement broke. */
export interface PgErrorFields {
  code?: string;
  constraint?: string;
  table?: string;
  detail?: string;
}

/** The PostgreSQL error behind a TypeORM QueryFailedError (or a raw pg error); null for anything else. */
export function pgErrorOf(error: unknown): PgErrorFields | null {
  if (typeof error !== 'object' || error === null) return null;
  const pg = ((error as { driverError?: PgErrorFields }).driverError ?? error) as PgErrorFields;
  return typeof pg.code === 'string' ? pg : null;
}
