import { Client, escapeLiteral } from 'pg';

/**
 * The group role every grant in the migrations names. Login roles that the API uses are
 * members of it; it owns nothing and has no BYPASSRLS.
 */
export const APP_GROUP_ROLE = 'rapor_app';
/** Default login role that runs migrations and owns the schema. */
export const OWNER_ROLE = 'rapor_owner';
/** Default login role the API connects as. */
export const API_ROLE = 'rapor_api';

export interface DatabaseBootstrap {
  /** Superuser (or CREATEROLE + CREATEDB) connection string. */
  adminUrl: string;
  database: string;
  ownerPassword: string;
  apiPassword: string;
  /** Create the database from this template (used by the tests). */
  template?: string;
}

/** Replaces the user, password and database of a connection string. */
export function withCredentials(url: string, user: string, password: string, database?: string): string {
  const u = new URL(url);
  u.username = encodeURIComponent(user);
  u.password = encodeURIComponent(password);
  if (database) u.pathname = `/${database}`;
  return u.toString();
}

/**
 * Creates (or brings up to date) the owner role, the API role and the group role, and the
 * database owned by the owner role. Idempotent; safe to run at every start.
 */
export async function bootstrapDatabase(b: DatabaseBootstrap): Promise<{ ownerUrl: string; apiUrl: string }> {
  const admin = new Client({ connectionString: b.adminUrl });
  await admin.connect();
  try {
    await admin.query(`
      do $$ begin
        if not exists (select from pg_roles where rolname = '${APP_GROUP_ROLE}') then
          create role ${APP_GROUP_ROLE} nologin nosuperuser nobypassrls nocreatedb nocreaterole;
        end if;
        if not exists (select from pg_roles where rolname = '${OWNER_ROLE}') then
          create role ${OWNER_ROLE} login;
        end if;
        if not exists (select from pg_roles where rolname = '${API_ROLE}') then
          create role ${API_ROLE} login;
        end if;
      end $$`);
    await admin.query(`alter role ${OWNER_ROLE} login nosuperuser nobypassrls password ${escapeLiteral(b.ownerPassword)}`);
    await admin.query(
      `alter role ${API_ROLE} login nosuperuser nobypassrls nocreatedb nocreaterole password ${escapeLiteral(b.apiPassword)}`,
    );
    await admin.query(`grant ${APP_GROUP_ROLE} to ${API_ROLE}`);
    const exists = await admin.query('select 1 from pg_database where datname = $1', [b.database]);
    if (exists.rowCount === 0) {
      const template = b.template ? ` template ${admin.escapeIdentifier(b.template)}` : '';
      await admin.query(`create database ${admin.escapeIdentifier(b.database)} owner ${OWNER_ROLE}${template}`);
    }
  } finally {
    await admin.end();
  }
  return {
    ownerUrl: withCredentials(b.adminUrl, OWNER_ROLE, b.ownerPassword, b.database),
    apiUrl: withCredentials(b.adminUrl, API_ROLE, b.apiPassword, b.database),
  };
}
